/*
 * lock.c — the lock that keeps the console buffer, the heap and the
 * exchange-heap copies (xblock.c) consistent when several threads of one
 * SIP use them.
 *
 * A test-and-set spin lock; a waiter yields the CPU instead of spinning, so
 * a holder that was preempted gets to run and release it, and a holder
 * that releases it while a thread waits yields, so that the waiter gets it
 * before the holder can take it again.
 */
#include "insula/sip.h"
#include "internal.h"

void __insula_lock_acquire(__insula_lock_t *lock)
{
    if (!__atomic_test_and_set(&lock->held, __ATOMIC_ACQUIRE))
        return;
    __atomic_add_fetch(&lock->waiting, 1, __ATOMIC_RELAXED);
    while (__atomic_test_and_set(&lock->held, __ATOMIC_ACQUIRE))
        sip_yield();
    __atomic_sub_fetch(&lock->waiting, 1, __ATOMIC_RELAXED);
}

void __insula_lock_release(__insula_lock_t *lock)
{
    __atomic_clear(&lock->held, __ATOMIC_RELEASE);
    if (__atomic_load_n(&lock->waiting, __ATOMIC_RELAXED) != 0)
        sip_yield();    /* let the waiter in before we take it again */
}
