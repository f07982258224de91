/*
 * thread.h — threads, the scheduler and blocking.
 *
 * Scheduling (sched.c): one ready queue per priority (0 lowest .. 7), the
 * highest non-empty queue runs first, round-robin within it. Each thread
 * has a base priority and an effective one that moves with its CPU use, as
 * in the Escape seed: a thread preempted after using its whole time slice
 * drops one level, a thread that blocks before its slice ends rises one;
 * the effective priority stays within THREAD_PRIORITY_SPREAD of the base.
 * The idle thread runs only when every queue is empty.
 *
 * Blocking (wait.c): a thread blocks on a wait_queue_t, optionally with a
 * timeout; thread_wake_one/all or the timeout make it ready again.
 *
 * Stacks: every thread has its own stack from the frame allocator; the
 * thread_t lives at its bottom. An exited thread's stack is freed by the
 * next thread to run (a thread cannot free the stack it stands on).
 *
 * Locking: single CPU; queues and states change only with interrupts off.
 */
#ifndef INSULA_THREAD_H
#define INSULA_THREAD_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"

#define THREAD_NAME_MAX 24
#define THREAD_SLICE_TICKS 2
#define THREAD_STACK_PAGES 16
#define THREAD_PRIORITIES 8
#define THREAD_PRIORITY_DEFAULT 3
#define THREAD_PRIORITY_SPREAD 2
#define THREAD_FOREVER UINT64_MAX

typedef enum {
    THREAD_READY,
    THREAD_RUNNING,
    THREAD_BLOCKED,
    THREAD_DEAD,
    THREAD_SUSPENDED,    /* would be ready, but held off the queues (thread_suspend) */
} thread_state_t;

struct sip;
struct thread;

/* The most channel handles one wait names (chan_wait_any's limit). */
#define THREAD_CHAN_WAITS_MAX 16

typedef struct {
    struct thread *head;
    struct thread *tail;
} wait_queue_t;

typedef struct thread {
    uint64_t saved_rsp;              /* valid while not running */
    struct thread *next;             /* in a ready queue, a wait queue or the dead list */
    struct thread *sleep_next;       /* in the timeout list while blocked with a timeout */
    struct thread *sip_next;         /* in its SIP's thread list */
    thread_state_t state;
    uint32_t id;
    char name[THREAD_NAME_MAX];
    uint8_t base_priority;
    uint8_t priority;                /* effective */
    uint32_t slice_left;
    uint64_t stack_base;             /* 0 for the boot thread */
    uint64_t stack_pages;
    uint64_t ticks_run;              /* ticks charged to this thread */
    uint64_t wake_at_ns;             /* deadline while blocked with a timeout */
    wait_queue_t *waiting_on;        /* while blocked on a queue */
    uint64_t chan_waits[THREAD_CHAN_WAITS_MAX];    /* while blocked in a channel receive or
                                        wait: the handles it waits on (abi_channel.c), which
                                        sip_list reports for init's deadlock report */
    uint32_t chan_wait_count;        /* 0 when not waiting on channels */
    err_t wake_status;               /* OK, or ERR_TIMEOUT */
    bool suspended;                  /* not scheduled until thread_resume */
    bool fpu_saved;                  /* fpu_state holds a preempted thread's registers */
    struct sip *sip;                 /* owning SIP; NULL for kernel threads */
    struct sip *sip_awaited;         /* a SIP it holds a reference to while it waits for
                                        its end (abi.c: sip_wait); released if killed */
    uint64_t sip_entry;              /* SIP code this thread starts at */
    uint64_t sip_arg;
    uint64_t unsafe_base;            /* SIP threads: the unsafe stack run (guard page first) */
    uint64_t unsafe_pages;           /* pages in that run, guard included; 0 when none */
    uint32_t region_hint;            /* SIP threads: the index in its SIP's regions where
                                        sip_owns last found one of its buffers (a hint:
                                        checked against the region before use) */
    bool soft_guard_open;            /* SIP threads: kernel code ran into the soft guard
                                        page; the SIP dies before its code runs again */
    bool kernel_guard_open;          /* ring-3 threads: the same on its kernel stack */
    void (*entry)(void *arg);
    void *arg;
    struct platform_space *space;    /* the address space it runs in; NULL: the kernel's */
    uint64_t kernel_stack_top;       /* a ring-3 thread's kernel stack (sip_thread.c); 0: none */
    void (*reaped)(struct thread *t);    /* called when its stack is freed, if set */
    /* Called at reaping, if set, instead of freeing the stack run: true when
       its owner kept the run (sip_stack_pool.c), false to have it freed. */
    bool (*stack_keep)(uint64_t stack, uint64_t stack_pages);
    uint8_t fpu_state[512] __attribute__((aligned(16)));    /* fxsave area */
} thread_t;

