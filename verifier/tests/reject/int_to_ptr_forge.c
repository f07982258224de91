/*
 * Attempt: forge a pointer to kernel memory from an integer and overwrite
 * it (all SIPs share one address space in ring 0).
 * Without SIP-CAST-INT2PTR: any address becomes a valid-looking pointer.
 */
// expect: SIP-CAST-INT2PTR 11
#include <sip/stdlib.h>

void forge(void)
{
    long *kernel = (long *)0xffffffff80100000;
    *kernel = 0;
}
