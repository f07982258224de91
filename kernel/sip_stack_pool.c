/*
 * sip_stack_pool.c — SIP thread stacks kept, guarded, for the next thread.
 *
 * A thread's two runs (sip_thread.c, docs/threads.md) are kept here when
 * it is done with them, instead of being freed, with their guard pages
 * still guarded, so that the next SIP thread gets them without a change of
 * page rights (on hosted, no mprotect per spawn):
 *   - an unsafe run [guard][pages] when its thread leaves its SIP
 *     (sip_stack_release), zeroed as it is kept: the pool holds only clean
 *     runs, so the next thread's unsafe stack shows nothing of this one's;
 *   - a safe-stack window [thread_t][hard guard][soft guard][safe stack]
 *     only when its thread is reaped (thread.c calls sip_stack_window_keep
 *     once the thread is dead and switched away from: no kernel code stands
 *     on it any more, so a thread of a dead SIP that lingers keeps its
 *     window until it is gone). The safe stack is zeroed as it is kept; the
 *     thread_t page is written whole by the next thread_create_on.
 * Each pool is bounded (STACK_POOL_SLOTS); a run that does not fit is freed
 * as before, its guards opened first. Kept runs count as free frames and
 * are given back when memory is short (sip_pools.c).
 * Locking: every function runs with interrupts off.
 */
#include "sip.h"

#include "frame.h"
#include "panic.h"
#include "platform.h"

#include <stddef.h>

#define STACK_POOL_SLOTS 32
#define WINDOW_PAGES (ABI_SAFE_STACK_WINDOW / PAGE_SIZE)

typedef struct {
    uint64_t run[STACK_POOL_SLOTS];
    uint64_t pages[STACK_POOL_SLOTS];
    uint32_t count;
} run_pool_t;

static run_pool_t windows, unsafe_runs;

static void guard_open(uint64_t page)
{
    err_t rc = platform_guard(page, PAGE_SIZE, false);
    /* Invariant: reopening a page of an existing mapping needs no new table. */
    KASSERT(rc == OK);
}

static void page_zero(uint64_t start, uint64_t bytes)
{
    uint64_t *p = (uint64_t *)(uintptr_t)start;
    uint64_t words = bytes / sizeof(uint64_t);
    __asm__ volatile("rep stosq" : "+D"(p), "+c"(words) : "a"(0ull) : "memory");
}

/* Takes a run of `pages` pages from `pool`; false when it has none. */
static bool pool_take(run_pool_t *pool, uint64_t pages, uint64_t *run)
{
    for (uint32_t i = pool->count; i-- > 0;) {
        if (pool->pages[i] != pages)
            continue;
        *run = pool->run[i];
        pool->count--;
        pool->run[i] = pool->run[pool->count];
        pool->pages[i] = pool->pages[pool->count];
        return true;
    }
    return false;
}

static bool pool_put(run_pool_t *pool, uint64_t run, uint64_t pages)
{
    if (pool->count == STACK_POOL_SLOTS)
        return false;
    pool->run[pool->count] = run;
    pool->pages[pool->count++] = pages;
    return true;
}

bool sip_stack_unsafe_take(uint64_t run_pages, uint64_t *run)
{
    return pool_take(&unsafe_runs, run_pages, run);
}

void sip_stack_unsafe_give(uint64_t run, uint64_t run_pages)
{
    if (unsafe_runs.count < STACK_POOL_SLOTS) {
        page_zero(run + PAGE_SIZE, (run_pages - 1) * PAGE_SIZE);
        pool_put(&unsafe_runs, run, run_pages);
        return;
    }
    guard_open(run);
    frame_free_run(run, run_pages);
}

bool sip_stack_window_take(uint64_t *window)
{
    return pool_take(&windows, WINDOW_PAGES, window);
}

/* The window's guards open: it becomes ordinary frames. */
void sip_stack_window_free(uint64_t window)
{
    guard_open(window + SIP_STACK_GUARD_PAGE * PAGE_SIZE);
    guard_open(window + SIP_STACK_SOFT_GUARD_PAGE * PAGE_SIZE);
    frame_free_run(window, WINDOW_PAGES);
}

void sip_stack_window_untake(uint64_t window)
{
    if (!pool_put(&windows, window, WINDOW_PAGES))
        sip_stack_window_free(window);
}

bool sip_stack_window_keep(uint64_t window, uint64_t pages)
{
    /* Invariant: only SIP threads' windows come here. */
    KASSERT(pages == WINDOW_PAGES);
    const thread_t *t = (const thread_t *)(uintptr_t)window;    /* the dead thread */
    uint64_t soft = window + SIP_STACK_SOFT_GUARD_PAGE * PAGE_SIZE;
    if (t->soft_guard_open && platform_guard(soft, PAGE_SIZE, true) != OK) {
        guard_open(window + SIP_STACK_GUARD_PAGE * PAGE_SIZE);
        frame_free_run(window, WINDOW_PAGES);
        return true;
    }
    if (windows.count == STACK_POOL_SLOTS) {
        sip_stack_window_free(window);
        return true;    /* freed here, guards opened first */
    }
    uint64_t stack = window + SIP_STACK_HEADER_PAGES * PAGE_SIZE;
    page_zero(stack, window + ABI_SAFE_STACK_WINDOW - stack);
    pool_put(&windows, window, WINDOW_PAGES);
    return true;
}

void sip_stack_pool_drain(void)
{
    uint64_t run;
    while (unsafe_runs.count != 0) {
        run = unsafe_runs.run[unsafe_runs.count - 1];
        uint64_t pages = unsafe_runs.pages[--unsafe_runs.count];
        guard_open(run);
        frame_free_run(run, pages);
    }
    while (windows.count != 0)
        sip_stack_window_free(windows.run[--windows.count]);
}

bool sip_stack_window_pooled(uint64_t window)
{
    for (uint32_t i = 0; i < windows.count; i++) {
        if (windows.run[i] == window)
            return true;
    }
    return false;
}

uint64_t sip_stack_pool_pages(void)
{
    uint64_t pages = windows.count * WINDOW_PAGES;
    for (uint32_t i = 0; i < unsafe_runs.count; i++)
        pages += unsafe_runs.pages[i];
    return pages;
}
