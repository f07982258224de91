/*
 * Attempt: use an atomic builtin on a raw address to flip a kernel lock.
 * Without SIP-BUILTIN: __sync builtins act on any pointer they are given.
 */
// expect: SIP-BUILTIN 13
#include <sip/stdlib.h>

static long lock;
static long *lock_ptr = &lock;

void grab(void)
{
    (void)__sync_lock_test_and_set(lock_ptr, 1);
}
