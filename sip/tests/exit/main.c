/*
 * exit — test SIP: starts and exits at once (create/exit cycles).
 */
#include <insula/stdlib.h>

SIP_MANIFEST("exit", .stack_bytes = 8 * 1024, .heap_bytes = 64 * 1024);

int main(const char *args)
{
    (void)args;
    return 0;
}
