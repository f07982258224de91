/*
 * hello — the smallest useful SIP: greets on the console with its arguments.
 */
#include <insula/stdlib.h>

/* NameService: under a name service, init hands every SIP it starts the
   importing end of one (docs/boot-config.md), and the kernel admits only
   ends of contracts a manifest declares. */
SIP_MANIFEST("hello", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "console", "NameService" });

int main(const char *args)
{
    bool has_args = str_len(str_from_cstr(args)) != 0;
    print("hello: Hello from a sealed SIP%s%s\n", has_args ? ": " : "!", args);
    return 0;
}
