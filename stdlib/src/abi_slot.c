/*
 * abi_slot.c — where SIP code finds the kernel's ABI table (SIP build only).
 *
 * The kernel writes the table's address into every SIP thread's safe-stack
 * window, the word below the unsafe stack pointer's slot (abi/abi.h,
 * ABI_TABLE_SLOT), before the thread runs. The stdlib reads it from there
 * on every ABI call and keeps no copy in writable data: the safe stack
 * holds nothing SafeStack lets SIP code index, so no stray store of a SIP
 * can point the stdlib's calls (which CFI cannot check, internal.h) at
 * anything but the kernel's table.
 *
 * The same look-up keeps the kernel's room on the stack: a thread with
 * less than ABI_KERNEL_STACK_RESERVE bytes of safe stack left makes no
 * ABI call but stops with a trap the kernel names (ABI_TRAP_ABI_STACK), so
 * kernel code entered from a SIP never runs into the guard pages.
 */
#include "internal.h"

#include <stdint.h>

const insula_abi_t *__insula_abi(void)
{
    uintptr_t rsp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(rsp));
    if ((rsp & (ABI_SAFE_STACK_WINDOW - 1)) < ABI_CALL_MIN_STACK_OFFSET)
        __insula_trap(ABI_TRAP_ABI_STACK);
    return *ABI_TABLE_SLOT(rsp);
}

err_t __insula_abi_bind(const insula_abi_t *abi)
{
    if (abi == NULL)
        return ERR_INVALID;
    return abi == __insula_abi() ? OK : ERR_BUSY;
}
