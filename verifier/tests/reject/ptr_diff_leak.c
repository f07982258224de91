/*
 * Attempt: learn the distance between two objects to locate the heap of
 * the SIP, then reach neighbouring memory.
 * Without SIP-PTR-ARITH: pointer subtraction across objects is undefined
 * and tells where objects lie.
 */
// expect: SIP-PTR-ARITH 12
#include <sip/stdlib.h>

long distance(int *a, int *b)
{
    return a - b;
}
