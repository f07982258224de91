/*
 * Attempt: hide the cast in a _Generic association, so the cast is only
 * in the branch the compiler selects for the argument type.
 * Without visiting every association: the selected branch goes unchecked.
 */
// expect: SIP-CAST-PTR2INT 13
#include <sip/stdlib.h>

#define ADDRESS_OF(x) _Generic((x), buf_t *: (unsigned long)(x), default: 0ul)

unsigned long leak(buf_t *b)
{
    return ADDRESS_OF(b);
}
