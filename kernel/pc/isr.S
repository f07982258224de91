/*
 * isr.S — interrupt entry stubs for all 256 vectors.
 *
 * Each stub (16 bytes apart) pushes a zero error code when the CPU does not push one, then
 * its vector, and jumps to isr_common, which saves the general registers
 * in the trap_frame_t order (kernel/include/trap.h) and calls
 * trap_entry(frame). On return the registers come back and iretq resumes.
 * The stack is 16-byte aligned at the call (the CPU aligns RSP before
 * pushing its 5 words; 2 + 15 pushes follow: 22 words in all).
 */
#include "trap_frame_asm.h"

    .text
    .balign 16
    .globl isr_stubs
isr_stubs:                          /* stub v is at isr_stubs + 16 * v */
    .set vector, 0
    .rept 256
    .balign 16
    .if (vector == 8) || (vector >= 10 && vector <= 14) || (vector == 17) || (vector == 21) || (vector == 29) || (vector == 30)
    .else
    pushq $0
    .endif
    pushq $vector
    jmp isr_common
    .set vector, vector + 1
    .endr

isr_common:
    cld
    TRAP_FRAME_PUSH_REGISTERS
    movq %rsp, %rdi
    call trap_entry
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rbp
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rbx
    popq %rax
    addq $16, %rsp                  /* vector and error code */
    iretq

