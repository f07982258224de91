/* unit_frame_pool.c — the frame allocator's logic over a host arena. */
#include "frame.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_PAGES 2048

static uint8_t *arena_create(void)
{
    uint8_t *a = aligned_alloc(2u << 20, ARENA_PAGES * PAGE_SIZE);
    memset(a, 0xA5, ARENA_PAGES * PAGE_SIZE);
    return a;
}

static range_t page_range(uint8_t *arena, size_t first, size_t count)
{
    uint64_t base = (uint64_t)(uintptr_t)arena;
    return (range_t){ base + first * PAGE_SIZE, base + (first + count) * PAGE_SIZE };
}

/* Every usable frame comes out exactly once, then all go back. */
static void test_all_once(uint8_t *arena)
{
    range_t ranges[] = { page_range(arena, 0, 500), page_range(arena, 600, 1448) };
    frame_pool_t pool;
    CHECK(frame_pool_init(&pool, ranges, 2, 50) == OK);
    uint64_t free_at_start = pool.free_count;
    CHECK(free_at_start == pool.usable_count && free_at_start > 1900 && free_at_start < 1948);
    static paddr_t got[ARENA_PAGES];
    size_t n = 0;
    paddr_t f;
    while (frame_pool_alloc(&pool, &f) == OK)
        got[n++] = f;
    CHECK(n == free_at_start && pool.free_count == 0);
    static bool seen[ARENA_PAGES];
    size_t dups = 0, in_hole = 0;
    for (size_t i = 0; i < n; i++) {
        size_t page = (got[i] - (uintptr_t)arena) / PAGE_SIZE;
        in_hole += got[i] >= ranges[0].end && got[i] < ranges[1].start;
        dups += seen[page];
        seen[page] = true;
    }
    CHECK(dups == 0 && in_hole == 0);
    for (size_t i = 0; i < n; i++)
        CHECK(frame_pool_free(&pool, got[i]) == OK);
    CHECK(pool.free_count == free_at_start);
}

static void test_runs_and_bad_frees(uint8_t *arena)
{
    range_t r = page_range(arena, 0, ARENA_PAGES);
    frame_pool_t pool;
    CHECK(frame_pool_init(&pool, &r, 1, 50) == OK);
    paddr_t a, b;
    CHECK(frame_pool_alloc_run(&pool, 100, PAGE_SIZE, &a) == OK);
    CHECK(frame_pool_alloc_run(&pool, 8, 64 * PAGE_SIZE, &b) == OK && b % (64 * PAGE_SIZE) == 0);
    CHECK(frame_pool_alloc_run(&pool, 5000, PAGE_SIZE, &b) == ERR_NO_MEMORY);
    CHECK(frame_pool_alloc_run(&pool, 1, 3 * PAGE_SIZE, &b) == ERR_INVALID);
    CHECK(frame_pool_free(&pool, a + 1) == ERR_ALIGN);
    CHECK(frame_pool_free(&pool, r.end) == ERR_RANGE);
    CHECK(frame_pool_free(&pool, r.start) == ERR_RANGE);    /* metadata, not usable */
    CHECK(frame_pool_free(&pool, a) == OK);
    CHECK(frame_pool_free(&pool, a) == ERR_BUSY);           /* double free */
    CHECK(frame_pool_is_free(&pool, a) && !frame_pool_is_free(&pool, a + PAGE_SIZE));
}

static void test_init_errors(uint8_t *arena)
{
    frame_pool_t pool;
    range_t tiny = page_range(arena, 0, 1);
    CHECK(frame_pool_init(&pool, &tiny, 0, 50) == ERR_INVALID);
    CHECK(frame_pool_init(&pool, &tiny, 1, 101) == ERR_INVALID);
    /* One page cannot hold its own metadata and leave a frame: still valid. */
    CHECK(frame_pool_init(&pool, &tiny, 1, 50) == OK && pool.usable_count == 0);
    paddr_t f;
    CHECK(frame_pool_alloc(&pool, &f) == ERR_NO_MEMORY);
}

int main(void)
{
    uint8_t *arena = arena_create();
    test_all_once(arena);
    test_runs_and_bad_frees(arena);
    test_init_errors(arena);
    free(arena);
    return unit_summary("unit_frame_pool");
}
