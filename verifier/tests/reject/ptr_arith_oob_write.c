/*
 * Attempt: write past the end of a heap object by adding an offset to its
 * pointer, reaching whatever the collector placed next (another object of
 * this SIP, or, in one address space, anything).
 * Without SIP-PTR-ARITH: clang's bounds checks only see arrays with a known
 * size, so p + 100 through a plain 'long *' is never checked.
 */
// expect: SIP-PTR-ARITH 14
#include <sip/stdlib.h>

void smash(void)
{
    long *p = new(long);
    *(p + 100) = 0x4141414141414141;
}
