/*
 * sip_fault.c — a fault in a SIP's code: what it was (a runtime check by
 * name, a guard page, another exception), where (NAME+OFFSET), and the kill
 * that follows (see sip.h: sip_trap).
 */
#include "sip.h"

#include "console.h"
#include "fmt.h"
#include "platform.h"

#include <stddef.h>

/*
 * Clang's runtime checks in trap mode end in `ud1 0xNN(%eax), %eax`
 * (67 0f b9 40 NN), NN naming the check; NN = 0 has no displacement byte
 * (67 0f b9 00). The stdlib's own traps use the same form with kinds
 * ABI_TRAP_*. A bare `ud2` (0f 0b) is what both -fsanitize=local-bounds and
 * __builtin_trap emit (clang 19 gives neither a kind). Returns the name, or
 * NULL when the instruction at `rip` is not such a trap.
 */
static const char *check_name(const sip_t *sip, uint64_t rip)
{
    if (rip + 2 > sip->image_base + sip->image_span)
        return NULL;
    const uint8_t *p = (const uint8_t *)(uintptr_t)rip;
    if (p[0] == 0x0f && p[1] == 0x0b)
        return "local-bounds or trap";    /* a bare ud2, see above */
    if (rip + 4 > sip->image_base + sip->image_span)
        return NULL;
    if (p[0] != 0x67 || p[1] != 0x0f || p[2] != 0xb9 || (p[3] != 0x40 && p[3] != 0x00))
        return NULL;
    if (p[3] == 0x40 && rip + 5 > sip->image_base + sip->image_span)
        return NULL;
    switch (p[3] == 0x00 ? 0 : p[4]) {
    case 0: return "integer overflow (addition)";
    case 2: return "control-flow integrity";
    case 3: return "division overflow or by zero";
    case 8: return "invalid builtin argument";
    case 10: return "invalid bool value";
    case 12: return "integer overflow (multiplication)";
    case 13: return "integer overflow (negation)";
    case 18: return "out-of-bounds access";
    case 19: return "pointer overflow";
    case 20: return "shift out of bounds";
    case 21: return "integer overflow (subtraction)";
    case 22: return "null or misaligned pointer";
    case ABI_TRAP_RUNTIME_BROKEN: return "stdlib runtime broken";
    case ABI_TRAP_ABI_STACK: return "safe stack exhausted at an ABI call";
    default: return "a runtime check";
    }
}

/* For a page fault in ring 3 (docs/modes.md): what the hardware refused,
   short enough to fit the reason a waiter reads (SIP_REASON_MAX). */
static const char *ring3_page_fault_why(const sip_t *sip, const trap_frame_t *f, uint64_t addr)
{
    if ((f->cs & 3) != 3)
        return "";
    if (!(f->error_code & PF_PRESENT))
        return " (not mapped)";
    if (sip_owns(sip, addr, 1, false))
        return " (not allowed)";
    return " (kernel only)";
}

/*
 * The reason a waiter reads, e.g. "check failed: control-flow integrity at
 * fault+0x1234": the place is NAME+OFFSET, NAME the SIP's name and OFFSET
 * from its image base, which is the address in its unstripped debug copy
 * (sip/NAME.elf; boot/qemu-test.py --sip-symbols turns it into file:line).
 */
static void fault_reason(const sip_t *sip, const trap_frame_t *f, uint64_t addr, char *buf,
                         size_t size)
{
    const char *check = f->vector == VEC_INVALID_OPCODE ? check_name(sip, f->rip) : NULL;
    const char *guard = f->vector == VEC_PAGE_FAULT ? sip_stack_guard_hit(sip, addr) : NULL;
    unsigned long offset = (unsigned long)(f->rip - sip->image_base);
    if (check != NULL)
        fmt_snprintf(buf, size, "check failed: %s at %s+%#lx", check, sip->name, offset);
    else if (guard != NULL)
        fmt_snprintf(buf, size, "%s (%s) at %s+%#lx", trap_vector_name(f->vector), guard,
                     sip->name, offset);
    else if (f->vector == VEC_PAGE_FAULT)
        fmt_snprintf(buf, size, "%s at %s+%#lx touching %#lx%s", trap_vector_name(f->vector),
                     sip->name, offset, (unsigned long)addr, ring3_page_fault_why(sip, f, addr));
    else
        fmt_snprintf(buf, size, "%s at %s+%#lx%s", trap_vector_name(f->vector), sip->name,
                     offset, f->vector == VEC_GP && (f->cs & 3) == 3 ?
                     " (privileged)" : "");
}

static bool in_image(const sip_t *sip, uint64_t rip)
{
    return rip >= sip->image_base && rip < sip->image_base + sip->image_span;
}

bool sip_trap(const trap_frame_t *frame, uint64_t fault_addr)
{
    sip_t *sip = sip_current();
    if (sip == NULL)
        return false;
    bool inside = in_image(sip, frame->rip);
    if (!inside && platform_is_kernel_code(frame->rip))
        return false;    /* a kernel bug, or a kernel stack guard (trap.c) */
    char reason[2 * SIP_REASON_MAX];    /* logged whole; sip->reason keeps its start */
    if (inside)
        fault_reason(sip, frame, fault_addr, reason, sizeof(reason));
    else    /* a jump out of its image: to 0, data, another SIP's memory */
        fmt_snprintf(reason, sizeof(reason), "%s at 0x%lx: outside its image",
                     trap_vector_name(frame->vector), (unsigned long)frame->rip);
    kprintf("sip %s[%u]: fault: %s\n", sip->name, sip->id, reason);
    trap_report(frame, fault_addr);
    platform_interrupts_abandoned();
    sip_kill(sip, reason);
    thread_exit();
}
