/*
 * thread_yield — two threads of one process take turns with sched_yield:
 *   thread_yield/sched_yield
 * Run pinned to one CPU (the harness uses taskset), so that a yield hands
 * the CPU to the other thread. A sample is a batch of BENCH_BATCH yields of
 * the measuring thread; its time is divided by the yields both threads
 * made meanwhile (each one a switch to the other thread).
 */
#define _GNU_SOURCE
#include "bench.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_bool partner_stop;
static atomic_uint_fast64_t partner_yields;

static void *partner(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&partner_stop, memory_order_relaxed)) {
        sched_yield();
        atomic_fetch_add_explicit(&partner_yields, 1, memory_order_relaxed);
    }
    return NULL;
}

static void warn_unless_pinned(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 1)
        fprintf(stderr, "thread_yield: warning: not pinned to one CPU; yields may not switch\n");
}

static uint64_t one_sample(void)
{
    uint64_t before = atomic_load_explicit(&partner_yields, memory_order_relaxed);
    uint64_t t0 = cycles();
    for (int k = 0; k < BENCH_BATCH; k++)
        sched_yield();
    uint64_t t1 = cycles();
    uint64_t theirs = atomic_load_explicit(&partner_yields, memory_order_relaxed) - before;
    return (t1 - t0) / (BENCH_BATCH + theirs);
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    size_t n = bench_count(&o, 5000, 50);
    warn_unless_pinned();
    pthread_t t;
    if (pthread_create(&t, NULL, partner, NULL) != 0)
        bench_die("pthread_create");
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < 1000; k++)
        sched_yield();    /* warm-up */
    for (size_t i = 0; i < n; i++)
        samples_add(&s, one_sample());
    atomic_store(&partner_stop, true);
    pthread_join(t, NULL);
    samples_report(&s, "thread_yield/sched_yield", 0);
    return 0;
}
