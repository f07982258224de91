/*
 * attack-spin — keeps the CPU without ever yielding or calling the kernel
 * (a denial of service on a cooperative system). The scheduler preempts it
 * on every timer tick, so the runner and the victim go on running while it
 * spins: the runner checks that it still runs after the runner has slept,
 * and that the victim answers meanwhile.
 *
 * Args: N, the milliseconds to spin (the only kernel entry it uses is
 * time_ns(), which never blocks or yields). Expected: exits 0 after N ms,
 * having been preempted; the runner checks that the others ran meanwhile.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-spin", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

int main(const char *args)
{
    u64_result_t ms = str_parse_u64(str_trim(str_from_cstr(args)), 10);
    if (ms.err != OK)
        return 2;
    uint64_t end = time_ns() + ms.value * 1000000u;
    uint64_t spins = 0;
    while (time_ns() < end)
        spins++;
    return spins > 0 ? 0 : 3;
}
