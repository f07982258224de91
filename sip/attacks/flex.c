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
 *   trailing-heap   a heap struct's *last* member `uint32_t v[4]` written at
 *                   v[4]: with clang's default -fstrict-flex-arrays=0 any
 *                   trailing array counts as flexible and is not checked;
 *                   SIP code is built with -fstrict-flex-arrays=3
 *   trailing-static the same on a static struct, read at v[64]
 *   trailing-one    a trailing `v[1]` (the old flexible-array idiom), v[1]
 * If a check were missing it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-flex", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef struct {
    const uint32_t count;
    uint64_t items[] __attribute__((counted_by(count)));
} vector_t;

/* A trailing array that is not flexible: bounded by its declared size. */
typedef struct {
    uint32_t tag;
    uint32_t v[4];
} tail_t;

typedef struct {
    uint64_t tag;
    uint64_t v[1];
} tail_one_t;

static tail_t static_tail = { 7, { 1, 2, 3, 4 } };

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

static int trailing_heap(void)
{
    tail_t *t = new(tail_t);
    if (t == NULL)
        return 2;
    t->v[at_run_time(4)] = 0x41414141u;
    return ATTACK_SURVIVED;
}

static int trailing_static(void)
{
    print("attack-flex: leaked %u\n", (unsigned)static_tail.v[at_run_time(64)]);
    return ATTACK_SURVIVED;
}

static int trailing_one(void)
{
    tail_one_t *t = new(tail_one_t);
    if (t == NULL)
        return 2;
    t->v[at_run_time(1)] = 0x4141414141414141u;
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
    if (str_equal(mode, STR("trailing-heap")))
        return trailing_heap();
    if (str_equal(mode, STR("trailing-static")))
        return trailing_static();
    if (str_equal(mode, STR("trailing-one")))
        return trailing_one();
    print("attack-flex: unknown mode '%s'\n", args);
    return 1;
}
