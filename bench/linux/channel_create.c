/*
 * channel_create — create a two-ended kernel channel and destroy it:
 *   channel_create/pipe   pipe() and close() of both ends
 * A sample is a batch of BENCH_BATCH rounds divided by the batch size.
 */
#include "bench.h"

#include <unistd.h>

static void pipe_round(void)
{
    int fds[2];
    if (pipe(fds) != 0)
        bench_die("pipe");
    close(fds[0]);
    close(fds[1]);
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    size_t n = bench_count(&o, 2000, 20);
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < 200; k++)
        pipe_round();    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            pipe_round();
        samples_add(&s, (cycles() - t0) / BENCH_BATCH);
    }
    samples_report(&s, "channel_create/pipe", 0);
    return 0;
}
