/*
 * sip_thread.c — a SIP's threads and their stacks: starting a thread on its
 * safe and unsafe stacks, giving the stacks back, and telling a fault in a
 * guard page from any other (see sip.h).
 */
#include "sip.h"

#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "panic.h"
#include "platform.h"

#include <stddef.h>

static uint64_t safe_window_top(const thread_t *t);

/* A ring-3 SIP's thread enters its code in ring 3, on its safe stack, with
   the table of syscall stubs instead of kernel_abi; its first function
   returns into a stub that ends the thread. */
__attribute__((noreturn)) static void ring3_start(thread_t *self, const sip_t *sip,
                                                  uint64_t sip_arg)
{
    uint64_t top = safe_window_top(self) - ABI_SAFE_STACK_SLOT_BYTES;
    bool first = self->sip_entry == sip->entry;
    platform_ring3_start(self->sip_entry, top,
                         first ? (uint64_t)(uintptr_t)platform_ring3_abi() : sip_arg,
                         first ? sip_arg : 0);
}

/* The first code a SIP thread runs: into the SIP, and out when it returns. */
static void sip_thread_main(void *arg)
{
    thread_t *self = arg;
    sip_t *sip = self->sip;
    uint64_t sip_arg = self->sip_arg;
    self->sip_arg = 0;    /* from now on the argument is on this stack (sip_roots.c) */
    self->space = sip->space;    /* switches load it from now on */
    platform_switch_to(self->space, self->kernel_stack_top);
    if (sip->ring3)
        ring3_start(self, sip, sip_arg);
    if (self->sip_entry == sip->entry) {
        sip_entry_t entry = (sip_entry_t)(uintptr_t)self->sip_entry;
        entry(&kernel_abi, (const abi_start_info_t *)(uintptr_t)sip_arg);
    } else {
        void (*start)(void *) = (void (*)(void *))(uintptr_t)self->sip_entry;
        start((void *)(uintptr_t)sip_arg);
    }
    sip_thread_exit();
}

/*
 * A SIP thread's two stacks (docs/threads.md, "SIP thread stacks"):
 *   safe    one run of SAFE_WINDOW_PAGES aligned to its own size
 *           (ABI_SAFE_STACK_WINDOW): [thread_t page][hard guard][soft guard]
 *           [safe stack ... slots]; the slots, the window's top
 *           ABI_SAFE_STACK_SLOT_BYTES, hold the thread's unsafe stack
 *           pointer and its ABI table, so SIP code finds both from %rsp
 *           alone (stdlib/src/safestack.c, stdlib/src/abi_slot.c);
 *   unsafe  [guard page][the manifest's stack_bytes, rounded up to pages],
 *           zeroed, charged to the SIP's quota like its pages.
 * Both guard pages are inaccessible in every mode (platform_guard), so
 * running off either stack faults and kills the SIP (and never reaches the
 * thread_t).
 * A ring-3 SIP's thread (ring3 and micro modes) has, besides, a kernel stack
 * of its own, where it enters the kernel (syscall, interrupt): a separate
 * run [hard guard][soft guard][RING3_KERNEL_STACK_PAGES], supervisor-only,
 * freed when the thread is reaped. Kernel code that runs into the soft
 * guard finishes on it and the SIP is killed before it runs again, as on
 * the safe stack in ring 0 (sip_kernel_stack_fault). Its safe stack is user memory in its space, the
 * same pages as in ring 0, so every check on it (the guards, the stdlib's
 * reserve at ABI calls) behaves as there.
 * The unsafe run is freed as soon as the thread leaves its SIP; the safe run,
 * which the thread stands on until it is switched away, when it is reaped.
 */
#define SAFE_WINDOW_PAGES (ABI_SAFE_STACK_WINDOW / PAGE_SIZE)
#define STACK_HEADER_PAGES SIP_STACK_HEADER_PAGES
#define RING3_KERNEL_STACK_PAGES 3
#define RING3_KERNEL_GUARD_PAGES 2    /* hard, soft */
#define RING3_KERNEL_RUN_PAGES (RING3_KERNEL_GUARD_PAGES + RING3_KERNEL_STACK_PAGES)

_Static_assert((ABI_SAFE_STACK_WINDOW & (ABI_SAFE_STACK_WINDOW - 1)) == 0,
               "the safe-stack window is a power of two");
_Static_assert(SAFE_WINDOW_PAGES > STACK_HEADER_PAGES + 1, "room for a safe stack");

static uint64_t unsafe_pages_for(const sip_t *sip)
{
    return sip_thread_charge(&sip->manifest) / PAGE_SIZE;
}

uint64_t sip_thread_charge(const sip_manifest_t *m)
{
    uint64_t pages = ((uint64_t)m->stack_bytes + PAGE_SIZE - 1) / PAGE_SIZE;
    return (pages == 0 ? 1 : pages) * PAGE_SIZE;
}

