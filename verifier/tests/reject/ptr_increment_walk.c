/*
 * Attempt: walk a pointer through memory with ++ until it reaches another
 * SIP's data and copy it out.
 * Without SIP-PTR-ARITH: the increment leaves the object and nothing checks
 * the dereference.
 */
// expect: SIP-PTR-ARITH 15
#include <sip/stdlib.h>

long scan(long *p)
{
    long sum = 0;
    for (int i = 0; i < 1000000; i++) {
        sum += *p;
        p++;
    }
    return sum;
}
