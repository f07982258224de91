/*
 * Attempt: rewrite the LSTAR MSR (the syscall entry point) with wrmsr,
 * spelled with the plain 'asm' keyword variant.
 * Without SIP-ASM-INLINE: the kernel's entry point is redirected.
 */
// expect: SIP-ASM-INLINE 11
#include <sip/stdlib.h>

void hijack(unsigned low, unsigned high)
{
    __asm volatile("wrmsr" : : "c"(0xc0000082u), "a"(low), "d"(high));
}