/* The hard guard page; the soft one follows it. */
static uint64_t stack_guard(const thread_t *t)
{
    return t->stack_base + PAGE_SIZE;
}

static uint64_t soft_guard(const thread_t *t)
{
    return t->stack_base + 2 * PAGE_SIZE;
}

static uint64_t stack_region(const thread_t *t)
{
    return t->stack_base + STACK_HEADER_PAGES * PAGE_SIZE;
}

static uint64_t safe_window_top(const thread_t *t)
{
    return t->stack_base + ABI_SAFE_STACK_WINDOW;
}

void sip_thread_safe_stack(const thread_t *t, uint64_t *lo, uint64_t *hi)
{
    *lo = stack_region(t);
    *hi = safe_window_top(t) - ABI_SAFE_STACK_SLOT_BYTES;
}

void sip_thread_unsafe_stack(const thread_t *t, uint64_t *lo, uint64_t *hi)
{
    *lo = t->unsafe_pages != 0 ? t->unsafe_base + PAGE_SIZE : 0;
    *hi = t->unsafe_pages != 0 ? t->unsafe_base + t->unsafe_pages * PAGE_SIZE : 0;
}

/* An unsafe stack run for a thread of `sip` (guard page first, guarded,
 * the rest zeroed): a pooled one, else fresh; the caller reserved its
 * quota. Errors: ERR_NO_MEMORY. */
static err_t unsafe_stack_alloc(const sip_t *sip, uint64_t *run, uint64_t *run_pages)
{
    uint64_t pages = unsafe_pages_for(sip);
    *run_pages = pages + 1;
    if (sip_stack_unsafe_take(pages + 1, run))
        return OK;    /* zeroed when it was pooled */
    err_t rc = frame_alloc_run(pages + 1, PAGE_SIZE, run);
    if (rc != OK)
        return rc;
    rc = platform_guard(*run, PAGE_SIZE, true);
    if (rc != OK) {
        frame_free_run(*run, pages + 1);
        return rc;
    }
    __builtin_memset((void *)(uintptr_t)(*run + PAGE_SIZE), 0, pages * PAGE_SIZE);
    return OK;
}

/* Gives `t` its unsafe stack: owned by and charged to `sip`, guarded, and
 * its top in the thread's unsafe-stack-pointer slot; and its ABI table in
 * the slot below (abi/abi.h, ABI_TABLE_SLOT). */
static void unsafe_stack_attach(sip_t *sip, thread_t *t, uint64_t run, uint64_t run_pages)
{
    t->unsafe_base = run;
    t->unsafe_pages = run_pages;
    uint64_t lo, hi;
    sip_thread_unsafe_stack(t, &lo, &hi);
    sip_charge(sip, hi - lo);
    sip_region_add(sip, lo, (hi - lo) / PAGE_SIZE, REGION_STACK, true);
    *(uint64_t *)(uintptr_t)(safe_window_top(t) - sizeof(uint64_t)) = hi;
    *(const insula_abi_t **)(uintptr_t)(safe_window_top(t) - 2 * sizeof(uint64_t)) =
        sip->ring3 ? platform_ring3_abi() : &kernel_abi;
}

/* Makes a guard page ordinary memory again, before its run is freed. */
static void guard_open(uint64_t page)
{
    err_t rc = platform_guard(page, PAGE_SIZE, false);
    /* Invariant: reopening a page of an existing mapping needs no new table. */
    KASSERT(rc == OK);
}

/* The thread's stacks leave the SIP: forget the regions, give the unsafe
 * stack to the pool (no kernel code ever stands on it). The safe window,
 * which the thread stands on, goes when it is reaped
 * (sip_stack_window_keep), its guards still in place until then. */
void sip_stack_release(sip_t *sip, thread_t *t)
{
    platform_space_user(sip->space, stack_region(t), safe_window_top(t) - stack_region(t),
                        false);
    if (t->unsafe_pages == 0)
        return;
    uint64_t lo, hi;
    sip_thread_unsafe_stack(t, &lo, &hi);
    sip_region_forget(sip, lo);
    sip_uncharge(sip, hi - lo);
    sip_space_give_back(sip, lo, (hi - lo) / PAGE_SIZE);
    sip_stack_unsafe_give(t->unsafe_base, t->unsafe_pages);
    t->unsafe_pages = 0;
}

/* A ring-3 thread's kernel stack run: [hard guard][soft guard][stack]. */
static uint64_t kernel_stack_run(uint64_t top)
{
    return top - RING3_KERNEL_RUN_PAGES * PAGE_SIZE;
}

static uint64_t kernel_soft_guard(const thread_t *t)
{
    return kernel_stack_run(t->kernel_stack_top) + PAGE_SIZE;
}

