/*
 * sip_memory.c — what a SIP owns and its page manager (the charges go
 * through sip_account.c).
 *
 * Regions are kept in an unsorted array (at most SIP_MAX_REGIONS); the
 * ownership check is a linear scan, cheap for the handful of regions a SIP
 * has. Pages handed out are fresh frames, zeroed, never shared.
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

#include <stddef.h>

#define MAX_PAGES_PER_CALL (1u << 20)

bool sip_owns(const sip_t *sip, uint64_t addr, uint64_t len, bool write)
{
    if (len == 0)
        return true;    /* nothing is read or written (e.g. an empty message) */
    if (addr + len < addr)
        return false;
    for (uint32_t i = 0; i < sip->region_count; i++) {
        const sip_region_t *r = &sip->regions[i];
        uint64_t end = r->start + r->pages * PAGE_SIZE;
        if (addr >= r->start && addr + len <= end)
            return r->writable || !write;
    }
    return false;
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
    if (sip->image_span != 0)
        pages_return(sip, sip->image_base, sip->image_span / PAGE_SIZE);
    if (sip->start_page != 0)
        pages_return(sip, sip->start_page, 1);
    sip->image_span = sip->start_page = 0;
    sip->relro_start = sip->relro_end = 0;
}
