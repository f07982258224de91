/*
 * Attempt: a compound literal inside a function lives on the stack; keep a
 * pointer to it after the function returns.
 * Without SIP-PTR-ADDR-LOCAL for compound literals: the pointer dangles.
 */
// expect: SIP-PTR-ADDR-LOCAL 13
#include <sip/stdlib.h>

static long *kept;

void keep(void)
{
    kept = &(long){ 7 };
}
