/*
 * space.c — address spaces of their own for SIPs (domain mode; see
 * platform.h and docs/modes.md).
 *
 * The kernel's space (`shared`) maps everything except what SIPs with a
 * space of their own own. Such a SIP's space starts as a copy of the
 * kernel's (vm_space_clone) and keeps, in addition, the pages that SIP takes
 * (platform_space_take unmaps them from every other space). So the kernel,
 * the exchange heap, every thread's safe-stack window, free frames and
 * devices are mapped in every space at the same addresses, and a SIP's
 * image, start page, heap pages and unsafe stacks in its own only.
 * Everything that changes the shared part (guard pages, page rights, device
 * mappings, pages given back) goes to every space (space_map_all & co).
 *
 * TLB: without PCID every CR3 load flushes the TLB. With PCID each space has
 * its own tag and a load keeps the tag's entries unless the space changed
 * while it was not loaded (`stale`), or its tag was used before. On a CPU
 * without PCID (QEMU 7.2's TCG has none) the tags are still assigned and
 * announced to the cost model (costmodel_mark_cr3, before every load), so a
 * TLB model can show what PCID would keep; the CPU itself flushes at every
 * load.
 *
 * Locking: single CPU; called with interrupts off (spawn, switch, exit) or
 * at boot.
 */
#include "platform.h"

#include "console.h"
#include "costmodel.h"
#include "cpu.h"
#include "heap.h"
#include "kernel.h"
#include "panic.h"
#include "pc.h"
#include "vm.h"

#define CR4_PCIDE (1ull << 17)
#define CPUID1_ECX_PCID (1u << 17)
#define CR3_NO_FLUSH (1ull << 63)
#define PCID_COUNT 4096

struct platform_space {
    vm_space_t *vm;
    vm_space_t own;                  /* the tables, for every space but the kernel's */
    uint16_t pcid;
    bool ring3;                      /* its SIP runs in ring 3: what it owns is user */
    bool stale;                      /* changed while not loaded: flush when loaded */
    struct platform_space *next;
};

static platform_space_t shared;
static platform_space_t *spaces = &shared;    /* shared first, then the SIPs' */
static platform_space_t *loaded = &shared;
static bool pcid_tags;    /* each space has a PCID tag (in CR3, or in the cost-model marks only) */
static bool pcid_cpu;     /* the CPU uses them (CR4.PCIDE) */
static uint64_t pcid_used[PCID_COUNT / 64];

static bool spaces_wanted(void)
{
    prot_mode_t mode = kernel_options()->mode;
    return mode == PROT_DOMAIN || mode == PROT_RING3 || mode == PROT_MICRO;
}

static bool ring3_wanted(void)
{
    prot_mode_t mode = kernel_options()->mode;
    return mode == PROT_RING3 || mode == PROT_MICRO;
}

static const char *pcid_enable(void)
{
    if (!spaces_wanted())
        return "off (one address space)";
    if (kernel_options()->pcid_off)
        return "off (insula.pcid=off)";
    pcid_tags = true;
    pcid_used[0] = 1;    /* tag 0: the kernel's space */
    if (!(cpuid(1, 0).ecx & CPUID1_ECX_PCID))
        return "not in this CPU: tags in the cost-model marks only, every load flushes";
    write_cr4(read_cr4() | CR4_PCIDE);    /* CR3's low 12 bits are 0: allowed */
    pcid_cpu = true;
    return "on";
}

void space_init(vm_space_t *kernel_space)
{
    shared.vm = kernel_space;
    const char *pcid = pcid_enable();
    if (spaces_wanted())    /* domain too: `space = ring3` (ABI_SPAWN_RING3) */
        ring3_init();
    if (spaces_wanted())
        kprintf("paging: address spaces of their own for %s SIPs%s; PCID %s\n",
                kernel_options()->mode == PROT_MICRO ? "all" : "chosen",
                ring3_wanted() ? ", in ring 3" : "", pcid);
}

vm_space_t *space_tables(platform_space_t *space)
{
    return space != NULL ? space->vm : shared.vm;
}

static void mark_changed(platform_space_t *s)
{
    if (s != loaded)
        s->stale = true;
}

err_t space_map_all(uintptr_t va, paddr_t pa, size_t size, unsigned flags)
{
    for (platform_space_t *s = spaces; s != NULL; s = s->next) {
        err_t rc = vm_map(s->vm, va, pa, size, flags);
        if (rc != OK)
            return rc;
        mark_changed(s);
    }
    return OK;
}

err_t space_unmap_all(uintptr_t va, size_t size)
{
    for (platform_space_t *s = spaces; s != NULL; s = s->next) {
        err_t rc = vm_unmap(s->vm, va, size);
        if (rc != OK)
            return rc;
        mark_changed(s);
    }
    return OK;
}

