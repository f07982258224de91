/*
 * Attempt: declare an innocent-looking function whose symbol name is
 * renamed to a kernel or stdlib-internal symbol, and call it.
 * Without SIP-ASM-LABEL: the linker binds the call to the internal symbol.
 */
// expect: SIP-ASM-LABEL 9
#include <sip/stdlib.h>

void halt_machine(void) __asm__("kernel_halt");

int sip_main(void)
{
    halt_machine();
    return 0;
}
