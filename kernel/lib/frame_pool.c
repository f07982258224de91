/*
 * frame_pool.c — the frame allocator's pure logic (see frame.h).
 *
 * No platform calls: unit-tested on the host over a malloc'ed arena.
 */
#include "frame.h"

#define BITS 64u

static bool bit_get(const uint64_t *bits, uint64_t i)
{
    return (bits[i / BITS] >> (i % BITS)) & 1u;
}

static void bit_set(uint64_t *bits, uint64_t i)
{
    bits[i / BITS] |= 1ull << (i % BITS);
}

static void bit_clear(uint64_t *bits, uint64_t i)
{
    bits[i / BITS] &= ~(1ull << (i % BITS));
}

static uint64_t bitmap_bytes(uint64_t span)
{
    return (span + BITS - 1) / BITS * sizeof(uint64_t);
}

static uint64_t meta_bytes(uint64_t span)
{
    return 2 * bitmap_bytes(span) + span * sizeof(uint32_t);
}

/* Picks the first range that can hold `bytes` of metadata; returns its index. */
static bool find_meta_home(const range_t *ranges, size_t count, uint64_t bytes, size_t *index)
{
    for (size_t i = 0; i < count; i++) {
        if (ranges[i].end - ranges[i].start >= bytes) {
            *index = i;
            return true;
        }
    }
    return false;
}

static void zero_bytes(void *p, uint64_t n)
{
    uint8_t *b = p;
    for (uint64_t i = 0; i < n; i++)
        b[i] = 0;
}

static void pool_layout(frame_pool_t *pool, paddr_t meta)
{
    uint64_t bm = bitmap_bytes(pool->span);
    pool->free_bits = (uint64_t *)(uintptr_t)meta;
    pool->usable_bits = (uint64_t *)(uintptr_t)(meta + bm);
    pool->stack = (uint32_t *)(uintptr_t)(meta + 2 * bm);
    zero_bytes(pool->free_bits, 2 * bm);
}

/* Marks the frames of [start, end) usable and free, skipping `skip`. */
static void pool_add_range(frame_pool_t *pool, range_t r, range_t skip)
{
    for (paddr_t a = r.start; a < r.end; a += PAGE_SIZE) {
        if (a >= skip.start && a < skip.end)
            continue;
        uint64_t i = a / PAGE_SIZE - pool->first;
        bit_set(pool->usable_bits, i);
        bit_set(pool->free_bits, i);
        pool->usable_count++;
    }
}

/* Moves the frames above the run zone from the bitmap onto the stack. */
static void pool_fill_stack(frame_pool_t *pool, unsigned run_share)
{
    uint64_t run_target = pool->usable_count * run_share / 100;
    uint64_t seen = 0;
    pool->run_end = pool->span;
    for (uint64_t i = 0; i < pool->span; i++) {
        if (!bit_get(pool->usable_bits, i))
            continue;
        if (seen++ == run_target && pool->run_end == pool->span)
            pool->run_end = i;
    }
    /* Push high frames first so low ones pop first: nicer to read in logs. */
    for (uint64_t i = pool->span; i-- > pool->run_end;) {
        if (bit_get(pool->free_bits, i))
            pool->stack[pool->stack_top++] = (uint32_t)i;
    }
}

err_t frame_pool_init(frame_pool_t *pool, const range_t *ranges, size_t count,
                      unsigned run_share)
{
    *pool = (frame_pool_t){ 0 };
    if (count == 0 || run_share > 100)
        return ERR_INVALID;
    pool->first = ranges[0].start / PAGE_SIZE;
    pool->span = ranges[count - 1].end / PAGE_SIZE - pool->first;
    if (pool->span == 0)
        return ERR_INVALID;
    if (pool->span > UINT32_MAX)
        return ERR_RANGE;
    uint64_t bytes = (meta_bytes(pool->span) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    size_t home;
    if (!find_meta_home(ranges, count, bytes, &home))
        return ERR_NO_MEMORY;
    range_t meta = { ranges[home].start, ranges[home].start + bytes };
    pool_layout(pool, meta.start);
    for (size_t i = 0; i < count; i++)
        pool_add_range(pool, ranges[i], meta);
    pool->free_count = pool->usable_count;
    pool_fill_stack(pool, run_share);
    return OK;
}

static paddr_t frame_addr(const frame_pool_t *pool, uint64_t i)
{
    return (pool->first + i) * PAGE_SIZE;
}

/* Finds `count` free run-zone frames starting at a multiple of `step`. */
static bool run_search(frame_pool_t *pool, uint64_t from, uint64_t to, size_t count,
                       uint64_t step, uint64_t *found)
{
    uint64_t i = from;
    while (i + count <= to) {
        uint64_t misalign = (pool->first + i) % step;
        if (misalign != 0) {
            i += step - misalign;
            continue;
        }
        uint64_t k = 0;
        while (k < count && bit_get(pool->free_bits, i + k))
            k++;
        if (k == count) {
            *found = i;
            return true;
        }
        i += k + 1;
    }
    return false;
}

static void take_run(frame_pool_t *pool, uint64_t i, size_t count)
{
    for (uint64_t k = 0; k < count; k++)
        bit_clear(pool->free_bits, i + k);
    pool->free_count -= count;
    pool->run_hint = i + count;
}

err_t frame_pool_alloc_run(frame_pool_t *pool, size_t count, uint64_t align, paddr_t *out)
{
    if (count == 0 || align < PAGE_SIZE || (align & (align - 1)) != 0)
        return ERR_INVALID;
    uint64_t step = align / PAGE_SIZE, i;
    uint64_t hint = pool->run_hint < pool->run_end ? pool->run_hint : 0;
    if (!run_search(pool, hint, pool->run_end, count, step, &i) &&
        !run_search(pool, 0, pool->run_end, count, step, &i))
        return ERR_NO_MEMORY;
    take_run(pool, i, count);
    *out = frame_addr(pool, i);
    return OK;
}

err_t frame_pool_alloc(frame_pool_t *pool, paddr_t *out)
{
    if (pool->stack_top == 0)
        return frame_pool_alloc_run(pool, 1, PAGE_SIZE, out);
    uint64_t i = pool->stack[--pool->stack_top];
    /* Invariant: every frame on the stack is marked free in the bitmap. */
    if (!bit_get(pool->free_bits, i))
        return ERR_CORRUPT;
    bit_clear(pool->free_bits, i);
    pool->free_count--;
    *out = frame_addr(pool, i);
    return OK;
}

/* Returns the frame's index, or false if it is not a usable frame. */
static bool frame_index(const frame_pool_t *pool, paddr_t frame, uint64_t *i)
{
    uint64_t n = frame / PAGE_SIZE;
    if (n < pool->first || n - pool->first >= pool->span)
        return false;
    *i = n - pool->first;
    return bit_get(pool->usable_bits, *i);
}

err_t frame_pool_free(frame_pool_t *pool, paddr_t frame)
{
    uint64_t i;
    if (frame % PAGE_SIZE != 0)
        return ERR_ALIGN;
    if (!frame_index(pool, frame, &i))
        return ERR_RANGE;
    if (bit_get(pool->free_bits, i))
        return ERR_BUSY;
    bit_set(pool->free_bits, i);
    pool->free_count++;
    if (i >= pool->run_end)
        pool->stack[pool->stack_top++] = (uint32_t)i;
    return OK;
}

bool frame_pool_is_free(const frame_pool_t *pool, paddr_t frame)
{
    uint64_t i;
    return frame % PAGE_SIZE == 0 && frame_index(pool, frame, &i) && bit_get(pool->free_bits, i);
}