/* New rights for the pages of [va, va+size) in every space that maps them
   (a SIP's own pages stay in its space alone). */
err_t space_protect_mapped(uintptr_t va, size_t size, unsigned flags)
{
    for (platform_space_t *s = spaces; s != NULL; s = s->next) {
        for (uintptr_t p = va; p < va + size; p += PAGE_SIZE) {
            paddr_t pa;
            unsigned old;
            uint64_t page;
            if (vm_translate(s->vm, p, &pa, &old, &page) != OK)
                continue;
            err_t rc = vm_map(s->vm, p, pa, PAGE_SIZE, flags);
            if (rc != OK)
                return rc;
            mark_changed(s);
        }
    }
    return OK;
}

static uint16_t pcid_take(void)
{
    for (unsigned i = 1; pcid_tags && i < PCID_COUNT; i++) {
        if (!(pcid_used[i / 64] & (1ull << (i % 64)))) {
            pcid_used[i / 64] |= 1ull << (i % 64);
            return (uint16_t)i;
        }
    }
    return 0;
}

err_t platform_space_create(platform_space_t **out, bool ring3)
{
    if (!spaces_wanted())    /* ring 3 in domain mode too: `space = ring3` */
        return ERR_UNSUPPORTED;
    platform_space_t *s = kzalloc(sizeof(*s));
    if (s == NULL)
        return ERR_NO_MEMORY;
    if (vm_space_clone(&s->own, shared.vm) != OK) {
        kfree(s);
        return ERR_NO_MEMORY;
    }
    s->vm = &s->own;
    s->ring3 = ring3;
    if (ring3 && ring3_space_prepare(s->vm) != OK) {
        vm_space_free(&s->own);
        kfree(s);
        return ERR_NO_MEMORY;
    }
    s->pcid = pcid_take();
    if (pcid_tags && s->pcid == 0) {    /* every tag in use */
        vm_space_free(&s->own);
        kfree(s);
        return ERR_NO_MEMORY;
    }
    s->stale = true;    /* its tag may hold another space's entries */
    s->next = shared.next;
    shared.next = s;
    *out = s;
    return OK;
}

void platform_space_enter(platform_space_t *space)
{
    platform_space_t *s = space != NULL ? space : &shared;
    if (s == loaded)
        return;
    uint64_t plain = (uint64_t)(uintptr_t)s->vm->pml4;
    uint64_t tagged = pcid_tags ? plain | s->pcid | (s->stale ? 0 : CR3_NO_FLUSH) : plain;
    s->stale = false;
    loaded = s;
    costmodel_mark_cr3(pcid_tags ? s->pcid : 0, (tagged & CR3_NO_FLUSH) != 0);
    write_cr3_unannounced(pcid_cpu ? tagged : plain);
}

void platform_space_destroy(platform_space_t *space)
{
    if (loaded == space)
        platform_space_enter(NULL);
    for (platform_space_t **link = &shared.next; *link != NULL; link = &(*link)->next) {
        if (*link == space) {
            *link = space->next;
            break;
        }
    }
    if (space->pcid != 0)
        pcid_used[space->pcid / 64] &= ~(1ull << (space->pcid % 64));
    vm_space_free(&space->own);
    kfree(space);
}

void platform_space_take(platform_space_t *space, uint64_t addr, uint64_t len)
{
    platform_space_user(space, addr, len, true);
    for (platform_space_t *s = spaces; s != NULL; s = s->next) {
        if (s == space)
            continue;
        err_t rc = vm_unmap(s->vm, addr, len);
        /* Invariant: spaces use 4 KiB pages, so unmapping never splits a table. */
        KASSERT(rc == OK);
        mark_changed(s);
    }
}

void platform_space_give_back(platform_space_t *space, uint64_t addr, uint64_t len)
{
    (void)space;    /* its own space too: no user bit may stay on a free frame */
    for (platform_space_t *s = spaces; s != NULL; s = s->next) {
        err_t rc = vm_map(s->vm, addr, addr, len, VM_WRITE | VM_SMALL);
        /* Invariant: the page was mapped here before it was taken: its tables exist. */
        KASSERT(rc == OK);
        mark_changed(s);
    }
}

void platform_space_user(platform_space_t *space, uint64_t addr, uint64_t len, bool user)
{
    if (space == NULL || !space->ring3)
        return;
    vm_set_user(space->vm, addr, len, user);
    mark_changed(space);
}

void platform_switch_to(platform_space_t *space, uint64_t kernel_stack_top)
{
    if (kernel_stack_top != 0)
        ring3_kernel_stack_set(kernel_stack_top);
    platform_space_enter(space);
}