static void kernel_stack_run_free(uint64_t top, bool soft_open)
{
    uint64_t run = kernel_stack_run(top);
    guard_open(run);
    if (!soft_open)
        guard_open(run + PAGE_SIZE);
    frame_free_run(run, RING3_KERNEL_RUN_PAGES);
}

static void ring3_kernel_stack_free(thread_t *t)
{
    kernel_stack_run_free(t->kernel_stack_top, t->kernel_guard_open);
    t->kernel_guard_open = false;
}

static err_t ring3_kernel_stack_alloc(uint64_t *top)
{
    paddr_t run;
    err_t rc = frame_alloc_run(RING3_KERNEL_RUN_PAGES, PAGE_SIZE, &run);
    if (rc != OK)
        return rc;
    rc = platform_guard(run, RING3_KERNEL_GUARD_PAGES * PAGE_SIZE, true);
    if (rc != OK) {
        frame_free_run(run, RING3_KERNEL_RUN_PAGES);
        return rc;
    }
    *top = run + RING3_KERNEL_RUN_PAGES * PAGE_SIZE;
    return OK;
}

/* A ring-3 thread starts on its kernel stack (thread_create_on's stack_top)
 * and enters its SIP on its safe stack (ring3_start). */
static err_t thread_create_for(sip_t *sip, uint64_t window, uint64_t top, thread_t **out)
{
    uint64_t kernel_top = 0;
    if (sip->ring3) {
        err_t rc = ring3_kernel_stack_alloc(&kernel_top);
        if (rc != OK)
            return rc;
    }
    err_t rc = thread_create_on(sip->name, sip_thread_main, NULL, sip->priority, window,
                                SAFE_WINDOW_PAGES, kernel_top != 0 ? kernel_top : top, out);
    if (rc == OK && kernel_top != 0) {
        (*out)->kernel_stack_top = kernel_top;
        (*out)->reaped = ring3_kernel_stack_free;
    } else if (kernel_top != 0) {
        kernel_stack_run_free(kernel_top, false);
    }
    return rc;
}

/* A fresh safe-stack window, its guard pages guarded. */
static err_t safe_window_alloc(uint64_t *window)
{
    err_t rc = frame_alloc_run(SAFE_WINDOW_PAGES, ABI_SAFE_STACK_WINDOW, window);
    if (rc != OK)
        return rc;
    rc = platform_guard(*window + PAGE_SIZE, 2 * PAGE_SIZE, true);
    if (rc != OK)
        frame_free_run(*window, SAFE_WINDOW_PAGES);
    return rc;
}

/* Creates the thread on a pooled safe-stack window (*clean: its safe stack
 * is zeroed) or a fresh one, its guard pages guarded (not yet in the SIP);
 * the window goes back to the pool when the thread is reaped. */
static err_t safe_stack_thread(sip_t *sip, thread_t **out, bool *clean)
{
    uint64_t window;
    *clean = sip_stack_window_take(&window);
    if (!*clean) {
        err_t rc = safe_window_alloc(&window);
        if (rc != OK)
            return rc;
    }
    uint64_t top = window + ABI_SAFE_STACK_WINDOW - ABI_SAFE_STACK_SLOT_BYTES;
    err_t rc = thread_create_for(sip, window, top, out);
    if (rc == OK)
        (*out)->stack_keep = sip_stack_window_keep;
    else if (*clean)
        sip_stack_window_untake(window);
    else
        sip_stack_window_free(window);
    return rc;
}

err_t sip_thread_start(sip_t *sip, uint64_t entry, uint64_t arg, thread_t **out)
{
    if (sip->thread_count == SIP_MAX_THREADS)
        return ERR_QUOTA;
    bool enabled = irq_save();    /* the thread must not run before it is set up */
    uint64_t unsafe_run, unsafe_run_pages;
    thread_t *t;
    err_t rc = sip_reserve(sip, (sip_need_t){ .bytes = unsafe_pages_for(sip) * PAGE_SIZE,
                                              .regions = 1 });    /* the unsafe stack */
    if (rc == OK)
        rc = unsafe_stack_alloc(sip, &unsafe_run, &unsafe_run_pages);
    bool clean = false;
    if (rc == OK) {
        rc = safe_stack_thread(sip, &t, &clean);
        if (rc != OK)
            sip_stack_unsafe_give(unsafe_run, unsafe_run_pages);
    }
    if (rc == OK) {
        t->arg = t;
        t->sip = sip;
        if (sip->ring3) {    /* user memory now: nothing the kernel left there may show */
            if (!clean)
                __builtin_memset((void *)(uintptr_t)stack_region(t), 0,
                                 safe_window_top(t) - stack_region(t));
            platform_space_user(sip->space, stack_region(t),
                                safe_window_top(t) - stack_region(t), true);
        }
        t->sip_entry = entry;
        t->sip_arg = arg;
        t->sip_next = sip->threads;
        sip->threads = t;
        sip->thread_count++;
        if (sip->suspender != NULL)
            thread_suspend(t);    /* its SIP is being collected: it starts on resume */
        unsafe_stack_attach(sip, t, unsafe_run, unsafe_run_pages);
        if (out != NULL)
            *out = t;
    }
    irq_restore(enabled);
    return rc;
}

