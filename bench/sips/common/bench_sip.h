/*
 * bench_sip.h — what every Insula benchmark SIP shares: sample collection and
 * the protocol line (bench/README.md):
 *   bench: name=<id> unit=cycles n=<samples> median=<v> min=<v> max=<v> [payload=<bytes>]
 * A sample is one batch of BENCH_BATCH operations divided by the batch
 * size, so the cost of reading the cycle counter is spread thin.
 */
#ifndef INSULA_BENCH_SIP_H
#define INSULA_BENCH_SIP_H

#include <insula/stdlib.h>

#define BENCH_BATCH 64

typedef struct {
    size_t count;
    const size_t capacity;
    uint64_t samples[] __attribute__((counted_by(capacity)));
} bench_t;

/* A new sample set with room for `n` samples; NULL when the heap refuses. */
bench_t *bench_begin(size_t n);
void bench_add(bench_t *b, uint64_t value);
/* Prints the summary line; `payload` 0 means none. */
void bench_report(bench_t *b, const char *name, uint64_t payload);
/* The same line for the name prefix + name + suffix, without a payload. */
void bench_report_named(bench_t *b, const char *prefix, const char *name, const char *suffix);

/* Samples to take: few with the argument "quick", many otherwise. */
size_t bench_samples(const char *args, size_t full, size_t quick);

#endif
