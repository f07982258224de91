/*
 * Attempt: disable interrupts (SIPs run in ring 0, so cli is legal for the
 * CPU) and spin forever, freezing every other SIP.
 * Without SIP-ASM-INLINE: any privileged instruction can be emitted.
 */
// expect: SIP-ASM-INLINE 11
#include <sip/stdlib.h>

void freeze(void)
{
    __asm__ volatile("cli");
    for (;;) {
    }
}
