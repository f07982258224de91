/*
 * Attempt: the same with a switch: case 1 jumps into the block past the
 * declaration of p.
 * Without SIP-INIT-SKIP: p holds stack garbage in case 1.
 */
// expect: SIP-INIT-SKIP 13
#include <sip/stdlib.h>

long pick(int c)
{
    switch (c) {
        buf_t *p = buf_new(8);
    case 1:
        return (long)p->len;
    }
    return 0;
}
