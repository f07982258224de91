/*
 * cycle_counter/rdtsc — the cost of reading the cycle counter: two back-to-back
 * readings (lfence; rdtsc), one pair per sample, as Insula's SIP does.
 */
#include "bench.h"

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    size_t n = bench_count(&o, 10000, 100);
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < 1000; k++)
        (void)cycles();    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        uint64_t t1 = cycles();
        samples_add(&s, t1 - t0);
    }
    samples_report(&s, "cycle_counter/rdtsc", 0);
    return 0;
}