/* Names the guard page `addr` lies in, when it is one of `sip`'s threads'. */
const char *sip_stack_guard_hit(const sip_t *sip, uint64_t addr)
{
    for (const thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t->unsafe_pages != 0 && addr - t->unsafe_base < PAGE_SIZE)
            return "unsafe stack overflow";
        if (addr - stack_guard(t) < 2 * PAGE_SIZE + ABI_KERNEL_STACK_RESERVE)
            return "stack overflow";
    }
    return NULL;
}

bool sip_kernel_stack_fault(uint64_t fault_addr)
{
    thread_t *t = thread_current();
    if (t->sip == NULL)
        return false;
    if (t->kernel_stack_top != 0 && !t->kernel_guard_open &&
        fault_addr - kernel_soft_guard(t) < PAGE_SIZE) {
        guard_open(kernel_soft_guard(t));
        t->kernel_guard_open = true;
        return true;
    }
    if (t->soft_guard_open || fault_addr - soft_guard(t) >= PAGE_SIZE)
        return false;
    guard_open(soft_guard(t));
    t->soft_guard_open = true;
    return true;
}

static const sip_t *burn_armed;

void sip_test_kernel_stack_burn_arm(const sip_t *sip)
{
    burn_armed = sip;
}

/* Uses the stack down to below `until`, a frame of 256 bytes at a time. */
__attribute__((noinline)) static uint64_t burn_stack(uint64_t until)
{
    volatile uint8_t pad[256];
    pad[0] = 1;
    uint64_t deeper = (uint64_t)(uintptr_t)pad > until ? burn_stack(until) : 0;
    pad[255] = (uint8_t)deeper;
    return deeper + pad[0];
}

void sip_test_kernel_stack_burn(const trap_frame_t *frame)
{
    thread_t *t = thread_current();
    if (burn_armed == NULL || t->sip != burn_armed || (frame->cs & 3) != 3 ||
        t->kernel_stack_top == 0)
        return;
    burn_armed = NULL;
    burn_stack(kernel_soft_guard(t) + PAGE_SIZE / 2);
}

/* Where the dying thread stands while its SIP is killed: its own safe stack
 * is used up. Interrupts stay off from the switch to thread_exit, and the
 * thread never comes back, so one stack serves every such kill. */
static uint8_t overflow_kill_stack[4 * PAGE_SIZE] __attribute__((aligned(16)));
static uint64_t overflow_rip;
static bool overflow_on_kernel_stack;

static void overflow_kill(void *unused)
{
    (void)unused;
    sip_t *sip = sip_current();
    char reason[2 * SIP_REASON_MAX];
    const char *stack = overflow_on_kernel_stack ? "kernel" : "safe";
    const char *kind = overflow_on_kernel_stack ? "kernel " : "";
    uint64_t offset = overflow_rip - sip->image_base;
    if (offset < sip->image_span)
        fmt_snprintf(reason, sizeof(reason), "%s (%sstack overflow) at %s+%#lx, kernel code on its %s stack",
                     trap_vector_name(VEC_PAGE_FAULT), kind, sip->name, (unsigned long)offset, stack);
    else    /* ring 3: a system call returns to its ABI stub; an interrupt may land there */
        fmt_snprintf(reason, sizeof(reason), "%s (%sstack overflow) at its ABI stub, kernel code on its %s stack",
                     trap_vector_name(VEC_PAGE_FAULT), kind, stack);
    kprintf("sip %s[%u]: fault: %s\n", sip->name, sip->id, reason);
    sip_kill(sip, reason);
    thread_exit();
}

void sip_interrupt_return(const trap_frame_t *frame)
{
    thread_t *t = thread_current();
    sip_t *sip = t->sip;
    bool to_ring3 = t->kernel_stack_top != 0 && (frame->cs & 3) == 3;    /* pc only */
    bool to_sip = sip != NULL && (to_ring3 || frame->rip - sip->image_base < sip->image_span);
    if (!to_sip || !(t->soft_guard_open || t->kernel_guard_open))
        return;
    overflow_rip = frame->rip;
    overflow_on_kernel_stack = t->kernel_guard_open;
    stack_call_noreturn((uint64_t)(uintptr_t)(overflow_kill_stack + sizeof(overflow_kill_stack)),
                        overflow_kill, NULL);
}

