/*
 * core_tests.c — kernel self-tests of the portable core; they run on every
 * platform (`insula.test=all`).
 */
#include "frame.h"
#include "panic.h"
#include "heap.h"
#include "ktest.h"
#include "platform.h"
#include "timer.h"

static bool seen_test_and_set(uint64_t *seen, uint64_t i)
{
    bool was = (seen[i / 64] >> (i % 64)) & 1u;
    seen[i / 64] |= 1ull << (i % 64);
    return was;
}

/* Frees a chain of frames linked through their first word. */
static void free_chain(paddr_t head)
{
    while (head != 0) {
        paddr_t next = *(const paddr_t *)(uintptr_t)head;
        frame_free(head);
        head = next;
    }
}

/*
 * Takes every free frame, checking each is new, then gives all back.
 * Interrupts stay off so nothing else allocates meanwhile.
 */
static const char *test_frame_all_once(void)
{
    frame_pool_t *pool = frame_kernel_pool();
    uint64_t *seen = kzalloc((pool->span + 63) / 64 * sizeof(uint64_t));
    KT_ASSERT(seen != NULL);
    bool enabled = irq_save();
    uint64_t start = frame_free_settled(), taken = 0, duplicates = 0;
    paddr_t head = 0, f;
    while (frame_alloc(&f) == OK) {
        duplicates += seen_test_and_set(seen, f / PAGE_SIZE - pool->first);
        *(paddr_t *)(uintptr_t)f = head;
        head = f;
        taken++;
    }
    uint64_t left = frame_free_settled();
    free_chain(head);
    uint64_t end = frame_free_settled();
    irq_restore(enabled);
    kfree(seen);
    if (duplicates != 0)
        return ktest_fail("%lu frames handed out twice", (unsigned long)duplicates);
    if (taken != start || left != 0 || end != start)
        return ktest_fail("free %lu, taken %lu, left %lu, back %lu", (unsigned long)start,
                          (unsigned long)taken, (unsigned long)left, (unsigned long)end);
    return NULL;
}

static const char *test_frame_runs(void)
{
    uint64_t start = frame_free_settled();
    paddr_t a, b;
    KT_ASSERT(frame_alloc_run(16, PAGE_SIZE, &a) == OK);
    KT_ASSERT(frame_alloc_run(3, 2u << 20, &b) == OK);
    KT_ASSERT(b % (2u << 20) == 0);
    KT_ASSERT(b + 3 * PAGE_SIZE <= a || a + 16 * PAGE_SIZE <= b);
    KT_ASSERT(frame_free_settled() == start - 19);
    KT_ASSERT(frame_alloc_run(0, PAGE_SIZE, &a) == ERR_INVALID);
    KT_ASSERT(frame_alloc_run(1, 3 * PAGE_SIZE, &a) == ERR_INVALID);
    frame_free_run(a, 16);
    frame_free_run(b, 3);
    KT_ASSERT(frame_free_settled() == start);
    return NULL;
}

static const char *test_heap(void)
{
    uint64_t frames = frame_free_settled(), bytes = heap_bytes_in_use();
    void *small[64];
    for (int i = 0; i < 64; i++) {
        small[i] = kmalloc((size_t)(i * 37 % 2048) + 1);
        KT_ASSERT(small[i] != NULL && ((uintptr_t)small[i] & 15) == 0);
        *(uint8_t *)small[i] = (uint8_t)i;
    }
    uint8_t *big = kzalloc(300000);
    KT_ASSERT(big != NULL && big[299999] == 0);
    for (int i = 0; i < 64; i++)
        KT_ASSERT(*(uint8_t *)small[i] == (uint8_t)i);
    for (int i = 0; i < 64; i++)
        kfree(small[i]);
    kfree(big);
    KT_ASSERT(heap_bytes_in_use() == bytes);
    KT_ASSERT(frame_free_settled() == frames);
    return NULL;
}

/* The tick counter must move while interrupts are on (2 s of TSC at most). */
static const char *test_timer_ticks(void)
{
    irq_enable();
    uint64_t first = timer_ticks();
    uint64_t deadline = cpu_cycles() + 2 * tsc_hz();
    while (timer_ticks() < first + 3 && cpu_cycles() < deadline)
        __asm__ volatile("pause");
    uint64_t moved = timer_ticks() - first;
    if (moved < 3)
        return ktest_fail("%lu ticks in 2 s at %u Hz", (unsigned long)moved, timer_hz());
    return NULL;
}

static const char *test_tsc(void)
{
    uint64_t a = cpu_cycles(), b = cpu_cycles();
    KT_ASSERT(b > a);
    KT_ASSERT(tsc_hz() >= 10000000);
    uint64_t t0 = time_ns();
    KT_ASSERT(time_ns() >= t0);
    return NULL;
}

const ktest_t core_tests[] = {
    { "frame_all_once", test_frame_all_once },
    { "frame_runs", test_frame_runs },
    { "heap", test_heap },
    { "timer_ticks", test_timer_ticks },
    { "tsc", test_tsc },
};
const size_t core_test_count = sizeof(core_tests) / sizeof(core_tests[0]);

void scenario_fault_ud(void);
void scenario_fault_pf(void);

static void scenario_panic(void)
{
    panic("deliberate panic (scenario 'panic')");
}

const kscenario_t scenarios[] = {
    { "fault-ud", scenario_fault_ud },
    { "fault-pf", scenario_fault_pf },
    { "panic", scenario_panic },
};
const size_t scenario_count = sizeof(scenarios) / sizeof(scenarios[0]);
