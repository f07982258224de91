/*
 * Attempt: hide the forgery in a GNU statement expression inside a macro.
 * Without walking into statement expressions: the cast is missed.
 */
// expect: SIP-CAST-INT2PTR 12
#include <sip/stdlib.h>

#define DEREF_AT(a) ({ long *p_ = (long *)(a); *p_; })

long peek(unsigned long a)
{
    return DEREF_AT(a);
}
