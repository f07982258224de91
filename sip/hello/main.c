/*
 * hello — the smallest useful SIP: greets on the console with its arguments.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("hello", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "console" });

int main(const char *args)
{
    print("hello: Hello from a sealed SIP%s%s\n", args[0] ? ": " : "!", args);
    return 0;
}
