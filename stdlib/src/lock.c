/*
 * lock.c — the lock that keeps the console buffer and the heap consistent
 * when several threads of one SIP use them.
 *
 * A test-and-set spin lock; a waiter yields the CPU instead of spinning, so
 * a holder that was preempted gets to run and release it.
 */
#include "insula/sip.h"
#include "internal.h"

void __insula_lock_acquire(__insula_lock_t *lock)
{
    while (__atomic_test_and_set(&lock->held, __ATOMIC_ACQUIRE))
        sip_yield();
}

void __insula_lock_release(__insula_lock_t *lock)
{
    __atomic_clear(&lock->held, __ATOMIC_RELEASE);
}
