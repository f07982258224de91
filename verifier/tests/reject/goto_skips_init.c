/*
 * Attempt: jump forward over a pointer's initialization with goto; C lets
 * the label be in the variable's scope, so the pointer is uninitialized.
 * Without SIP-INIT-SKIP: the initializer never runs.
 */
// expect: SIP-INIT-SKIP 12
#include <sip/stdlib.h>

long skip(int c)
{
    if (c)
        goto use;
    long *p = new(long);
use:
    return *p;
}
