/*
 * Attempt: write through a pointer to const data (read-only data of the
 * sealed image, or a buffer the stdlib handed out read-only).
 * Without SIP-CAST-PTR: casting const away makes the write compile.
 */
// expect: SIP-CAST-PTR 11
#include <sip/stdlib.h>

void scribble(const buf_t *b)
{
    buf_t *w = (buf_t *)b;
    w->data[0] = 1;
}
