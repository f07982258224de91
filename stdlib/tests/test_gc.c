/*
 * test_gc.c — the collector over the mock ABI: garbage reclaimed and
 * survivors intact, roots in static data, on the stack and through
 * interior pointers, cycles, chunks returned to the kernel, allocating
 * many times the quota, a refused suspension, a damaged heap, and a
 * stress test of random graphs (run under ASan and UBSan).
 *
 * Conservative scanning may keep an object a dead stack slot still
 * points to, so counts of freed objects allow a small slack (GC_SLACK).
 */
#include "check.h"
#include "heap_internal.h"
#include "insula/heap.h"
#include "mock_abi.h"

#include <stdint.h>
#include <stdlib.h>

#define GC_SLACK 8
#define EDGES 3

typedef struct node {
    struct node *edge[EDGES];
    uint64_t id;
    uint64_t check;            /* id * 0x9e3779b97f4a7c15: damage shows */
    uint8_t payload[40];
} node_t;

static node_t *list_root;      /* static roots */
static char *interior_root;

static uint64_t node_check(uint64_t id) { return id * 0x9e3779b97f4a7c15ull; }

static void heap_fresh(uint64_t quota_pages)
{
    mock_reset();
    mock_quota_pages = quota_pages;
    __insula_heap_reset();
}

static node_t *node_new(uint64_t id)
{
    node_t *n = new(node_t);
    if (n != NULL) {
        n->id = id;
        n->check = node_check(id);
        for (int i = 0; i < 40; i++)
            n->payload[i] = (uint8_t)(id + (uint64_t)i);
    }
    return n;
}

static bool node_intact(const node_t *n)
{
    if (n->check != node_check(n->id))
        return false;
    for (int i = 0; i < 40; i++) {
        if (n->payload[i] != (uint8_t)(n->id + (uint64_t)i))
            return false;
    }
    return true;
}

/* Makes `count` unreachable nodes (a chain plus a cycle); noinline so their
   addresses die with this frame. */
__attribute__((noinline)) static void make_garbage(int count)
{
    node_t *prev = NULL, *first = NULL;
    for (int i = 0; i < count; i++) {
        node_t *n = node_new(1000000 + (uint64_t)i);
        if (n == NULL)
            return;
        n->edge[0] = prev;
        prev = n;
        if (first == NULL)
            first = n;
    }
    if (first != NULL)
        first->edge[1] = prev;    /* a cycle through every node */
}

/* Scrubs the stack below the caller, so dead slots hold no old pointers. */
__attribute__((noinline)) static void scrub_stack(void)
{
    volatile uint8_t junk[16384];
    for (size_t i = 0; i < sizeof(junk); i++)
        junk[i] = 0;
}

static int list_check(const node_t *n, int expect)
{
    int count = 0;
    for (; n != NULL; n = n->edge[0], count++) {
        if (!node_intact(n) || n->id != (uint64_t)(expect - 1 - count))
            return -1;
    }
    return count;
}

static void test_garbage_reclaimed(void)
{
    heap_fresh(1024);
    list_root = NULL;
    for (int i = 0; i < 100; i++) {
        node_t *n = node_new((uint64_t)i);
        n->edge[0] = list_root;
        list_root = n;
    }
    make_garbage(1000);
    scrub_stack();
    heap_stats_t before = heap_stats();
    CHECK_INT(heap_collect(), OK);
    heap_stats_t after = heap_stats();
    CHECK_UINT(after.collections, before.collections + 1);
    CHECK(after.objects_freed >= 1000 - GC_SLACK && after.objects_freed <= 1000);
    CHECK_UINT(after.objects, before.objects - after.objects_freed);
    CHECK_UINT(after.bytes_freed, after.objects_freed * sizeof(node_t));
    CHECK_UINT(after.bytes_in_use, before.bytes_in_use - after.bytes_freed);
    CHECK(after.last_pause_cycles > 0 && after.max_pause_cycles >= after.last_pause_cycles);
    CHECK(after.last_pause_ns > 0);
    CHECK_INT(mock_suspends, 1);
    CHECK_INT(mock_resumes, 1);
    CHECK(!mock_suspended);
    CHECK_INT(list_check(list_root, 100), 100);
    /* The freed space is used again: no new pages for the same amount. */
    uint64_t pages = heap_stats().pages;
    make_garbage(900);
    CHECK_UINT(heap_stats().pages, pages);
    CHECK_INT(list_check(list_root, 100), 100);
}

