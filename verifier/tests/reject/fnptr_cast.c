/*
 * Attempt: call a function through a pointer of another type so that it
 * receives arguments it does not expect (type confusion via the callee).
 * Without SIP-CAST-FNPTR: cfi-icall would trap at the call, but a cast can
 * also launder a pointer into a type CFI accepts; the subset forbids both.
 */
// expect: SIP-CAST-FNPTR 14
#include <sip/stdlib.h>

static void takes_buffer(buf_t *b) { (void)b; }

void confuse(long value)
{
    void (*f)(long) = (void (*)(long))takes_buffer;
    f(value);
}
