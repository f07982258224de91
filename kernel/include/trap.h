/*
 * trap.h — CPU exceptions, as the core sees them on either platform.
 *
 * pc builds a trap_frame_t in its interrupt stubs (kernel/pc/isr.S); hosted
 * builds one from the signal's ucontext (SIGILL is #UD, SIGSEGV is #PF with
 * the kernel's error code). The core decides what happens: an armed probe
 * (self-tests) records the trap and skips the faulting instruction; anything
 * else is reported — vector, error code, fault address, registers and a
 * backtrace — and the kernel halts.
 */
#ifndef INSULA_TRAP_H
#define INSULA_TRAP_H

#include <stdbool.h>
#include <stdint.h>

/* Register order matches the push order in kernel/pc/isr.S. */
typedef struct {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error_code;
    uint64_t rip, cs, rflags, rsp, ss;    /* pushed by the CPU */
} trap_frame_t;

_Static_assert(sizeof(trap_frame_t) == 22 * 8, "trap frame layout is shared with isr.S");

enum {
    VEC_DIVIDE = 0,
    VEC_DEBUG = 1,
    VEC_NMI = 2,
    VEC_BREAKPOINT = 3,
    VEC_INVALID_OPCODE = 6,
    VEC_DOUBLE_FAULT = 8,
    VEC_GP = 13,
    VEC_PAGE_FAULT = 14,
    VEC_EXCEPTION_LIMIT = 32,
};

/* Page-fault error code bits (Intel SDM vol. 3, 4.7). */
enum {
    PF_PRESENT = 1u << 0,
    PF_WRITE = 1u << 1,
    PF_USER = 1u << 2,
    PF_RESERVED = 1u << 3,
    PF_FETCH = 1u << 4,
};

/* Handles an exception; returns only if execution may resume at frame->rip. */
void trap_exception(trap_frame_t *frame, uint64_t fault_addr);

/* Prints the full register dump and backtrace of `frame`. */
void trap_report(const trap_frame_t *frame, uint64_t fault_addr);

const char *trap_vector_name(uint64_t vector);

/*
 * Self-test probes: arm for `vector`; the next such exception is recorded
 * and execution resumes `skip` bytes past the faulting instruction's start.
 */
void trap_probe_arm(uint64_t vector, uint64_t skip);
/* Returns true if the armed probe fired, with what the handler saw. */
bool trap_probe_fired(uint64_t *vector, uint64_t *error_code, uint64_t *fault_addr);

#endif
