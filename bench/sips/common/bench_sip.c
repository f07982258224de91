/*
 * bench_sip.c — sample statistics and the protocol line (see bench_sip.h).
 */
#include "bench_sip.h"

bench_t *bench_begin(size_t n)
{
    return new_flex(bench_t, capacity, samples, n);
}

void bench_add(bench_t *b, uint64_t value)
{
    if (b->count < b->capacity)
        b->samples[b->count++] = value;
}

static void sort(bench_t *b)
{
    for (size_t i = 1; i < b->count; i++) {
        uint64_t key = b->samples[i];
        size_t j = i;
        for (; j > 0 && b->samples[j - 1] > key; j--)
            b->samples[j] = b->samples[j - 1];
        b->samples[j] = key;
    }
}

static void report(bench_t *b, const char *prefix, const char *name, const char *suffix,
                   uint64_t payload)
{
    if (b->count == 0) {
        print("bench: error: %s%s%s took no samples\n", prefix, name, suffix);
        return;
    }
    sort(b);
    print("bench: name=%s%s%s unit=cycles n=%zu median=%llu min=%llu max=%llu", prefix, name,
          suffix, b->count, (unsigned long long)b->samples[b->count / 2],
          (unsigned long long)b->samples[0], (unsigned long long)b->samples[b->count - 1]);
    if (payload != 0)
        print(" payload=%llu", (unsigned long long)payload);
    print("\n");
}

void bench_report(bench_t *b, const char *name, uint64_t payload)
{
    report(b, "", name, "", payload);
}

void bench_report_named(bench_t *b, const char *prefix, const char *name, const char *suffix)
{
    report(b, prefix, name, suffix, 0);
}

size_t bench_samples(const char *args, size_t full, size_t quick)
{
    return str_equal(str_trim(str_from_cstr(args)), STR("quick")) ? quick : full;
}
