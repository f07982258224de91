/*
 * bench.h — what every Linux side-by-side program shares: options, sample
 * collection, the cycle counter and the protocol line (bench/README.md):
 *   bench: name=<id> unit=cycles n=<samples> median=<v> min=<v> max=<v> [payload=<bytes>]
 */
#ifndef BENCH_LINUX_BENCH_H
#define BENCH_LINUX_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Cheap operations are timed in batches of this many, divided by it. */
#define BENCH_BATCH 64

typedef struct {
    bool quick;       /* --quick: few samples, for the test suite */
    size_t samples;   /* --samples N overrides the program's default */
} bench_options_t;

typedef struct {
    uint64_t *values;
    size_t count;
    size_t capacity;
} bench_samples_t;

/*
 * Reads the time-stamp counter after every earlier instruction has
 * completed (lfence; rdtsc): the sequence Insula's SIPs use, so the two
 * sides pay the same for a reading.
 */
static inline uint64_t cycles(void)
{
    uint32_t lo, hi;
    __asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}

/* Parses --quick and --samples N; exits with status 2 on anything else. */
bench_options_t bench_parse(int argc, char **argv);
/* Samples to take: --samples if given, else `quick` or `full`. */
size_t bench_count(const bench_options_t *o, size_t full, size_t quick);

/* Room for `n` samples; exits with status 1 when memory is short. */
void samples_init(bench_samples_t *s, size_t n);
void samples_add(bench_samples_t *s, uint64_t value);
/* Prints the protocol line (payload 0: none) and frees the samples. */
void samples_report(bench_samples_t *s, const char *name, size_t payload);

/* Prints "bench-linux: <what>: <errno text>" on stderr, exits 1. */
_Noreturn void bench_die(const char *what);

/* Reads or writes exactly `len` bytes; dies on error or end of file. */
void read_full(int fd, void *buf, size_t len);
void write_full(int fd, const void *buf, size_t len);

#endif
