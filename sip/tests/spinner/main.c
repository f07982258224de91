/*
 * spinner — test SIP: burns the CPU for ARGS milliseconds without ever
 * yielding, so it can only share the CPU through preemption.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("spinner", .stack_bytes = 8 * 1024, .heap_bytes = 64 * 1024,
             .exports = { "PingPong" });    /* the kill self-test hands it an end */

int main(const char *args)
{
    u64_result_t ms = str_parse_u64(str_trim(str_from_cstr(args)), 10);
    if (ms.err != OK)
        return 2;
    uint64_t end = time_ns() + ms.value * 1000000u;
    uint64_t spins = 0;
    while (time_ns() < end)
        spins++;
    return spins > 0 ? 0 : 1;
}
