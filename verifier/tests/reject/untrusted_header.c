/*
 * Attempt: put the violation in a header next to the SIP (not a trusted
 * stdlib header) and include it, hoping headers are not checked.
 * Without checking every untrusted file: the asm in the header passes.
 */
// expect: SIP-ASM-INLINE helpers/evil_inline.h:12
#include <sip/stdlib.h>
#include "helpers/evil_inline.h"

int sip_main(void)
{
    return read_cr3_low();
}
