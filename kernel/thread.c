/*
 * thread.c — creating, switching, ending and reaping threads (see thread.h).
 */
#include "thread.h"

#include "frame.h"
#include "panic.h"
#include "platform.h"

#include <stddef.h>

void context_switch(uint64_t *save_rsp, uint64_t load_rsp);
void thread_trampoline(void);
__attribute__((noreturn)) void thread_start(void);

static thread_t boot_thread;
static thread_t *current = &boot_thread;
static thread_t *idle;
static thread_t *dead;          /* exited, stacks not yet freed */
static uint32_t next_id = 1, live_threads = 1;

thread_t *thread_current(void)
{
    return current;
}

thread_t *thread_idle(void)
{
    return idle;
}

uint32_t thread_count(void)
{
    return live_threads;
}

static void copy_name(char *dst, const char *src)
{
    size_t i = 0;
    for (; src[i] && i + 1 < THREAD_NAME_MAX; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

/* Frees the stacks of exited threads; never the running thread's. */
static void reap(void)
{
    while (dead != NULL) {
        thread_t *t = dead;
        dead = t->next;
        if (t->reaped != NULL)
            t->reaped(t);    /* what its owner gave it besides the stack */
        if (t->stack_keep == NULL || !t->stack_keep(t->stack_base, t->stack_pages))
            frame_free_run(t->stack_base, t->stack_pages);
        live_threads--;
    }
}

/* Cycle-counter ticks the idle thread was the running thread (the
   interrupt handlers that ran on it included), and when it last became so. */
static uint64_t idle_cycles, idle_since;

uint64_t thread_idle_cycles(void)
{
    return idle_cycles + (current == idle ? cpu_cycles() - idle_since : 0);
}

/* Runs `next` now; the caller has queued or parked the current thread. */
void thread_switch_to(thread_t *next)
{
    thread_t *prev = current;
    if (next == prev) {
        prev->state = THREAD_RUNNING;
        return;
    }
    next->state = THREAD_RUNNING;
    next->slice_left = THREAD_SLICE_TICKS;
    if (prev == idle)
        idle_cycles += cpu_cycles() - idle_since;
    if (next == idle)
        idle_since = cpu_cycles();
    current = next;
    platform_switch_to(next->space, next->kernel_stack_top);    /* docs/modes.md */
    context_switch(&prev->saved_rsp, next->saved_rsp);
    reap();
}

static void idle_loop(void *arg)
{
    (void)arg;
    for (;;) {
        platform_wait_for_interrupt();
        thread_yield();
    }
}

void thread_start(void)
{
    reap();
    irq_enable();
    current->entry(current->arg);
    thread_exit();
}

/* Lays out a new stack so that context_switch "returns" into the trampoline. */
static uint64_t initial_stack(uint64_t top)
{
    uint64_t *sp = (uint64_t *)(uintptr_t)top;
    /* Two empty words: the trampoline then runs with rsp % 16 == 0, so its
     * call gives thread_start the alignment the System V ABI promises. */
    *--sp = 0;
    *--sp = 0;
    *--sp = (uint64_t)(uintptr_t)thread_trampoline;   /* return address */
    for (int i = 0; i < 6; i++)
        *--sp = 0;                                    /* rbp rbx r12-r15 */
    *--sp = 0x037F00001F80ull;                        /* MXCSR, x87 CW defaults */
    return (uint64_t)(uintptr_t)sp;
}

err_t thread_create_on(const char *name, void (*entry)(void *arg), void *arg, uint8_t priority,
                       uint64_t stack, uint64_t stack_pages, uint64_t stack_top, thread_t **out)
{
    if (priority >= THREAD_PRIORITIES)
        return ERR_RANGE;
    thread_t *t = (thread_t *)(uintptr_t)stack;
    *t = (thread_t){ .stack_base = stack, .stack_pages = stack_pages, .entry = entry,
                     .arg = arg, .base_priority = priority, .priority = priority };
    copy_name(t->name, name);
    t->saved_rsp = initial_stack(stack_top);
    bool enabled = irq_save();
    t->id = next_id++;
    live_threads++;
    sched_make_ready(t);
    irq_restore(enabled);
    if (out != NULL)
        *out = t;
    return OK;
}

err_t thread_create(const char *name, void (*entry)(void *arg), void *arg, uint8_t priority,
                    uint64_t stack_pages, thread_t **out)
{
    if (priority >= THREAD_PRIORITIES)
        return ERR_RANGE;
    if (stack_pages == 0)
        stack_pages = THREAD_STACK_PAGES;
    paddr_t stack;
    err_t rc = frame_alloc_run(stack_pages, PAGE_SIZE, &stack);
    if (rc != OK)
        return rc;
    return thread_create_on(name, entry, arg, priority, stack, stack_pages,
                            stack + stack_pages * PAGE_SIZE, out);
}

static void park_dead(thread_t *t)
{
    t->state = THREAD_DEAD;
    t->next = dead;
    dead = t;
}

void thread_exit(void)
{
    irq_save();
    /* Invariant: the boot and idle threads never exit. */
    KASSERT(current != &boot_thread && current != idle);
    park_dead(current);
    sched_switch_away();
    panic("thread_exit: a dead thread was scheduled again");
}

void thread_kill_other(thread_t *t)
{
    KASSERT(t != current && t != &boot_thread && t != idle);
    if (t->state == THREAD_DEAD)
        return;
    if (t->state == THREAD_READY)
        sched_unready(t);    /* a THREAD_SUSPENDED thread is in no queue */
    else if (t->state == THREAD_BLOCKED)
        wait_forget(t);
    park_dead(t);
}

void thread_suspend(thread_t *t)
{
    KASSERT(t != current && t != &boot_thread && t != idle);
    if (t->suspended || t->state == THREAD_DEAD)
        return;
    t->suspended = true;
    if (t->state == THREAD_READY) {
        sched_unready(t);
        t->state = THREAD_SUSPENDED;
    }
}

void thread_resume(thread_t *t)
{
    if (!t->suspended)
        return;
    t->suspended = false;
    if (t->state == THREAD_SUSPENDED)
        sched_make_ready(t);
}

void sched_init(void)
{
    copy_name(boot_thread.name, "boot");
    boot_thread.state = THREAD_RUNNING;
    boot_thread.base_priority = boot_thread.priority = THREAD_PRIORITY_DEFAULT;
    boot_thread.slice_left = THREAD_SLICE_TICKS;
    thread_t *t;
    err_t rc = thread_create("idle", idle_loop, NULL, 0, 0, &t);
    if (rc != OK)
        panic("sched: cannot create the idle thread: %s", err_name(rc));
    bool enabled = irq_save();
    sched_unready(t);    /* idle is never queued */
    idle = t;
    idle->state = THREAD_READY;
    irq_restore(enabled);
}
