/*
 * sip.c — the life of a SIP: spawn, threads, exit, kill, reclaim (see sip.h).
 */
#include "sip.h"

#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "heap.h"
#include "panic.h"
#include "platform.h"
#include "timer.h"

#include <stddef.h>

static sip_t *all_sips;
static uint32_t live_sips, next_sip_id = 1;

sip_t *sip_current(void)
{
    return thread_current()->sip;
}

uint32_t sip_live_count(void)
{
    return live_sips;
}

static void copy_bounded(char *dst, const char *src, size_t size)
{
    size_t i = 0;
    for (; src != NULL && src[i] && i + 1 < size; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

static size_t length_of(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* The first code a SIP thread runs: into the SIP, and out when it returns. */
static void sip_thread_main(void *arg)
{
    thread_t *self = arg;
    sip_t *sip = self->sip;
    uint64_t sip_arg = self->sip_arg;
    self->sip_arg = 0;    /* from now on the argument is on this stack (sip_roots.c) */
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
 * The unsafe run is freed as soon as the thread leaves its SIP; the safe run,
 * which the thread stands on until it is switched away, when it is reaped.
 */
#define SAFE_WINDOW_PAGES (ABI_SAFE_STACK_WINDOW / PAGE_SIZE)
#define STACK_HEADER_PAGES SIP_STACK_HEADER_PAGES

_Static_assert((ABI_SAFE_STACK_WINDOW & (ABI_SAFE_STACK_WINDOW - 1)) == 0,
               "the safe-stack window is a power of two");
_Static_assert(SAFE_WINDOW_PAGES > STACK_HEADER_PAGES + 1, "room for a safe stack");

static uint64_t unsafe_pages_for(const sip_t *sip)
{
    uint64_t pages = (sip->manifest.stack_bytes + PAGE_SIZE - 1) / PAGE_SIZE;
    return pages == 0 ? 1 : pages;
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

/* Allocates and zeroes an unsafe stack run for a thread of `sip` (guard page
 * first, guarded), within its quota. Errors: ERR_QUOTA, ERR_NO_MEMORY. */
static err_t unsafe_stack_alloc(const sip_t *sip, uint64_t *run, uint64_t *run_pages)
{
    uint64_t pages = unsafe_pages_for(sip);
    if (pages * PAGE_SIZE > sip->quota_bytes - sip->heap_bytes)
        return ERR_QUOTA;
    err_t rc = frame_alloc_run(pages + 1, PAGE_SIZE, run);
    if (rc != OK)
        return rc;
    rc = platform_guard(*run, PAGE_SIZE, true);
    if (rc != OK) {
        frame_free_run(*run, pages + 1);
        return rc;
    }
    __builtin_memset((void *)(uintptr_t)(*run + PAGE_SIZE), 0, pages * PAGE_SIZE);
    *run_pages = pages + 1;
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
    sip->heap_bytes += hi - lo;
    sip_region_add(sip, lo, (hi - lo) / PAGE_SIZE, REGION_STACK, true);
    *(uint64_t *)(uintptr_t)(safe_window_top(t) - sizeof(uint64_t)) = hi;
    *(const insula_abi_t **)(uintptr_t)(safe_window_top(t) - 2 * sizeof(uint64_t)) = &kernel_abi;
}

/* Makes a guard page ordinary memory again, before its run is freed. */
static void guard_open(uint64_t page)
{
    err_t rc = platform_guard(page, PAGE_SIZE, false);
    /* Invariant: reopening a page of an existing mapping needs no new table. */
    KASSERT(rc == OK);
}

/* The thread's stacks leave the SIP: forget the regions, open the guard
 * pages, free the unsafe stack (no kernel code ever stands on it). */
static void stack_release(sip_t *sip, thread_t *t)
{
    guard_open(stack_guard(t));
    if (!t->soft_guard_open)
        guard_open(soft_guard(t));
    t->soft_guard_open = false;
    if (t->unsafe_pages == 0)
        return;
    uint64_t lo, hi;
    sip_thread_unsafe_stack(t, &lo, &hi);
    sip_region_forget(sip, lo);
    sip->heap_bytes -= hi - lo;
    guard_open(t->unsafe_base);
    frame_free_run(t->unsafe_base, t->unsafe_pages);
    t->unsafe_pages = 0;
}

/* Creates the thread on a fresh safe-stack window, its guard page guarded
 * (not yet in the SIP). */
static err_t safe_stack_thread(sip_t *sip, thread_t **out)
{
    paddr_t window;
    err_t rc = frame_alloc_run(SAFE_WINDOW_PAGES, ABI_SAFE_STACK_WINDOW, &window);
    if (rc != OK)
        return rc;
    uint64_t top = window + ABI_SAFE_STACK_WINDOW - ABI_SAFE_STACK_SLOT_BYTES;
    rc = platform_guard(window + PAGE_SIZE, 2 * PAGE_SIZE, true);
    if (rc == OK) {
        rc = thread_create_on(sip->name, sip_thread_main, NULL, sip->priority, window,
                              SAFE_WINDOW_PAGES, top, out);
        if (rc != OK) {
            guard_open(window + PAGE_SIZE);
            guard_open(window + 2 * PAGE_SIZE);
        }
    }
    if (rc != OK)
        frame_free_run(window, SAFE_WINDOW_PAGES);
    return rc;
}

err_t sip_thread_start(sip_t *sip, uint64_t entry, uint64_t arg, thread_t **out)
{
    if (sip->thread_count == SIP_MAX_THREADS || sip->region_count + 1 > SIP_MAX_REGIONS)
        return ERR_QUOTA;
    bool enabled = irq_save();    /* the thread must not run before it is set up */
    uint64_t unsafe_run, unsafe_run_pages;
    thread_t *t;
    err_t rc = unsafe_stack_alloc(sip, &unsafe_run, &unsafe_run_pages);
    if (rc == OK) {
        rc = safe_stack_thread(sip, &t);
        if (rc != OK) {
            guard_open(unsafe_run);
            frame_free_run(unsafe_run, unsafe_run_pages);
        }
    }
    if (rc == OK) {
        t->arg = t;
        t->sip = sip;
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

/* Writes abi_start_info_t and the argument string into a page the SIP owns. */
static err_t start_page_create(sip_t *sip, uint64_t *info)
{
    paddr_t page;
    err_t rc = frame_alloc(&page);
    if (rc != OK)
        return rc;
    sip->start_page = page;
    uint8_t *p = (uint8_t *)(uintptr_t)page;
    __builtin_memset(p, 0, PAGE_SIZE);
    abi_start_info_t *si = (abi_start_info_t *)p;
    char *args = (char *)(p + sizeof(*si));
    copy_bounded(args, sip->args, SIP_ARGS_MAX);
    *si = (abi_start_info_t){ .abi_version = INSULA_ABI_VERSION, .args = args,
                              .args_len = length_of(args) };
    *info = page;
    return sip_region_add(sip, page, 1, REGION_START, false);
}

/* The first thread's unsafe stack, for the start info. */
static void start_info_stack(const thread_t *first, uint64_t info)
{
    uint64_t lo, hi;
    sip_thread_unsafe_stack(first, &lo, &hi);
    ((abi_start_info_t *)(uintptr_t)info)->unsafe_stack_top = (void *)(uintptr_t)hi;
}

/* The spawner's endpoints become the new SIP's; their handles go in its start info. */
static void endpoints_hand_over(sip_t *sip, const sip_spawn_request_t *req, uint64_t info)
{
    abi_start_info_t *si = (abi_start_info_t *)(uintptr_t)info;
    for (uint32_t i = 0; i < req->endpoint_count && i < ABI_MAX_INITIAL_ENDPOINTS; i++) {
        uint64_t h;
        if (sip_own_endpoint(sip, req->endpoints[i], &h) == OK)
            si->endpoints[si->endpoint_count++] = h;
    }
}

static void sip_link(sip_t *sip)
{
    sip->next = all_sips;
    all_sips = sip;
    live_sips++;
}

static void sip_unlink_and_free(sip_t *sip)
{
    for (sip_t **link = &all_sips; *link != NULL; link = &(*link)->next) {
        if (*link == sip) {
            *link = sip->next;
            break;
        }
    }
    live_sips--;
    kfree(sip);
}

/* Checks what the manifest asks for against what the spawner grants. */
static err_t manifest_admit(const sip_image_t *img, const sip_spawn_request_t *req)
{
    const sip_manifest_t *m = &img->manifest;
    if (m->heap_bytes > req->quota_bytes) {
        kprintf("loader: %s asks for %llu bytes of memory; its quota is %llu\n", req->image,
                (unsigned long long)m->heap_bytes, (unsigned long long)req->quota_bytes);
        return ERR_QUOTA;
    }
    if (m->caps & ~req->caps) {
        kprintf("loader: %s asks for capabilities %#x; granted %#x\n", req->image, m->caps,
                req->caps);
        return ERR_DENIED;
    }
    return OK;
}

static sip_t *sip_new(const sip_image_t *img, const sip_spawn_request_t *req)
{
    sip_t *sip = kzalloc(sizeof(*sip));
    if (sip == NULL)
        return NULL;
    sip->manifest = img->manifest;
    copy_bounded(sip->name, img->manifest.name, sizeof(sip->name));
    copy_bounded(sip->args, req->args, sizeof(sip->args));
    sip->caps = req->caps & img->manifest.caps;
    sip->priority = req->priority;
    sip->quota_bytes = req->quota_bytes;
    sip->refs = 1;
    return sip;
}

err_t sip_spawn(const sip_spawn_request_t *req, sip_t **out)
{
    const uint8_t *file;
    uint64_t size, info;
    static sip_image_t img;    /* large; spawns are serialized below */
    bool enabled = irq_save();
    err_t rc = boot_module_find(req->image, &file, &size);
    if (rc == OK)
        rc = sip_image_check(req->image, file, size, &img);
    if (rc == OK)
        rc = manifest_admit(&img, req);
    sip_t *sip = rc == OK ? sip_new(&img, req) : NULL;
    if (rc == OK && sip == NULL)
        rc = ERR_NO_MEMORY;
    if (rc == OK)
        rc = sip_image_place(sip, &img, file);
    if (rc == OK)
        rc = start_page_create(sip, &info);
    thread_t *first = NULL;
    if (rc == OK)
        rc = sip_thread_start(sip, sip->entry, info, &first);
    if (rc == OK)
        start_info_stack(first, info);
    if (rc == OK)
        endpoints_hand_over(sip, req, info);
    if (rc != OK && sip != NULL) {
        sip_memory_release(sip);
        kfree(sip);
    }
    if (rc == OK) {
        sip->id = next_sip_id++;
        sip_link(sip);
        *out = sip;
    }
    irq_restore(enabled);
    return rc;
}

/* Drops the references this SIP's handles hold on other SIPs. */
static void handles_release(sip_t *sip)
{
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &sip->handles.slots[i];
        if (s->type == HANDLE_SIP)
            sip_release(s->object);
        *s = (handle_slot_t){ .generation = s->generation + 1 };
    }
    sip->handles.used = 0;
}

/* Ends a running SIP: every thread but the caller's stops, memory returns. */
static void sip_end(sip_t *sip, sip_state_t state, int32_t code, const char *reason)
{
    sip->state = state;
    sip->exit_code = code;
    copy_bounded(sip->reason, reason, sizeof(sip->reason));
    thread_t *self = thread_current();
    for (thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t != self)
            thread_kill_other(t);
        stack_release(sip, t);
    }
    sip->threads = NULL;
    sip->thread_count = 0;
    sip->suspender = NULL;
    sip_channels_release(sip, state == SIP_KILLED ? reason : "the peer SIP exited");
    sip_memory_release(sip);
    handles_release(sip);
    /* A clean exit is not logged: whoever waits reports it, and benchmarks
     * of create/exit must not time the console. */
    if (state == SIP_EXITED && code != 0)
        kprintf("sip %s[%u]: exited with code %d\n", sip->name, sip->id, code);
    else if (state == SIP_KILLED)
        kprintf("sip %s[%u]: killed: %s\n", sip->name, sip->id, reason);
    thread_wake_all(&sip->exit_waiters);
    if (sip->refs == 0)
        sip_unlink_and_free(sip);
}

void sip_exit_current(int32_t code)
{
    irq_save();
    sip_t *sip = sip_current();
    KASSERT(sip != NULL && sip->state == SIP_RUNNING);
    thread_current()->sip = NULL;
    sip_end(sip, SIP_EXITED, code, "");
    thread_exit();
}

/* Unlinks the calling thread from its SIP's list. */
static void thread_detach(sip_t *sip, thread_t *self)
{
    for (thread_t **link = &sip->threads; *link != NULL; link = &(*link)->sip_next) {
        if (*link == self) {
            *link = self->sip_next;
            break;
        }
    }
    sip->thread_count--;
    stack_release(sip, self);
    self->sip = NULL;
    if (sip->suspender == self)
        (void)sip_threads_resume(sip);    /* never leave the others stopped */
}

void sip_thread_exit(void)
{
    irq_save();
    thread_t *self = thread_current();
    sip_t *sip = self->sip;
    KASSERT(sip != NULL);
    thread_detach(sip, self);
    if (sip->thread_count == 0 && sip->state == SIP_RUNNING)
        sip_end(sip, SIP_EXITED, 0, "");
    thread_exit();
}

void sip_kill(sip_t *sip, const char *reason)
{
    bool enabled = irq_save();
    if (sip->state == SIP_RUNNING) {
        thread_t *self = thread_current();
        if (self->sip == sip)
            thread_detach(sip, self);
        sip_end(sip, SIP_KILLED, SIP_EXIT_KILLED, reason);
    }
    irq_restore(enabled);
}

void sip_release(sip_t *sip)
{
    bool enabled = irq_save();
    KASSERT(sip->refs > 0);
    if (--sip->refs == 0 && sip->state != SIP_RUNNING)
        sip_unlink_and_free(sip);
    irq_restore(enabled);
}

err_t sip_wait(sip_t *sip, uint64_t timeout_ns)
{
    bool enabled = irq_save();
    err_t rc = timeout_ns == 0 ? ERR_TIMEOUT : OK;    /* 0: just look */
    uint64_t deadline = timeout_ns == THREAD_FOREVER ? 0 : time_ns_after(timeout_ns);
    while (sip->state == SIP_RUNNING && rc == OK)
        rc = thread_block(&sip->exit_waiters, deadline == 0 ? THREAD_FOREVER
                                                            : time_ns_until(deadline));
    irq_restore(enabled);
    return sip->state == SIP_RUNNING ? ERR_TIMEOUT : OK;
}

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

/*
 * Names the guard page `addr` lies in, when it is one of `sip`'s threads'.
 * The kernel's reserve above the guards counts too: a fault there is an
 * interrupt frame that did not fit (hosted: a signal frame, traps.c).
 */
static const char *guard_hit(const sip_t *sip, uint64_t addr)
{
    for (const thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t->unsafe_pages != 0 && addr - t->unsafe_base < PAGE_SIZE)
            return "unsafe stack overflow";
        if (addr - stack_guard(t) < 2 * PAGE_SIZE + ABI_KERNEL_STACK_RESERVE)
            return "stack overflow";
    }
    return NULL;
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
    const char *guard = f->vector == VEC_PAGE_FAULT ? guard_hit(sip, addr) : NULL;
    unsigned long offset = (unsigned long)(f->rip - sip->image_base);
    if (check != NULL)
        fmt_snprintf(buf, size, "check failed: %s at %s+%#lx", check, sip->name, offset);
    else if (guard != NULL)
        fmt_snprintf(buf, size, "%s (%s) at %s+%#lx", trap_vector_name(f->vector), guard,
                     sip->name, offset);
    else if (f->vector == VEC_PAGE_FAULT)
        fmt_snprintf(buf, size, "%s at %s+%#lx touching %#lx", trap_vector_name(f->vector),
                     sip->name, offset, (unsigned long)addr);
    else
        fmt_snprintf(buf, size, "%s at %s+%#lx", trap_vector_name(f->vector), sip->name, offset);
}

bool sip_kernel_stack_fault(uint64_t fault_addr)
{
    thread_t *t = thread_current();
    if (t->sip == NULL || t->soft_guard_open || fault_addr - soft_guard(t) >= PAGE_SIZE)
        return false;
    guard_open(soft_guard(t));
    t->soft_guard_open = true;
    return true;
}

/* Where the dying thread stands while its SIP is killed: its own safe stack
 * is used up. Interrupts stay off from the switch to thread_exit, and the
 * thread never comes back, so one stack serves every such kill. */
static uint8_t overflow_kill_stack[4 * PAGE_SIZE] __attribute__((aligned(16)));
static uint64_t overflow_rip;

static void overflow_kill(void *unused)
{
    (void)unused;
    sip_t *sip = sip_current();
    char reason[2 * SIP_REASON_MAX];
    fmt_snprintf(reason, sizeof(reason),
                 "%s (stack overflow) at %s+%#lx, kernel code on its safe stack",
                 trap_vector_name(VEC_PAGE_FAULT), sip->name,
                 (unsigned long)(overflow_rip - sip->image_base));
    kprintf("sip %s[%u]: fault: %s\n", sip->name, sip->id, reason);
    sip_kill(sip, reason);
    thread_exit();
}

void sip_interrupt_return(const trap_frame_t *frame)
{
    thread_t *t = thread_current();
    sip_t *sip = t->sip;
    if (sip == NULL || !t->soft_guard_open || frame->rip - sip->image_base >= sip->image_span)
        return;
    overflow_rip = frame->rip;
    stack_call_noreturn((uint64_t)(uintptr_t)(overflow_kill_stack + sizeof(overflow_kill_stack)),
                        overflow_kill, NULL);
}

bool sip_trap(const trap_frame_t *frame, uint64_t fault_addr)
{
    sip_t *sip = sip_current();
    if (sip == NULL || frame->rip < sip->image_base ||
        frame->rip >= sip->image_base + sip->image_span)
        return false;
    char reason[2 * SIP_REASON_MAX];    /* logged whole; sip->reason keeps its start */
    fault_reason(sip, frame, fault_addr, reason, sizeof(reason));
    kprintf("sip %s[%u]: fault: %s\n", sip->name, sip->id, reason);
    trap_report(frame, fault_addr);
    platform_interrupts_abandoned();
    sip_kill(sip, reason);
    thread_exit();
}
