/*
 * Attempt: two levels of macros around inline assembly (hlt).
 * Without looking through macros: the asm is invisible in the function.
 */
// expect: SIP-ASM-INLINE 14
#include <sip/stdlib.h>

#define INSTRUCTION "hlt"
#define EXECUTE(insn) __asm__ volatile(insn)
#define STOP() EXECUTE(INSTRUCTION)

void stop(void)
{
    STOP();
}
