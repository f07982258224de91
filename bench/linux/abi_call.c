/*
 * abi_call — the cheapest entries into the Linux kernel:
 *   abi_call/getpid        syscall(SYS_getpid)
 *   abi_call/clock_getres  syscall(SYS_clock_getres) (glibc's clock_getres
 *                          is answered by the vDSO without entering the
 *                          kernel, so the raw system call is used)
 * A sample is a batch of BENCH_BATCH calls divided by the batch size.
 */
#include "bench.h"

#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void call_getpid(void)
{
    (void)syscall(SYS_getpid);
}

static void call_clock_getres(void)
{
    struct timespec ts;
    (void)syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
}

static void measure(const char *name, void (*call)(void), size_t n)
{
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < 1000; k++)
        call();    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            call();
        samples_add(&s, (cycles() - t0) / BENCH_BATCH);
    }
    samples_report(&s, name, 0);
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    measure("abi_call/getpid", call_getpid, bench_count(&o, 10000, 100));
    measure("abi_call/clock_getres", call_clock_getres, bench_count(&o, 10000, 100));
    return 0;
}
