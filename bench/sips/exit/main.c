/*
 * bench-exit — the SIP that bench-micro creates, starts and waits for:
 * it exits at once.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("bench-exit", .stack_bytes = 8 * 1024, .heap_bytes = 64 * 1024);

int main(const char *args)
{
    (void)args;
    return 0;
}
