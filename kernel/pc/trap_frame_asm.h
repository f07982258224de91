/*
 * trap_frame_asm.h — the general registers of a trap_frame_t
 * (kernel/include/trap.h), pushed in its order by every way into the
 * kernel: isr.S (interrupts and exceptions) and ring3.S (syscall from ring
 * 3), so the frame has one layout whichever way a thread entered. Assembly
 * only: included by .S files.
 */
.macro TRAP_FRAME_PUSH_REGISTERS
    pushq %rax
    pushq %rbx
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %rbp
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
.endm
