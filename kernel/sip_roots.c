/*
 * sip_roots.c — stopping a SIP's other threads for its garbage collector,
 * and telling it where its roots are (abi.h: threads_suspend).
 *
 * Why the ranges cover every register: a suspended thread is not running,
 * so its general registers are on its own stack, below anything it had
 * live — pushed by context_switch (a call: callee-saved registers), by the
 * interrupt entry (pc: ring 0 interrupts stay on the same stack; only
 * faults and NMIs use IST stacks, and those never return to a suspendable
 * thread) or inside the SIGALRM signal frame (hosted: the timer signal has
 * no SA_ONSTACK). [saved SP, top) contains all of it, plus the frames of
 * any kernel call the thread is blocked in (which is where the kernel
 * keeps pointers into SIP memory while it blocks: chan_recv's buffer, the
 * status of sip_wait...). SSE registers are the exception: a preempted
 * thread's are saved by fxsave in its thread_t (sched.c), outside SIP
 * memory, so they are copied out as words. A ring-3 thread (ring3 and micro
 * modes) enters the kernel on a kernel stack of its own: its range starts
 * at the stack pointer it had then, and its general registers, saved on
 * that kernel stack, are copied out as words too.
 *
 * Locking: single CPU, interrupts off while threads are examined.
 */
#include "sip.h"

#include "platform.h"

#include <stddef.h>

#define FXSAVE_XMM_OFFSET 160    /* xmm0-15 in the fxsave image */
#define XMM_WORDS 32
#define RING3_REGISTER_WORDS 15

/* The thread's unsafe stack pointer, from the slot at the top of its safe
 * stack window (docs/threads.md), or `lo` when the slot does not point into
 * [lo, hi] (then the whole unsafe stack is scanned). */
static uint64_t unsafe_sp(const thread_t *t, uint64_t lo, uint64_t hi)
{
    uint64_t safe_lo, safe_hi;
    sip_thread_safe_stack(t, &safe_lo, &safe_hi);
    uint64_t sp = (uint64_t)(uintptr_t)*(void *volatile *)ABI_UNSAFE_SP_SLOT(safe_lo);
    return sp >= lo && sp <= hi ? sp & ~(uint64_t)7 : lo;
}

uint32_t sip_thread_stack_ranges(const thread_t *t, sip_range_t *ranges, uint32_t max)
{
    uint64_t lo, hi;
    uint32_t n = 0;
    sip_thread_safe_stack(t, &lo, &hi);
    uint64_t sp = t == thread_current() ? (uint64_t)(uintptr_t)__builtin_frame_address(0)
                                        : t->saved_rsp;
    if (t->kernel_stack_top != 0)    /* ring 3: where it entered the kernel */
        sp = platform_ring3_frame(t->kernel_stack_top)->rsp;
    sp &= ~(uint64_t)7;
    if (n < max)
        ranges[n++] = (sip_range_t){ .start = sp > lo ? sp : lo, .end = hi };
    sip_thread_unsafe_stack(t, &lo, &hi);
    if (n < max && hi > lo)
        ranges[n++] = (sip_range_t){ .start = unsafe_sp(t, lo, hi), .end = hi };
    return n;
}

/* Appends a range unless it is empty; sip_threads_suspend checked the room. */
static void roots_add_range(abi_roots_t *r, uint64_t start, uint64_t end, uint32_t kind,
                            uint64_t thread_id)
{
    if (end <= start || r->range_count == ABI_ROOT_RANGES_MAX)
        return;
    r->ranges[r->range_count++] = (abi_root_range_t){ .start = start, .end = end, .kind = kind,
                                                      .thread_id = thread_id };
}

static void roots_add_word(abi_roots_t *r, uint64_t word)
{
    if (word != 0 && r->word_count < ABI_ROOT_WORDS_MAX)
        r->words[r->word_count++] = word;
}

