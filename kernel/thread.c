/*
 * thread.c — kernel threads, the ready queue and the switch policy
 * (see thread.h).
 *
 * Switching: switch_to(next) runs with interrupts off. A voluntary switch
 * (yield, exit) is a plain call of context_switch. A preemption happens
 * inside a timer interrupt (pc) or signal (hosted), where the interrupted
 * code may hold live FPU/SSE registers, so sched_preempt_point() saves the
 * whole FPU/SSE state (fxsave) around the switch.
 */
#include "thread.h"

#include "console.h"
#include "frame.h"
#include "panic.h"
#include "platform.h"

#include <stddef.h>

void context_switch(uint64_t *save_rsp, uint64_t load_rsp);
void thread_trampoline(void);
__attribute__((noreturn)) void thread_start(void);

#define STACK_BYTES (THREAD_STACK_PAGES * PAGE_SIZE)

static thread_t boot_thread;
static thread_t *current = &boot_thread;
static thread_t *idle;
static thread_t *ready_head, *ready_tail;
static thread_t *dead;          /* exited, stacks not yet freed */
static uint32_t next_id = 1, live_threads = 1;
static volatile bool need_resched;

static void copy_name(char *dst, const char *src)
{
    size_t i = 0;
    for (; src[i] && i + 1 < THREAD_NAME_MAX; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

static void ready_push(thread_t *t)
{
    t->state = THREAD_READY;
    t->next = NULL;
    if (ready_tail != NULL)
        ready_tail->next = t;
    else
        ready_head = t;
    ready_tail = t;
}

static thread_t *ready_pop(void)
{
    thread_t *t = ready_head;
    if (t != NULL) {
        ready_head = t->next;
        if (ready_head == NULL)
            ready_tail = NULL;
        t->next = NULL;
    }
    return t;
}

/* Frees the stacks of exited threads; never the running thread's. */
static void reap(void)
{
    while (dead != NULL) {
        thread_t *t = dead;
        dead = t->next;
        frame_free_run(t->stack_base, THREAD_STACK_PAGES);
        live_threads--;
    }
}

/* The idle thread never sits in the ready queue: it runs when it is empty. */
static void switch_to(thread_t *next)
{
    thread_t *prev = current;
    if (next == prev)
        return;
    if (prev->state == THREAD_RUNNING && prev != idle)
        ready_push(prev);
    else if (prev == idle)
        prev->state = THREAD_READY;
    next->state = THREAD_RUNNING;
    next->slice_left = THREAD_SLICE_TICKS;
    current = next;
    context_switch(&prev->saved_rsp, next->saved_rsp);
    reap();
}

/* The next ready thread; idle when nothing else is ready. */
static thread_t *pick_next(void)
{
    thread_t *t = ready_pop();
    return t != NULL ? t : idle;
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
    *--sp = 0;                                        /* keeps 16-byte alignment */
    *--sp = (uint64_t)(uintptr_t)thread_trampoline;   /* return address */
    for (int i = 0; i < 6; i++)
        *--sp = 0;                                    /* rbp rbx r12-r15 */
    *--sp = 0x037F00001F80ull;                        /* MXCSR, x87 CW defaults */
    return (uint64_t)(uintptr_t)sp;
}

err_t thread_create(const char *name, void (*entry)(void *arg), void *arg, thread_t **out)
{
    paddr_t stack;
    err_t rc = frame_alloc_run(THREAD_STACK_PAGES, PAGE_SIZE, &stack);
    if (rc != OK)
        return rc;
    /* The thread_t lives at the bottom of its own stack. */
    thread_t *t = (thread_t *)(uintptr_t)stack;
    *t = (thread_t){ .stack_base = stack, .entry = entry, .arg = arg };
    copy_name(t->name, name);
    t->saved_rsp = initial_stack(stack + STACK_BYTES);
    bool enabled = irq_save();
    t->id = next_id++;
    live_threads++;
    ready_push(t);
    irq_restore(enabled);
    if (out != NULL)
        *out = t;
    return OK;
}

void thread_yield(void)
{
    bool enabled = irq_save();
    thread_t *next = ready_pop();
    if (next != NULL)
        switch_to(next);
    irq_restore(enabled);
}

void thread_exit(void)
{
    irq_save();
    /* Invariant: the boot and idle threads never exit. */
    KASSERT(current != &boot_thread && current != idle);
    current->state = THREAD_DEAD;
    current->next = dead;
    dead = current;
    switch_to(pick_next());
    panic("thread_exit: a dead thread was scheduled again");
}

thread_t *thread_current(void)
{
    return current;
}

uint32_t thread_count(void)
{
    return live_threads;
}

void sched_tick(void)
{
    current->ticks_run++;
    if (current->slice_left > 0)
        current->slice_left--;
    if (current->slice_left == 0 || current == idle)
        need_resched = true;
}

void sched_preempt_point(void)
{
    if (!need_resched || idle == NULL)
        return;
    need_resched = false;
    thread_t *next = ready_pop();
    if (next == NULL) {
        current->slice_left = THREAD_SLICE_TICKS;    /* nobody else wants the CPU */
        return;
    }
    thread_t *self = current;
    __asm__ volatile("fxsave64 %0" : "=m"(self->fpu_state));
    switch_to(next);
    __asm__ volatile("fxrstor64 %0" : : "m"(self->fpu_state));
}

void sched_init(void)
{
    copy_name(boot_thread.name, "boot");
    boot_thread.state = THREAD_RUNNING;
    boot_thread.slice_left = THREAD_SLICE_TICKS;
    err_t rc = thread_create("idle", idle_loop, NULL, &idle);
    if (rc != OK)
        panic("sched: cannot create the idle thread: %s", err_name(rc));
    bool enabled = irq_save();
    /* Take idle back out of the ready queue, where thread_create put it. */
    ready_head = ready_tail = NULL;
    idle->state = THREAD_READY;
    irq_restore(enabled);
}
