/*
 * exheap.c — exchange-heap blocks: fresh, zeroed pages with one owner.
 * Ownership bookkeeping (regions, quotas, handles) lives in abi_channel.c.
 */
#include "channel.h"

#include "frame.h"
#include "heap.h"
#include "platform.h"

#include <stddef.h>

err_t xblock_create(uint64_t size, xblock_t **out)
{
    if (size == 0)
        return ERR_INVALID;
    if (size > XBLOCK_MAX_BYTES)
        return ERR_RANGE;
    xblock_t *b = kzalloc(sizeof(*b));
    if (b == NULL)
        return ERR_NO_MEMORY;
    b->size = size;
    b->pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
    if (frame_alloc_run(b->pages, PAGE_SIZE, &b->base) != OK) {
        kfree(b);
        return ERR_NO_MEMORY;
    }
    uint64_t *p = (uint64_t *)(uintptr_t)b->base;
    for (uint64_t i = 0; i < b->pages * PAGE_SIZE / sizeof(uint64_t); i++)
        p[i] = 0;
    *out = b;
    return OK;
}

void xblock_destroy(xblock_t *b)
{
    sip_charge_drop(&b->flight);    /* destroyed in flight: its sender is paid back */
    frame_free_run(b->base, b->pages);
    kfree(b);
}
