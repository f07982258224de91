/*
 * Attempt: define a function K&R style, so that callers are not checked
 * against its parameter types and can pass an integer where it reads a
 * pointer.
 * Without SIP-DECL-KR: the call site and the definition disagree silently.
 */
// expect: SIP-DECL-KR 10
#include <sip/stdlib.h>

long first(p)
    long *p;
{
    return *p;
}
