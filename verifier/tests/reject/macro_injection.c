/*
 * Attempt: define a macro that changes the code of a trusted header before
 * including it: counted_by in the stdlib's buf_t becomes aligned, so
 * b->data[i] loses its bounds check.
 * Without SIP-INC-MACRO: the trusted header's declarations change.
 */
// expect: SIP-INC-MACRO 9
// expect: SIP-PTR-INDEX 15
#define counted_by(n) aligned(8)
#include <sip/stdlib.h>

int sip_main(void)
{
    buf_t *b = buf_new(4);
    return b->data[100];
}
