/*
 * Attempt: bind a local to the stack pointer register with a register asm
 * variable and read it (then, with other tricks, write it).
 * Without SIP-ASM-LABEL on locals: the SIP names machine registers.
 */
// expect: SIP-ASM-LABEL 11
#include <sip/stdlib.h>

long stack_pointer(void)
{
    register long sp __asm__("rsp");
    return sp;
}
