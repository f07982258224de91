/*
 * Attempt: declare the kernel's current-SIP pointer and the stdlib's heap
 * state as extern variables and read or change them.
 * Without SIP-DECL-EXTERN-VAR (and SIP-DECL-RESERVED): the linker would
 * bind them if the symbols were ever visible.
 */
// expect: SIP-DECL-EXTERN-VAR 13
// expect: SIP-DECL-RESERVED 13
// expect: SIP-DECL-EXTERN-VAR 14
// expect: SIP-DECL-RESERVED 18
#include <sip/stdlib.h>

extern long kernel_ticks;
extern long heap_bytes_used;

long read_them(void)
{
    return kernel_ticks + heap_bytes_used;
}
