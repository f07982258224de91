/*
 * Attempt: overwrite the pointer inside a struct with integer data by
 * viewing the struct through a 'long *'.
 * Without SIP-CAST-PTR: the pointer field becomes an arbitrary address.
 */
// expect: SIP-CAST-PTR 13
#include <sip/stdlib.h>

struct holder { buf_t *buffer; };

void retarget(struct holder *h)
{
    long *raw = (long *)h;
    *raw = 0x1000;
}