static void test_roots(void)
{
    heap_fresh(1024);
    char *bytes = new_array(char, 100);
    for (int i = 0; i < 100; i++)
        bytes[i] = (char)i;
    interior_root = &bytes[50];                 /* only an interior pointer, in static data */
    node_t *volatile on_stack = node_new(7);    /* only on the stack */
    list_root = NULL;
    bytes = NULL;
    make_garbage(10);
    scrub_stack();
    CHECK_INT(heap_collect(), OK);
    char *whole = __insula_heap_object_of(interior_root);
    CHECK(whole != NULL && whole + 50 == interior_root);
    int damaged = 0;
    for (int i = 0; whole != NULL && i < 100; i++)
        damaged += whole[i] != (char)i;
    CHECK_INT(damaged, 0);
    CHECK(__insula_heap_object_of(on_stack) == on_stack && node_intact(on_stack));
    CHECK(heap_stats().objects_freed >= 10 - 2);
    /* Dropping the roots frees them. */
    interior_root = NULL;
    on_stack = NULL;
    scrub_stack();
    uint64_t freed = heap_stats().objects_freed;
    CHECK_INT(heap_collect(), OK);
    CHECK_UINT(heap_stats().objects_freed, freed + 2);
    CHECK_UINT(heap_stats().objects, 0);
}

/* Large objects of their own chunks: the chunks go back to the kernel. */
static void test_chunks_returned_and_quota(void)
{
    heap_fresh(300);    /* 1.2 MiB */
    list_root = node_new(0);
    for (int i = 0; i < 60; i++) {    /* 60 x 100 KiB: five times the quota */
        uint8_t *big = new_array(uint8_t, 100 * 1024);
        CHECK(big != NULL);
        if (big == NULL)
            break;
        big[100 * 1024 - 1] = 1;
    }
    heap_stats_t s = heap_stats();
    CHECK(s.collections > 0);
    CHECK(s.pages_returned >= 5 * 25);
    CHECK(mock_page_free_calls > 0);
    CHECK(mock_pages_used <= 300);
    CHECK_UINT(mock_pages_used, s.pages);
    CHECK(node_intact(list_root) && list_root->id == 0);
    /* Small objects: many times the quota in all, a live list kept. */
    list_root = NULL;
    for (int i = 0; i < 200000; i++) {
        node_t *n = node_new((uint64_t)i);
        CHECK(n != NULL);
        if (n == NULL)
            break;
        if (i % 100 == 0) {
            n->edge[0] = list_root;
            list_root = n;
        }
    }
    s = heap_stats();
    CHECK(s.bytes_freed + s.bytes_in_use >= 200000 * sizeof(node_t));
    CHECK(200000 * sizeof(node_t) > 10 * 300 * 4096ull);
    int count = 0;
    for (node_t *n = list_root; n != NULL; n = n->edge[0], count++) {
        if (!node_intact(n) || n->id != (uint64_t)(199900 - 100 * count))
            break;
    }
    CHECK_INT(count, 2000);
    heap_stats_t fresh = heap_stats();
    CHECK(fresh.max_pause_cycles > 0);
    printf("test_gc: 200000 nodes in 300 pages: %llu collections, max pause %llu cycles\n",
           (unsigned long long)fresh.collections, (unsigned long long)fresh.max_pause_cycles);
}

static void test_refused_suspend_frees_nothing(void)
{
    heap_fresh(1024);
    make_garbage(50);
    mock_suspend_status = ABI_ERR_DENIED;
    CHECK_INT(heap_collect(), ERR_DENIED);
    CHECK_UINT(heap_stats().objects, 50);
    CHECK_UINT(heap_stats().collections, 0);
    mock_suspend_status = ABI_OK;
    scrub_stack();
    CHECK_INT(heap_collect(), OK);
    CHECK(heap_stats().objects <= GC_SLACK);
}

