/*
 * switch.S — the one context switch, used unchanged on pc and hosted.
 *
 *   void context_switch(uint64_t *save_rsp, uint64_t load_rsp);
 *
 * Saves what the System V ABI says a callee must preserve — rbx, rbp,
 * r12-r15, the MXCSR and the x87 control word — on the current stack,
 * stores the stack pointer in *save_rsp, loads load_rsp and restores the
 * same set from there. Caller-saved registers (including every xmm
 * register) are the caller's business: a voluntary switch is a call.
 * An involuntary one (preemption from an interrupt or signal) also saves
 * the full FPU/SSE state first: see sched.c.
 */
    .text
    .globl context_switch
    .type context_switch, @function
context_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    fldcw 4(%rsp)
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size context_switch, . - context_switch

/* First code of every new thread: context_switch "returns" here. */
    .globl thread_trampoline
    .type thread_trampoline, @function
thread_trampoline:
    xorl %ebp, %ebp                 /* ends the backtrace chain */
    call thread_start               /* never returns */
    ud2
    .size thread_trampoline, . - thread_trampoline

/*
 * void stack_call_noreturn(uint64_t top, void (*fn)(void *), void *arg):
 * calls fn(arg) on the stack ending at top (16-byte aligned); fn never
 * returns. For work that cannot run on the current stack (sip.c).
 */
    .globl stack_call_noreturn
    .type stack_call_noreturn, @function
stack_call_noreturn:
    movq %rdi, %rsp
    movq %rdx, %rdi
    xorl %ebp, %ebp                 /* ends the backtrace chain */
    call *%rsi
    ud2
    .size stack_call_noreturn, . - stack_call_noreturn

    .section .note.GNU-stack, "", @progbits
