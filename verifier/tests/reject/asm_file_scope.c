/*
 * Attempt: add a function written in assembly at file scope that the
 * verifier never sees as C.
 * Without SIP-ASM-INLINE on file-scope asm: arbitrary code joins the image.
 */
// expect: SIP-ASM-INLINE 9
#include <sip/stdlib.h>

__asm__(".globl sneaky\nsneaky:\n\tmov %cr3, %rax\n\tret\n");

int sip_main(void)
{
    return 0;
}
