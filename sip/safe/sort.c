/*
 * safe-sort — merge sort (bottom-up, with a scratch vector) of 200
 * pseudo-random numbers from a linear congruential generator, in counted_by
 * vectors from new_flex(). Checks the order and prints:
 *   safe-sort: n=<n> min=<min> median=<v> max=<max> sum=<sum> sorted=yes|no
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-sort", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define COUNT 200

typedef struct {
    const uint32_t count;
    uint32_t items[] __attribute__((counted_by(count)));
} vector_t;

static void merge(vector_t *from, vector_t *to, uint32_t lo, uint32_t mid, uint32_t hi)
{
    uint32_t i = lo, j = mid;
    for (uint32_t k = lo; k < hi; k++) {
        if (i < mid && (j >= hi || from->items[i] <= from->items[j]))
            to->items[k] = from->items[i++];
        else
            to->items[k] = from->items[j++];
    }
}

/* Sorts v; returns the vector that holds the result (v or scratch). */
static vector_t *merge_sort(vector_t *v, vector_t *scratch)
{
    uint32_t n = v->count;
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(v, scratch, lo, mid, hi);
        }
        vector_t *t = v;
        v = scratch;
        scratch = t;
    }
    return v;
}

int main(const char *args)
{
    (void)args;
    vector_t *v = new_flex(vector_t, count, items, COUNT);
    vector_t *scratch = new_flex(vector_t, count, items, COUNT);
    if (v == NULL || scratch == NULL)
        return 2;
    uint32_t x = 12345;
    uint64_t sum = 0;
    for (uint32_t i = 0; i < v->count; i++) {
        x = x * 1103515245u + 12345u;
        v->items[i] = (x >> 16) % 10000;
        sum += v->items[i];
    }
    vector_t *s = merge_sort(v, scratch);
    bool sorted = true;
    uint64_t after = 0;
    for (uint32_t i = 0; i < s->count; i++) {
        sorted &= i == 0 || s->items[i - 1] <= s->items[i];
        after += s->items[i];
    }
    print("safe-sort: n=%u min=%u median=%u max=%u sum=%llu sorted=%s\n", s->count, s->items[0],
          s->items[COUNT / 2], s->items[COUNT - 1], (unsigned long long)after,
          sorted && after == sum ? "yes" : "no");
    return sorted && after == sum ? 0 : 1;
}