/* Calls fn(arg) on the stack whose top is `top` (switch.S); fn never returns. */
__attribute__((noreturn)) void stack_call_noreturn(uint64_t top, void (*fn)(void *), void *arg);

/* ---- threads (thread.c) ---- */

/* Makes the running code the "boot" thread and starts the idle thread. */
void sched_init(void);

/*
 * Creates a ready thread at `priority` (0..7) with a stack of `stack_pages`
 * (0: THREAD_STACK_PAGES). Errors: ERR_NO_MEMORY, ERR_RANGE (priority).
 */
err_t thread_create(const char *name, void (*entry)(void *arg), void *arg, uint8_t priority,
                    uint64_t stack_pages, thread_t **out);

/*
 * Creates a ready thread on a stack run the caller allocated from the frame
 * allocator: [stack, stack + stack_pages * PAGE_SIZE) holds the thread_t at
 * its bottom, the first frame goes just below `stack_top` (16-byte aligned;
 * bytes above it are the caller's), and the run is freed when the thread is
 * reaped. Errors: ERR_RANGE (priority); the run is then still the caller's.
 */
err_t thread_create_on(const char *name, void (*entry)(void *arg), void *arg, uint8_t priority,
                       uint64_t stack, uint64_t stack_pages, uint64_t stack_top, thread_t **out);

/* Gives up the CPU to the next ready thread of at least equal priority. */
void thread_yield(void);

/* Ends the calling thread. */
__attribute__((noreturn)) void thread_exit(void);

/*
 * Ends `t`, which is not the calling thread: it leaves whatever queue it is
 * in and never runs again. Interrupts must be off.
 */
void thread_kill_other(thread_t *t);

thread_t *thread_current(void);

/*
 * Holds `t` (not the calling thread) off the CPU: if ready it leaves its
 * queue; if blocked it stays blocked and, once woken, waits suspended
 * instead of becoming ready. Interrupts must be off.
 */
void thread_suspend(thread_t *t);

/* Undoes thread_suspend: a thread that would have been ready becomes ready. */
void thread_resume(thread_t *t);

/* Live threads (not yet reaped), for leak checks. */
uint32_t thread_count(void);
/* Cycle-counter ticks the idle thread has run so far (waiting for an
   interrupt, and the handlers of the interrupts that came meanwhile). */
uint64_t thread_idle_cycles(void);

/* ---- scheduler (sched.c) ---- */

/* Puts a thread in its ready queue (interrupts off). */
void sched_make_ready(thread_t *t);
/* Removes a READY thread from its ready queue (interrupts off). */
void sched_unready(thread_t *t);
/* Switches to the best ready thread, or idle (interrupts off). */
void sched_switch_away(void);

/* Charges a tick to the running thread (called by timer_tick). */
void sched_tick(void);

/*
 * Called by the platform at the end of a timer interrupt, interrupts off:
 * switches away if the running thread's slice is used up.
 */
void sched_preempt_point(void);

/* ---- blocking (wait.c) ---- */

/*
 * Blocks the calling thread on `q` (may be NULL: a pure sleep) until woken
 * or `timeout_ns` passes (THREAD_FOREVER: no timeout). Interrupts must be
 * off, so that checking a condition and blocking cannot miss a wakeup.
 * Returns OK when woken, ERR_TIMEOUT when the time ran out.
 */
err_t thread_block(wait_queue_t *q, uint64_t timeout_ns);

/* Wakes the first / every thread blocked on `q`. Interrupts off. */
void thread_wake_one(wait_queue_t *q);
void thread_wake_all(wait_queue_t *q);

/* Sleeps at least `ns` nanoseconds (rounded up to the timer's tick). */
void thread_sleep_ns(uint64_t ns);

/* Appends `t` to / removes it from a queue (ready or wait). Interrupts off. */
void wait_queue_append(wait_queue_t *q, thread_t *t);
void wait_queue_remove(wait_queue_t *q, thread_t *t);

/* Removes `t` from its wait queue and the timeout list (interrupts off). */
void wait_forget(thread_t *t);

/* Wakes threads whose timeout has passed (called on every tick). */
void wait_expire(uint64_t now_ns);

#endif
