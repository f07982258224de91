/*
 * sched.c — priority ready queues, dynamic priority, preemption (see
 * thread.h for the policy).
 *
 * Switching: every switch goes through switch_to() with interrupts off.
 * A preemption happens inside a timer interrupt (pc) or signal (hosted),
 * where the interrupted code may hold live FPU/SSE registers, so
 * sched_preempt_point() saves the whole FPU/SSE state (fxsave) around it.
 */
#include "thread.h"

#include "panic.h"
#include "platform.h"

#include <stddef.h>

void thread_switch_to(thread_t *next);
thread_t *thread_idle(void);

static wait_queue_t ready[THREAD_PRIORITIES];
static uint32_t ready_mask;    /* bit p set: ready[p] is not empty */
static volatile bool need_resched;

_Static_assert(THREAD_PRIORITIES <= 32, "ready_mask has a bit per priority");

void sched_make_ready(thread_t *t)
{
    if (t->suspended) {
        t->state = THREAD_SUSPENDED;    /* thread_resume makes it ready */
        return;
    }
    t->state = THREAD_READY;
    if (t == thread_idle())
        return;    /* idle is never queued: it runs when nothing else can */
    wait_queue_append(&ready[t->priority], t);
    ready_mask |= 1u << t->priority;
    if (t->priority > thread_current()->priority)
        need_resched = true;
}

void sched_unready(thread_t *t)
{
    if (t == thread_idle())
        return;
    wait_queue_remove(&ready[t->priority], t);
    if (ready[t->priority].head == NULL)
        ready_mask &= ~(1u << t->priority);
}

/* Pops the best ready thread of priority >= `floor`, or NULL: the highest
 * set bit of ready_mask names its queue, whose head it is (O(1)). */
static thread_t *ready_pop(int floor)
{
    uint32_t eligible = ready_mask & ~((1u << floor) - 1u);
    if (eligible == 0)
        return NULL;
    int p = 31 - __builtin_clz(eligible);
    thread_t *t = ready[p].head;
    /* Invariant: a set bit means a non-empty queue. */
    KASSERT(t != NULL);
    ready[p].head = t->next;
    if (t->next == NULL) {
        ready[p].tail = NULL;
        ready_mask &= ~(1u << p);
    }
    t->next = NULL;
    return t;
}

void sched_switch_away(void)
{
    thread_t *next = ready_pop(0);
    thread_switch_to(next != NULL ? next : thread_idle());
}

void thread_yield(void)
{
    bool enabled = irq_save();
    thread_t *self = thread_current();
    int floor = self == thread_idle() ? 0 : self->priority;
    thread_t *next = ready_pop(floor);
    if (next != NULL) {
        sched_make_ready(self);
        thread_switch_to(next);
    }
    irq_restore(enabled);
}

static void priority_drop(thread_t *t)
{
    if (t->priority > 0 && t->priority + THREAD_PRIORITY_SPREAD > t->base_priority)
        t->priority--;
}

void sched_tick(void)
{
    thread_t *t = thread_current();
    t->ticks_run++;
    if (t->slice_left > 0)
        t->slice_left--;
    if (t->slice_left == 0 || t == thread_idle())
        need_resched = true;
}

void sched_preempt_point(void)
{
    if (!need_resched)
        return;
    need_resched = false;
    thread_t *self = thread_current();
    bool slice_used = self->slice_left == 0;
    if (slice_used && self != thread_idle())
        priority_drop(self);
    int floor = self == thread_idle() ? 0 : self->priority + (slice_used ? 0 : 1);
    thread_t *next = ready_pop(floor);
    if (next == NULL) {
        self->slice_left = THREAD_SLICE_TICKS;    /* nobody else wants the CPU */
        return;
    }
    sched_make_ready(self);
    __asm__ volatile("fxsave64 %0" : "=m"(self->fpu_state));
    self->fpu_saved = true;    /* reported to a collector (sip_thread_roots) */
    thread_switch_to(next);
    self->fpu_saved = false;
    __asm__ volatile("fxrstor64 %0" : : "m"(self->fpu_state));
}
