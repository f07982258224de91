/*
 * Attempt: find the current frame and overwrite the saved return address
 * above it.
 * Without SIP-BUILTIN: __builtin_frame_address gives a raw stack pointer.
 */
// expect: SIP-BUILTIN 12
// expect: SIP-CAST-PTR 12
#include <sip/stdlib.h>

void redirect(void)
{
    unsigned long *frame = __builtin_frame_address(0);
    *frame = 0;
}
