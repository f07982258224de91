/*
 * trap.c — the core's exception policy (see trap.h).
 */
#include "trap.h"

#include "console.h"
#include "panic.h"
#include "platform.h"
#include "sip.h"

typedef struct {
    bool armed;
    bool fired;
    uint64_t vector;
    uint64_t skip;
    uint64_t seen_vector;
    uint64_t seen_error;
    uint64_t seen_addr;
} probe_t;

static volatile probe_t probe;

static const char *const vector_names[VEC_EXCEPTION_LIMIT] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
    "#BR bound range", "#UD invalid opcode", "#NM device not available",
    "#DF double fault", "coprocessor segment overrun", "#TS invalid TSS",
    "#NP segment not present", "#SS stack fault", "#GP general protection",
    "#PF page fault", "reserved 15", "#MF x87 error", "#AC alignment check",
    "#MC machine check", "#XM SIMD error", "#VE virtualization", "#CP control protection",
};

const char *trap_vector_name(uint64_t vector)
{
    if (vector < VEC_EXCEPTION_LIMIT && vector_names[vector] != NULL)
        return vector_names[vector];
    return "unknown vector";
}

void trap_probe_arm(uint64_t vector, uint64_t skip)
{
    probe.fired = false;
    probe.vector = vector;
    probe.skip = skip;
    probe.armed = true;
}

bool trap_probe_fired(uint64_t *vector, uint64_t *error_code, uint64_t *fault_addr)
{
    probe.armed = false;
    *vector = probe.seen_vector;
    *error_code = probe.seen_error;
    *fault_addr = probe.seen_addr;
    return probe.fired;
}

static bool probe_take(trap_frame_t *frame, uint64_t fault_addr)
{
    if (!probe.armed || probe.vector != frame->vector)
        return false;
    probe.armed = false;
    probe.fired = true;
    probe.seen_vector = frame->vector;
    probe.seen_error = frame->error_code;
    probe.seen_addr = fault_addr;
    frame->rip += probe.skip;
    return true;
}

static void print_pair(const char *a, uint64_t va, const char *b, uint64_t vb,
                       const char *c, uint64_t vc)
{
    kprintf("  %-6s %016lx  %-6s %016lx  %-6s %016lx\n", a, (unsigned long)va, b,
            (unsigned long)vb, c, (unsigned long)vc);
}

void trap_report(const trap_frame_t *f, uint64_t fault_addr)
{
    kprintf("\n*** FAULT: %s (vector %lu) error code %#lx\n", trap_vector_name(f->vector),
            (unsigned long)f->vector, (unsigned long)f->error_code);
    if (f->vector == VEC_PAGE_FAULT)
        kprintf("  fault address (CR2) %#lx: %s, %s, %s mode%s\n", (unsigned long)fault_addr,
                f->error_code & PF_PRESENT ? "protection violation" : "page not present",
                f->error_code & PF_FETCH ? "instruction fetch" :
                f->error_code & PF_WRITE ? "write" : "read",
                f->error_code & PF_USER ? "user" : "supervisor",
                f->error_code & PF_RESERVED ? ", reserved bit set" : "");
    print_pair("RIP", f->rip, "RSP", f->rsp, "RFLAGS", f->rflags);
    print_pair("RAX", f->rax, "RBX", f->rbx, "RCX", f->rcx);
    print_pair("RDX", f->rdx, "RSI", f->rsi, "RDI", f->rdi);
    print_pair("RBP", f->rbp, "R8", f->r8, "R9", f->r9);
    print_pair("R10", f->r10, "R11", f->r11, "R12", f->r12);
    print_pair("R13", f->r13, "R14", f->r14, "R15", f->r15);
    print_pair("CS", f->cs, "SS", f->ss, "VECTOR", f->vector);
    backtrace_print(f->rbp, f->rip);
}

void trap_exception(trap_frame_t *frame, uint64_t fault_addr)
{
    if (probe_take(frame, fault_addr))
        return;
    if (sip_trap(frame, fault_addr))
        return;    /* not reached: the faulting SIP thread is gone */
    if (frame->vector == VEC_PAGE_FAULT && sip_kernel_stack_fault(fault_addr))
        return;    /* kernel code on a SIP's stack: it finishes, the SIP dies */
    if (!panic_enter()) {
        platform_console_write("\nfault while panicking: halting\n", 32);
        platform_halt(HALT_PANIC);
    }
    trap_report(frame, fault_addr);
    kprintf("*** unexpected exception in the kernel: system halted\n");
    platform_halt(HALT_PANIC);
}
