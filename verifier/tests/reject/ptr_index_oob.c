/*
 * Attempt: index far beyond a heap object through a plain pointer.
 * Without SIP-PTR-INDEX: p[i] is *(p + i); the compiler has no length for
 * p, so -fsanitize=bounds cannot check it.
 */
// expect: SIP-PTR-INDEX 11
#include <sip/stdlib.h>

void poke(int *p, long i)
{
    p[i] = 0;
}
