/*
 * sleeper — test SIP: sleeps ARGS milliseconds in the kernel, then exits 0.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("sleeper", .stack_bytes = 8 * 1024, .heap_bytes = 64 * 1024);

int main(const char *args)
{
    u64_result_t ms = str_parse_u64(str_trim(str_from_cstr(args)), 10);
    if (ms.err != OK)
        return 2;
    uint64_t start = time_ns();
    sleep_ms(ms.value);
    return time_ns() - start >= ms.value * 1000000u ? 0 : 1;
}
