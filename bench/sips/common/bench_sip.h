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
    uint64_t *samples;
    size_t count;
    size_t capacity;
} bench_t;

/* Room for `n` samples; false when the heap refuses. */
bool bench_begin(bench_t *b, size_t n);
void bench_add(bench_t *b, uint64_t value);
/* Prints the summary line; `payload` 0 means none. */
void bench_report(bench_t *b, const char *name, uint64_t payload);
/* The same line for the name prefix + name + suffix, without a payload. */
void bench_report_named(bench_t *b, const char *prefix, const char *name, const char *suffix);

/* Samples to take: few with the argument "quick", many otherwise. */
size_t bench_samples(const char *args, size_t full, size_t quick);

#endif
