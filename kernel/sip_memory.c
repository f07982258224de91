/*
 * sip_memory.c — what a SIP owns and its page manager (the charges go
 * through sip_account.c).
 *
 * Regions are kept in an unsorted array (at most SIP_MAX_REGIONS). The
 * ownership check (sip_owns, on every buffer of every ABI call) costs O(1)
 * when the caller checks its own buffers, as the channel entries do: first
 * the calling thread's unsafe stack (where a SIP's locals whose address is
 * taken live), then the region where the thread's last buffer was found;
 * only a miss of both scans the array. Pages handed out are fresh frames,
 * zeroed, never shared.
 *
 * Invariant: a free frame is always readable and writable (never executable)
 * where the platform has page rights, so handing one out needs no change of
 * rights; only what the loader restricted (code, read-only data, RELRO) is
 * given back its rights before its frames are freed.
 */
#include "sip.h"

#include "frame.h"
#include "panic.h"
#include "platform.h"
#include "thread.h"

#include <stddef.h>

#define MAX_PAGES_PER_CALL (1u << 20)

/* Does region `r` hold [addr, addr + len)? (The caller checked the wrap.) */
static bool region_holds(const sip_region_t *r, uint64_t addr, uint64_t len)
{
    return addr >= r->start && addr + len <= r->start + r->pages * PAGE_SIZE;
}

/*
 * Is [addr, addr + len) on thread `t`'s unsafe stack, and `t` one of
 * `sip`'s threads?
 * Invariant: while a SIP thread has an unsafe stack (unsafe_pages != 0),
 * that stack is one of its SIP's writable REGION_STACK regions
 * (sip_thread.c adds the region with the stack and forgets it before the
 * stack is freed; sip_memory_release keeps stack regions).
 */
static bool on_own_stack(const sip_t *sip, const thread_t *t, uint64_t addr, uint64_t len)
{
    if (t == NULL || t->sip != sip || t->unsafe_pages == 0)
        return false;
    uint64_t lo = t->unsafe_base + PAGE_SIZE;
    return addr >= lo && addr + len <= t->unsafe_base + t->unsafe_pages * PAGE_SIZE;
}

/* The index of the region of `sip` that holds the range, or region_count:
 * first the one `t` (when it is `sip`'s) last found, then a scan. */
static uint32_t region_find(const sip_t *sip, const thread_t *t, uint64_t addr, uint64_t len)
{
    bool mine = t != NULL && t->sip == sip;
    if (mine && t->region_hint < sip->region_count &&
        region_holds(&sip->regions[t->region_hint], addr, len))
        return t->region_hint;
    for (uint32_t i = 0; i < sip->region_count; i++) {
        if (region_holds(&sip->regions[i], addr, len))
            return i;
    }
    return sip->region_count;
}

/* sip_owns past its fast path (kept out of line so that the fast path
 * inlines into the ABI entries). */
__attribute__((noinline)) static bool owns_by_region(const sip_t *sip, thread_t *t,
                                                     uint64_t addr, uint64_t len, bool write)
{
    uint32_t i = region_find(sip, t, addr, len);
    if (i == sip->region_count)
        return false;
    if (t != NULL && t->sip == sip)
        t->region_hint = i;    /* a hint only: region_find checks it again */
    return sip->regions[i].writable || !write;
}

__attribute__((always_inline)) bool sip_owns_as(const sip_t *sip, thread_t *t, uint64_t addr,
                                                uint64_t len, bool write)
{
    if (len == 0)
        return true;    /* nothing is read or written (e.g. an empty message) */
    if (addr + len < addr)
        return false;
    if (on_own_stack(sip, t, addr, len))
        return true;    /* stacks are writable */
    return owns_by_region(sip, t, addr, len, write);
}

__attribute__((always_inline)) bool sip_owns(const sip_t *sip, uint64_t addr, uint64_t len, bool write)
{
    return sip_owns_as(sip, thread_current(), addr, len, write);
}

