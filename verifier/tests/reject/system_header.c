/*
 * Attempt: include a compiler header with inline assembly helpers (cpuid,
 * or a libc header) instead of going through the stdlib.
 * Without SIP-INC-SYSTEM: trusted-looking helpers bring asm into the SIP.
 */
// expect: SIP-INC-SYSTEM 8
#include <sip/stdlib.h>
#include <cpuid.h>

int sip_main(void)
{
    return 0;
}
