/*
 * intervals.h — the model's counts between consecutive reads of the cycle
 * counter (README.md, "Per operation"). A benchmark's sample is the
 * difference of two rdtsc reads; under -icount that is the instructions
 * between them, so the interval whose instruction count equals the
 * benchmark's median (or 64 times it, for batches) is the median sample,
 * and its model counts are what one operation costs. Intervals are grouped
 * by their instruction count: per class, how many and the sum of counts.
 */
#ifndef COSTMODEL_INTERVALS_H
#define COSTMODEL_INTERVALS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "model.h"

#define CM_INTERVAL_CLASSES 4096    /* a power of two */

typedef struct {
    uint64_t insns;             /* the class: instructions in the interval */
    uint64_t count;             /* 0: an empty slot */
    cm_counts_t sum;
} cm_interval_class_t;

typedef struct {
    cm_interval_class_t classes[CM_INTERVAL_CLASSES];
    uint32_t used;
    uint64_t dropped;           /* intervals of classes that found no room */
    cm_counts_t last;           /* the counts at the previous cut */
    bool started;
} cm_intervals_t;

/* A cycle-counter read: the interval since the previous one is recorded. */
void cm_intervals_cut(cm_intervals_t *t, const cm_counts_t *now);

/* Writes "interval <count> <sums...>" lines (records.h's field order), then
 * forgets the classes (the next cut still measures from the last one). */
void cm_intervals_flush(cm_intervals_t *t, FILE *f);

#endif
