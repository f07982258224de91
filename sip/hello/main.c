/*
 * hello — the smallest useful SIP: greets on the console with its arguments.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("hello", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "console" });

int main(const char *args)
{
    bool has_args = str_len(str_from_cstr(args)) != 0;
    print("hello: Hello from a sealed SIP%s%s\n", has_args ? ": " : "!", args);
    return 0;
}