/* The writable segments of the image, without RELRO (read-only after relocation). */
static void roots_static(const sip_t *sip, abi_roots_t *r)
{
    for (uint32_t i = 0; i < sip->region_count; i++) {
        const sip_region_t *g = &sip->regions[i];
        if (g->kind != REGION_IMAGE || !g->writable)
            continue;
        uint64_t start = g->start, end = g->start + g->pages * PAGE_SIZE;
        uint64_t rs = sip->relro_start, re = sip->relro_end;
        if (re <= start || rs >= end || re <= rs) {
            roots_add_range(r, start, end, ABI_ROOT_STATIC, 0);
            continue;
        }
        roots_add_range(r, start, rs, ABI_ROOT_STATIC, 0);
        roots_add_range(r, re, end, ABI_ROOT_STATIC, 0);
    }
}

/* A ring-3 thread's registers are on its kernel stack, not on a stack the
   collector scans: every general register it had when it entered the
   kernel (by syscall or interrupt: ring3.S saves the same frame). */
static void roots_ring3_registers(const thread_t *t, abi_roots_t *r)
{
    const trap_frame_t *f = platform_ring3_frame(t->kernel_stack_top);
    const uint64_t regs[RING3_REGISTER_WORDS] = {
        f->r15, f->r14, f->r13, f->r12, f->r11, f->r10, f->r9, f->r8,
        f->rbp, f->rdi, f->rsi, f->rdx, f->rcx, f->rbx, f->rax };
    for (int i = 0; i < RING3_REGISTER_WORDS; i++)
        roots_add_word(r, regs[i]);
}

static void roots_thread(const thread_t *t, abi_roots_t *r)
{
    sip_range_t ranges[SIP_STACK_RANGES_MAX];
    uint32_t n = sip_thread_stack_ranges(t, ranges, SIP_STACK_RANGES_MAX);
    uint32_t kind = t == thread_current() ? ABI_ROOT_OWN_STACK : ABI_ROOT_STACK;
    for (uint32_t i = 0; i < n; i++)
        roots_add_range(r, ranges[i].start, ranges[i].end, kind, t->id);
    if (t->fpu_saved) {
        uint64_t xmm[XMM_WORDS];
        __builtin_memcpy(xmm, t->fpu_state + FXSAVE_XMM_OFFSET, sizeof(xmm));
        for (int i = 0; i < XMM_WORDS; i++)
            roots_add_word(r, xmm[i]);
    }
    roots_add_word(r, t->sip_arg);    /* cleared once the thread has started */
    if (t->kernel_stack_top != 0)
        roots_ring3_registers(t, r);
}

/* Every root; the room is guaranteed by the checks below. */
static void roots_fill(const sip_t *sip, abi_roots_t *r)
{
    r->range_count = r->word_count = 0;
    roots_static(sip, r);
    for (const thread_t *t = sip->threads; t != NULL; t = t->sip_next)
        roots_thread(t, r);
}

/* What abi_roots_t leaves for static data once every thread's stacks fit. */
#define STATIC_RANGES_MAX (ABI_ROOT_RANGES_MAX - SIP_MAX_THREADS * SIP_STACK_RANGES_MAX)
_Static_assert(STATIC_RANGES_MAX >= 8, "abi_roots_t has room for every thread's stacks");
_Static_assert(SIP_MAX_THREADS * (XMM_WORDS + 1 + RING3_REGISTER_WORDS) <= ABI_ROOT_WORDS_MAX,
               "abi_roots_t has room for every thread's words");

/* At most two ranges per writable segment (RELRO may split one). */
static uint32_t static_range_bound(const sip_t *sip)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < sip->region_count; i++)
        n += sip->regions[i].kind == REGION_IMAGE && sip->regions[i].writable ? 2 : 0;
    return n;
}

err_t sip_threads_suspend(sip_t *sip, abi_roots_t *roots)
{
    thread_t *self = thread_current();
    if (sip->suspender != NULL)
        return ERR_BUSY;
    if (static_range_bound(sip) > STATIC_RANGES_MAX)
        return ERR_RANGE;    /* an image the loader would not make: refuse, never drop a root */
    sip->suspender = self;
    for (thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t != self)
            thread_suspend(t);
    }
    roots_fill(sip, roots);
    return OK;
}

err_t sip_threads_resume(sip_t *sip)
{
    if (sip->suspender == NULL || sip->suspender != thread_current())
        return ERR_BUSY;
    sip->suspender = NULL;
    for (thread_t *t = sip->threads; t != NULL; t = t->sip_next)
        thread_resume(t);
    return OK;
}

