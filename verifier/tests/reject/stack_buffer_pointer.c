/*
 * Attempt: overflow a stack buffer through a pointer to it (the compiler's
 * bounds check sees buf[i] but not q[i]).
 * Without SIP-PTR-ADDR-LOCAL: the buffer decays to an unchecked pointer.
 */
// expect: SIP-PTR-ADDR-LOCAL 13
// expect: SIP-PTR-INDEX 15
#include <sip/stdlib.h>

void overflow(const buf_t *input)
{
    char buf[16] = { 0 };
    char *q = buf;
    for (size_t i = 0; i < input->len; i++)
        q[i] = (char)input->data[i];
}
