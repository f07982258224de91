/*
 * bench-idle — the small SIP bench-scale keeps alive by the thousand: it
 * blocks for good at once (a sleep with no time limit, which takes no
 * timer) and ends when bench-scale kills its tree.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("bench-idle", .stack_bytes = 4 * 1024, .heap_bytes = 8 * 1024);

int main(const char *args)
{
    (void)args;
    sleep_ns(UINT64_MAX);
    return 0;
}
