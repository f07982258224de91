/*
 * Attempt: the same forgery without a cast, relying on C's implicit
 * integer-to-pointer conversion (a warning in old compilers).
 * Without SIP-CAST-INT2PTR: the implicit conversion is the same forgery.
 */
// expect: SIP-CAST-INT2PTR 11
#include <sip/stdlib.h>

void forge(unsigned long address)
{
    int *p = address;
    *p = 1;
}