err_t sip_region_add(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind,
                     bool writable)
{
    if (sip->region_count == SIP_MAX_REGIONS)
        return ERR_QUOTA;
    sip->regions[sip->region_count++] = (sip_region_t){ start, pages, kind, writable };
    sip_space_region_added(sip, start, pages, kind);
    return OK;
}

static void region_drop(sip_t *sip, uint32_t i)
{
    sip->regions[i] = sip->regions[--sip->region_count];
}

void sip_region_forget(sip_t *sip, uint64_t start)
{
    for (uint32_t i = 0; i < sip->region_count; i++) {
        if (sip->regions[i].start == start) {
            sip_space_region_removed(sip, start, sip->regions[i].pages, sip->regions[i].kind);
            region_drop(sip, i);
            return;
        }
    }
}

static void zero_pages(uint64_t start, uint64_t count)
{
    __builtin_memset((void *)(uintptr_t)start, 0, count * PAGE_SIZE);
}

err_t sip_pages_alloc(sip_t *sip, uint64_t count, uint64_t *out)
{
    if (count == 0 || count > MAX_PAGES_PER_CALL)
        return ERR_INVALID;
    err_t rc = sip_reserve(sip, (sip_need_t){ .bytes = count * PAGE_SIZE, .regions = 1 });
    if (rc != OK)
        return rc;
    paddr_t first;
    rc = frame_alloc_run(count, PAGE_SIZE, &first);
    if (rc != OK)
        return rc;
    zero_pages(first, count);
    rc = sip_region_add(sip, first, count, REGION_HEAP, true);
    /* Invariant: the region slot was reserved. */
    KASSERT(rc == OK);
    sip_charge(sip, count * PAGE_SIZE);
    *out = first;
    return OK;
}

err_t sip_pages_free(sip_t *sip, uint64_t start, uint64_t count)
{
    for (uint32_t i = 0; i < sip->region_count; i++) {
        sip_region_t *r = &sip->regions[i];
        if (r->kind != REGION_HEAP || r->start != start || r->pages != count)
            continue;
        region_drop(sip, i);
        sip_uncharge(sip, count * PAGE_SIZE);
        sip_space_give_back(sip, start, count);
        frame_free_run(start, count);
        return OK;
    }
    return ERR_INVALID;
}

static void pages_return(sip_t *sip, uint64_t start, uint64_t pages)
{
    sip_space_give_back(sip, start, pages);
    frame_free_run(start, pages);
}

/* Gives the image's non-writable segments back their read+write rights. */
static void image_unprotect(const sip_t *sip)
{
    for (uint32_t i = 0; i < sip->region_count; i++) {
        const sip_region_t *r = &sip->regions[i];
        if (r->kind == REGION_IMAGE && !r->writable)
            platform_protect(r->start, r->pages * PAGE_SIZE, PROTECT_READ | PROTECT_WRITE);
    }
    /* RELRO lies inside a writable segment but was made read-only. */
    if (sip->relro_end > sip->relro_start)
        platform_protect(sip->relro_start, sip->relro_end - sip->relro_start,
                         PROTECT_READ | PROTECT_WRITE);
}

void sip_memory_release(sip_t *sip)
{
    bool image_kept = sip_image_spare_keep(sip);
    if (!image_kept)
        image_unprotect(sip);
    for (uint32_t i = sip->region_count; i-- > 0;) {
        sip_region_t r = sip->regions[i];
        if (r.kind == REGION_STACK || r.kind == REGION_XBLOCK)
            continue;    /* freed with their thread / with their handle */
        region_drop(sip, i);
        if (r.kind == REGION_HEAP) {
            sip_uncharge(sip, r.pages * PAGE_SIZE);
            pages_return(sip, r.start, r.pages);
        }
    }
    if (sip->image_span != 0 && !image_kept)
        pages_return(sip, sip->image_base, sip->image_span / PAGE_SIZE);
    if (sip->start_page != 0)
        pages_return(sip, sip->start_page, 1);
    sip->image_span = sip->start_page = 0;
    sip->relro_start = sip->relro_end = 0;
}
