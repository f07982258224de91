/*
 * intervals.c — counts between cycle-counter reads, by class (intervals.h).
 */
#include "intervals.h"

#include <string.h>

#include "records.h"

#define WORDS (sizeof(cm_counts_t) / sizeof(uint64_t))
_Static_assert(sizeof(cm_counts_t) % sizeof(uint64_t) == 0, "counts are 64-bit words");

static void add_difference(cm_counts_t *sum, const cm_counts_t *now, const cm_counts_t *then)
{
    uint64_t s[WORDS], a[WORDS], b[WORDS];
    memcpy(s, sum, sizeof(s));
    memcpy(a, now, sizeof(a));
    memcpy(b, then, sizeof(b));
    for (size_t i = 0; i < WORDS; i++)
        s[i] += a[i] - b[i];
    memcpy(sum, s, sizeof(s));
}

static cm_interval_class_t *class_of(cm_intervals_t *t, uint64_t insns)
{
    uint64_t h = (insns * 0x9E3779B97F4A7C15ull) >> 52;     /* 12 bits */
    for (uint32_t probe = 0; probe < CM_INTERVAL_CLASSES; probe++) {
        cm_interval_class_t *c = &t->classes[(h + probe) & (CM_INTERVAL_CLASSES - 1)];
        if (c->count != 0 && c->insns == insns)
            return c;
        if (c->count == 0) {
            if (t->used >= CM_INTERVAL_CLASSES / 2)
                return NULL;            /* keep probes short: drop new classes */
            t->used++;
            c->insns = insns;
            return c;
        }
    }
    return NULL;
}

void cm_intervals_cut(cm_intervals_t *t, const cm_counts_t *now)
{
    if (t->started) {
        cm_interval_class_t *c = class_of(t, now->insns - t->last.insns);
        if (c == NULL) {
            t->dropped++;
        } else {
            c->count++;
            add_difference(&c->sum, now, &t->last);
        }
    }
    t->last = *now;
    t->started = true;
}

void cm_intervals_flush(cm_intervals_t *t, FILE *f)
{
    for (uint32_t i = 0; i < CM_INTERVAL_CLASSES; i++) {
        cm_interval_class_t *c = &t->classes[i];
        if (c->count == 0)
            continue;
        fprintf(f, "interval %llu ", (unsigned long long)c->count);
        cm_write_counts(f, "", &c->sum);
        fprintf(f, "\n");
        memset(c, 0, sizeof(*c));
    }
    if (t->dropped != 0)
        fprintf(f, "# intervals dropped %llu\n", (unsigned long long)t->dropped);
    t->used = 0;
    t->dropped = 0;
}
