/*
 * attack-flex — overruns arrays whose length lives in the object itself.
 * A flexible array member with counted_by(count) and a const count is the
 * only variable-length array the subset allows (SIP-PTR-FLEX); the
 * allocator writes count, and -fsanitize=bounds checks every index
 * against it, so a stale or forged length cannot be used to run past it.
 *
 * Modes (args) and what must happen, each killed with
 * "check failed: out-of-bounds access at image+0x...":
 *   flex-write    a 10-element flexible array written at index 10
 *   flex-read     the same array read at index count + 64 (a leak)
 *   buf-data      a stdlib buf_t of 32 bytes written at data[cap]
 *                 (bypassing buf_set's check: the counted_by check remains)
 * If a check were missing it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-flex", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef struct {
    const uint32_t count;
    uint64_t items[] __attribute__((counted_by(count)));
} vector_t;

static volatile int64_t opaque_zero;

static size_t at_run_time(size_t n)
{
    return n + (size_t)opaque_zero;
}

static vector_t *vector_of_ten(void)
{
    vector_t *v = new_flex(vector_t, count, items, 10);
    if (v == NULL)
        return NULL;
    for (uint32_t i = 0; i < v->count; i++)
        v->items[i] = i;
    return v;
}

static int flex_write(void)
{
    vector_t *v = vector_of_ten();
    if (v == NULL)
        return 2;
    v->items[at_run_time(v->count)] = 0x4141414141414141u;
    return ATTACK_SURVIVED;
}

static int flex_read(void)
{
    vector_t *v = vector_of_ten();
    if (v == NULL)
        return 2;
    print("attack-flex: leaked %llu\n", (unsigned long long)v->items[at_run_time(v->count + 64)]);
    return ATTACK_SURVIVED;
}

static int buf_data(void)
{
    buf_t *b = buf_new(32);
    if (b == NULL)
        return 2;
    b->data[at_run_time(b->cap)] = 0x41;
    return ATTACK_SURVIVED;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("flex-write")))
        return flex_write();
    if (str_equal(mode, STR("flex-read")))
        return flex_read();
    if (str_equal(mode, STR("buf-data")))
        return buf_data();
    print("attack-flex: unknown mode '%s'\n", args);
    return 1;
}
