/*
 * ring3.S — into ring 3 and back by `syscall` (ring3 and micro modes;
 * docs/modes.md, kernel/pc/ring3.c).
 *
 * A ring-3 SIP calls the kernel through its ABI table, whose entries are
 * stubs `mov %rcx,%r10; mov $INDEX,%eax; syscall; ret` (ring3.c). The CPU
 * enters syscall_entry in ring 0 with interrupts off (FMASK), RCX = the
 * stub's return address, R11 = its RFLAGS, and the SIP's RSP. The entry
 * moves to the thread's kernel stack (ring3_kernel_rsp, set at every switch
 * to a ring-3 thread) and saves the SIP's registers there in a trap_frame_t,
 * exactly as an interrupt from ring 3 leaves them (vector SYSCALL_VECTOR),
 * so the SIP's stack pointer and registers are at the same place whichever
 * way it entered (ring3_frame: its collector's roots). It calls
 * kernel_abi's entry INDEX with the SIP's arguments (RDI, RSI, RDX, R10 as
 * RCX, R8, R9) and returns with sysret, the caller-saved registers cleared
 * so nothing of the kernel's leaks.
 */
#include "trap_frame_asm.h"

#define USER_DATA_SELECTOR 0x23
#define USER_CODE_SELECTOR 0x2B
#define ABI_FIRST_ENTRY 8            /* offsetof(insula_abi_t, exit) */
#define SYSCALL_VECTOR 0x100         /* in the frame's vector: no interrupt has it */

    .text
    .globl syscall_entry
    .type syscall_entry, @function
syscall_entry:
    movq %rsp, ring3_scratch_rsp(%rip)
    movq ring3_kernel_rsp(%rip), %rsp
    pushq $USER_DATA_SELECTOR       /* a trap_frame_t, as an interrupt from ring 3 makes */
    pushq ring3_scratch_rsp(%rip)
    pushq %r11                      /* RFLAGS */
    pushq $USER_CODE_SELECTOR
    pushq %rcx                      /* RIP */
    pushq $0                        /* error code */
    pushq $SYSCALL_VECTOR
    TRAP_FRAME_PUSH_REGISTERS       /* 22 words: RSP stays 16-byte aligned */
    movl %eax, %eax
    cmpl kernel_abi+4(%rip), %eax   /* entry_count */
    jae 1f
    movq %r10, %rcx
    sti
    leaq kernel_abi+ABI_FIRST_ENTRY(%rip), %r11
    call *(%r11,%rax,8)
    cli
    jmp 2f
1:  movl $-1, %eax                  /* ABI_ERR_INVALID: no such entry */
2:  movq %rax, 14*8(%rsp)           /* the result, in the frame's rax */
    call ring3_syscall_exit_check   /* a SIP whose kernel stack overflowed dies here */
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    addq $8, %rsp                   /* r11: from RFLAGS below */
    xorl %r10d, %r10d
    xorl %r9d, %r9d
    xorl %r8d, %r8d
    addq $24, %rsp                  /* r10 r9 r8: cleared */
    popq %rbp
    xorl %edi, %edi
    xorl %esi, %esi
    xorl %edx, %edx
    addq $32, %rsp                  /* rdi rsi rdx rcx: cleared, rcx from RIP below */
    popq %rbx
    popq %rax
    addq $16, %rsp                  /* vector, error code */
    popq %rcx                       /* RIP */
    addq $8, %rsp                   /* CS */
    popq %r11                       /* RFLAGS */
    popq %rsp                       /* the SIP's */
    sysretq
    .size syscall_entry, . - syscall_entry

/*
 * void ring3_enter(uint64_t rip, uint64_t rsp, uint64_t arg0, uint64_t arg1):
 * starts SIP code at rip in ring 3 on the stack rsp with (arg0, arg1) as
 * its first two arguments; never returns (the SIP comes back by syscall or
 * an interrupt, on its thread's kernel stack).
 */
    .globl ring3_enter
    .type ring3_enter, @function
ring3_enter:
    cli
    pushq $USER_DATA_SELECTOR
    pushq %rsi
    pushq $0x202                    /* RFLAGS: IF */
    pushq $USER_CODE_SELECTOR
    pushq %rdi
    movq %rdx, %rdi
    movq %rcx, %rsi
    xorl %eax, %eax
    xorl %ebx, %ebx
    xorl %ecx, %ecx
    xorl %edx, %edx
    xorl %ebp, %ebp
    xorl %r8d, %r8d
    xorl %r9d, %r9d
    xorl %r10d, %r10d
    xorl %r11d, %r11d
    xorl %r12d, %r12d
    xorl %r13d, %r13d
    xorl %r14d, %r14d
    xorl %r15d, %r15d
    iretq
    .size ring3_enter, . - ring3_enter

    .section .note.GNU-stack, "", @progbits
