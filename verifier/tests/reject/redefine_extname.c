/*
 * Attempt: rename a declared function's symbol with a pragma instead of an
 * asm label, binding calls to a kernel symbol.
 * Without SIP-ASM-LABEL: the pragma has the same effect as the label.
 */
// expect: SIP-ASM-LABEL 10
#include <sip/stdlib.h>

#pragma redefine_extname tick_count kernel_tick_count
long tick_count(void);

long now(void)
{
    return tick_count();
}
