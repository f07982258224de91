/*
 * Attempt: declare a function without a prototype and call it with a
 * different argument type than its definition (in another file) takes.
 * Without SIP-DECL-KR: the argument is reinterpreted by the callee.
 */
// expect: SIP-DECL-KR 9
#include <sip/stdlib.h>

long read_word();

long call(void)
{
    return read_word(0x1000L);
}
