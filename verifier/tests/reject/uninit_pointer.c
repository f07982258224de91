/*
 * Attempt: read a pointer variable that was never initialized; its value
 * is whatever an earlier frame left on the stack (possibly chosen by the
 * SIP itself through an integer in that frame).
 * Without SIP-INIT-PTR: the stack garbage becomes a pointer.
 */
// expect: SIP-INIT-PTR 12
#include <sip/stdlib.h>

long read_garbage(void)
{
    long *p;
    return *p;
}