static void test_reuse_zeroed_and_aligned(void)
{
    heap_fresh(1024);
    make_garbage(200);    /* their payloads are non-zero */
    scrub_stack();
    CHECK_INT(heap_collect(), OK);
    uint64_t pages = heap_stats().pages;
    typedef struct { _Alignas(64) uint8_t line[64]; } line_t;
    int dirty = 0, misaligned = 0;
    for (int i = 0; i < 50; i++) {
        line_t *l = new(line_t);
        CHECK(l != NULL);
        if (l == NULL)
            break;
        misaligned += (uintptr_t)l % 64 != 0;
        for (int k = 0; k < 64; k++)
            dirty += l->line[k] != 0;
        uint64_t *w = new_array(uint64_t, 3);
        for (int k = 0; w != NULL && k < 3; k++)
            dirty += w[k] != 0;
    }
    CHECK_INT(dirty, 0);
    CHECK_INT(misaligned, 0);
    CHECK_UINT(heap_stats().pages, pages);
}

static void test_damaged_heap(void)
{
    heap_fresh(1024);
    list_root = node_new(1);
    make_garbage(20);
    heap_header_t *h = (heap_header_t *)(void *)list_root - 1;
    h->magic = 0;
    CHECK_INT(heap_collect(), ERR_CORRUPT);
    CHECK_UINT(heap_stats().objects_freed, 0);
    CHECK(!mock_suspended);
    h->magic = HEAP_BLOCK_MAGIC;
    list_root = NULL;
}

/* ---- random graphs ---- */

#define STRESS_ROOTS 256
#define STRESS_STEPS 60000
static node_t *stress_roots[STRESS_ROOTS];

static uint64_t rng_state = 0x2545f4914f6cdd1dull;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Nodes up to three edges from a root are intact and still objects of
   the heap (a freed and reused node would fail one or the other). */
static int stress_verify_from(const node_t *n, int depth)
{
    if (n == NULL || depth > 3)
        return 0;
    if (n->check != node_check(n->id) || __insula_heap_object_of(n) != n)
        return 1;
    int bad = 0;
    for (int e = 0; e < EDGES; e++)
        bad += stress_verify_from(n->edge[e], depth + 1);
    return bad;
}

static void test_stress_random_graphs(void)
{
    heap_fresh(400);
    uint64_t made = 0;
    int failures = 0;
    for (int step = 0; step < STRESS_STEPS; step++) {
        uint64_t r = rng();
        int slot = (int)(r % STRESS_ROOTS);
        switch ((r >> 16) % 4) {
        case 0:
        case 1: {
            node_t *n = new(node_t);
            if (n == NULL) {
                failures++;
                break;
            }
            n->id = made++;
            n->check = node_check(n->id);
            for (int e = 0; e < EDGES; e++)
                n->edge[e] = stress_roots[(r >> (24 + 8 * e)) % STRESS_ROOTS];
            stress_roots[slot] = n;
            break;
        }
        case 2:
            stress_roots[slot] = NULL;
            break;
        default:
            if (stress_roots[slot] != NULL)
                stress_roots[slot]->edge[(r >> 20) % EDGES] =
                    stress_roots[(r >> 32) % STRESS_ROOTS];
            break;
        }
        if (step % 5000 == 4999) {
            int bad = 0;
            for (int i = 0; i < STRESS_ROOTS; i++)
                bad += stress_verify_from(stress_roots[i], 0);
            CHECK_INT(bad, 0);
        }
    }
    CHECK_INT(failures, 0);
    heap_stats_t s = heap_stats();
    CHECK(s.collections > 0);
    CHECK(s.objects_freed > 0);
    CHECK_UINT(s.objects + s.objects_freed, made);
    for (int i = 0; i < STRESS_ROOTS; i++)
        stress_roots[i] = NULL;
    scrub_stack();
    CHECK_INT(heap_collect(), OK);
    CHECK(heap_stats().objects <= GC_SLACK);
}

int main(void)
{
    mock_reset();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    test_garbage_reclaimed();
    test_roots();
    test_chunks_returned_and_quota();
    test_refused_suspend_frees_nothing();
    test_reuse_zeroed_and_aligned();
    test_damaged_heap();
    test_stress_random_graphs();
    mock_reset();
    return check_exit_status("test_gc");
}
