/*
 * Attempt: read the kernel's per-CPU area through a %gs-relative pointer
 * (clang's __seg_gs address space).
 * Without SIP-PTR-ADDRSPACE: the load uses the kernel's gs base.
 */
// expect: SIP-PTR-ADDRSPACE 11
#include <sip/stdlib.h>

long read_percpu(void)
{
    return *(const long __seg_gs *)0x28;
}
