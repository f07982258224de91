/*
 * safestack.c — the SafeStack runtime hook (SIP build only).
 *
 * Code compiled with -fsanitize=safe-stack and -safestack-use-pointer-address
 * keeps arrays and address-taken locals on a second, "unsafe" stack and
 * calls __safestack_pointer_address() for the slot holding the calling
 * thread's unsafe stack pointer. The kernel lays out every SIP thread so
 * that the slot is the last word of the aligned window its safe stack lies
 * in (abi/abi.h, docs/threads.md): the slot follows from %rsp alone, with no
 * thread-local storage (%fs is the kernel's, or glibc's on the hosted
 * platform) and no variable a thread could get wrong.
 *
 * Compiled without -flto: with LTO the SafeStack pass runs at link time and
 * needs this hook as ordinary machine code outside the unit it instruments.
 * It has no locals, so SafeStack would not instrument it anyway.
 *
 * It also probes: every function with an unsafe frame calls it before
 * taking its frame, when the slot still holds the caller's unsafe stack
 * pointer, and it reads the byte just below that pointer. A frame the
 * caller took but never touched may have left the pointer inside the guard
 * page; the read faults there, before this function's frame could step
 * past the guard. With every frame smaller than the guard page
 * (SIP-STACK-FRAME) the pointer can never get below it (verifier/SUBSET.md,
 * docs/threads.md).
 */
#include "abi/abi.h"

#include <stdint.h>

void **__safestack_pointer_address(void);

void **__safestack_pointer_address(void)
{
    uintptr_t rsp;
    __asm__("mov %%rsp, %0" : "=r"(rsp));
    void **slot = ABI_UNSAFE_SP_SLOT(rsp);
    const volatile uint8_t *below = (const volatile uint8_t *)*slot - 1;
    (void)*below;
    return slot;
}
