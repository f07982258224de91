/*
 * wait.c — blocking on wait queues, timeouts and sleep (see thread.h).
 *
 * Threads blocked with a timeout are also in `sleepers`, sorted by
 * deadline; every timer tick wakes those whose deadline has passed.
 */
#include "thread.h"

#include "platform.h"
#include "timer.h"

#include <stddef.h>

static thread_t *sleepers;

static void sleepers_insert(thread_t *t)
{
    thread_t **link = &sleepers;
    while (*link != NULL && (*link)->wake_at_ns <= t->wake_at_ns)
        link = &(*link)->sleep_next;
    t->sleep_next = *link;
    *link = t;
}

static void sleepers_remove(thread_t *t)
{
    for (thread_t **link = &sleepers; *link != NULL; link = &(*link)->sleep_next) {
        if (*link == t) {
            *link = t->sleep_next;
            t->sleep_next = NULL;
            return;
        }
    }
}

void wait_queue_append(wait_queue_t *q, thread_t *t)
{
    t->next = NULL;
    if (q->tail != NULL)
        q->tail->next = t;
    else
        q->head = t;
    q->tail = t;
}

void wait_queue_remove(wait_queue_t *q, thread_t *t)
{
    thread_t *prev = NULL;
    for (thread_t *p = q->head; p != NULL; prev = p, p = p->next) {
        if (p != t)
            continue;
        if (prev != NULL)
            prev->next = t->next;
        else
            q->head = t->next;
        if (q->tail == t)
            q->tail = prev;
        t->next = NULL;
        return;
    }
}

void wait_forget(thread_t *t)
{
    if (t->waiting_on != NULL)
        wait_queue_remove(t->waiting_on, t);
    t->waiting_on = NULL;
    if (t->wake_at_ns != 0)
        sleepers_remove(t);
    t->wake_at_ns = 0;
}

/* A thread that blocks before its slice is over rises one level. */
static void priority_raise(thread_t *t)
{
    if (t->priority + 1 < THREAD_PRIORITIES && t->priority < t->base_priority + THREAD_PRIORITY_SPREAD)
        t->priority++;
}

err_t thread_block(wait_queue_t *q, uint64_t timeout_ns)
{
    thread_t *self = thread_current();
    self->state = THREAD_BLOCKED;
    self->wake_status = OK;
    self->waiting_on = q;
    if (q != NULL)
        wait_queue_append(q, self);
    if (timeout_ns != THREAD_FOREVER) {
        uint64_t now = time_ns();
        self->wake_at_ns = timeout_ns > UINT64_MAX - now ? UINT64_MAX - 1 : now + timeout_ns;
        sleepers_insert(self);
    }
    if (self->slice_left > 0)
        priority_raise(self);
    sched_switch_away();
    return self->wake_status;
}

static void wake(thread_t *t, err_t status)
{
    wait_forget(t);
    t->wake_status = status;
    sched_make_ready(t);
}

/* Wakes the head of `q`: taken off in O(1) (wake() would look for it). */
static void wake_head(wait_queue_t *q)
{
    thread_t *t = q->head;
    q->head = t->next;
    if (q->head == NULL)
        q->tail = NULL;
    t->next = NULL;
    t->waiting_on = NULL;
    if (t->wake_at_ns != 0)
        sleepers_remove(t);
    t->wake_at_ns = 0;
    t->wake_status = OK;
    sched_make_ready(t);
}

void thread_wake_one(wait_queue_t *q)
{
    if (q->head != NULL)
        wake_head(q);
}

void thread_wake_all(wait_queue_t *q)
{
    while (q->head != NULL)
        wake_head(q);
}

void wait_expire(uint64_t now_ns)
{
    while (sleepers != NULL && sleepers->wake_at_ns <= now_ns)
        wake(sleepers, ERR_TIMEOUT);
}

void thread_sleep_ns(uint64_t ns)
{
    bool enabled = irq_save();
    thread_block(NULL, ns == 0 ? 1 : ns);
    irq_restore(enabled);
}
