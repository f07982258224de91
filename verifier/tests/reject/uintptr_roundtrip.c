/*
 * Attempt: hide a pointer in a uintptr_t, adjust it, and turn it back into
 * a pointer to another object.
 * Without SIP-CAST-PTR2INT / SIP-CAST-INT2PTR: the collector cannot see the
 * hidden pointer (it may free the object) and the result is forged.
 */
// expect: SIP-CAST-PTR2INT 13
// expect: SIP-CAST-INT2PTR 15
#include <sip/stdlib.h>

int *shift(int *p)
{
    uintptr_t raw = (uintptr_t)p;
    raw += 4096;
    return (int *)raw;
}
