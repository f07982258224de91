/*
 * thread.h — kernel threads and the scheduler.
 *
 * Round-robin over a ready queue; the timer tick preempts the running
 * thread after its time slice (THREAD_SLICE_TICKS). A thread runs on its
 * own stack from the frame allocator; when it exits, the next thread to run
 * frees that stack (a thread cannot free the stack it stands on).
 *
 * Locking: the ready queue and thread states change only with interrupts
 * off (single CPU).
 */
#ifndef INSULA_THREAD_H
#define INSULA_THREAD_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"

#define THREAD_NAME_MAX 24
#define THREAD_SLICE_TICKS 2
#define THREAD_STACK_PAGES 16

typedef enum {
    THREAD_READY,
    THREAD_RUNNING,
    THREAD_DEAD,
} thread_state_t;

typedef struct thread {
    uint64_t saved_rsp;              /* valid while not running */
    struct thread *next;             /* ready queue or dead list */
    thread_state_t state;
    uint32_t id;
    char name[THREAD_NAME_MAX];
    uint64_t stack_base;             /* 0 for the boot thread */
    uint64_t ticks_run;              /* ticks charged to this thread */
    uint32_t slice_left;
    void (*entry)(void *arg);
    void *arg;
    uint8_t fpu_state[512] __attribute__((aligned(16)));    /* fxsave area */
} thread_t;

/* Makes the running code the "boot" thread and starts the idle thread. */
void sched_init(void);

/* Errors: ERR_NO_MEMORY. The thread is ready when this returns. */
err_t thread_create(const char *name, void (*entry)(void *arg), void *arg, thread_t **out);

/* Gives up the CPU to the next ready thread (if any). */
void thread_yield(void);

/* Ends the calling thread. */
__attribute__((noreturn)) void thread_exit(void);

thread_t *thread_current(void);

/* Live threads (not yet reaped), for leak checks. */
uint32_t thread_count(void);

/*
 * Called by the platform at the end of a timer interrupt, interrupts off:
 * switches away if the running thread's slice is used up.
 */
void sched_preempt_point(void);

/* Charges a tick to the running thread (called by timer_tick). */
void sched_tick(void);

#endif
