/*
 * Attempt: let a counted_by array decay to a plain pointer, which has
 * lost its length (and may point at zero elements).
 * Without SIP-PTR-DECAY: *p reads an element that may not exist.
 */
// expect: SIP-PTR-DECAY 11
#include <sip/stdlib.h>

long first_byte(buf_t *b)
{
    const uint8_t *p = b->data;
    return *p;
}
