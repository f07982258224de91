/*
 * Attempt: the compiler's own setjmp/longjmp builtins, which need no
 * declaration at all.
 * Without SIP-CTRL-SETJMP: as with setjmp, the saved context is data the
 * SIP can rewrite.
 */
// expect: SIP-CTRL-SETJMP 16
// expect: SIP-CAST-PTR 16
#include <sip/stdlib.h>

static long jump_buffer[5];
static long (*buffer_ptr)[5] = &jump_buffer;

void resume(void)
{
    __builtin_longjmp(buffer_ptr, 1);
}
