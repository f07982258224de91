/*
 * Attempt: always_inline makes the inliner ignore its stack-size limit, so
 * the callee's arrays join each caller's frame, past what SIP-STACK-FRAME
 * counted for either function.
 */
// expect: SIP-DECL-ATTR 10
#include <sip/stdlib.h>

static unsigned char opaque;
__attribute__((always_inline)) static inline unsigned char medium(unsigned long i)
{
    volatile unsigned char a[1500];
    a[i % 1500] = opaque;
    return a[0];
}

unsigned char caller(unsigned long i)
{
    return (unsigned char)(medium(i) + medium(i + 1) + medium(i + 2));
}
