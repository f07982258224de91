/*
 * frame.c — the kernel's one frame pool, with interrupts masked per call.
 *
 * Frames the SIP layer keeps for reuse (spare images, pooled stacks:
 * frame_kept_*, kernel/sip_pools.c) count as free, and an allocation that
 * would fail first has them given back.
 */
#include "frame.h"

#include "panic.h"
#include "platform.h"

/* Percentage of usable frames kept in the bitmap-managed run zone: most
 * of what a SIP takes comes in runs (its image, its stack windows, its
 * heap pages, its kernel objects), single frames fall back to it too. */
#define RUN_ZONE_SHARE 90

static frame_pool_t kernel_pool;

err_t frame_init(const range_t *ranges, size_t count)
{
    return frame_pool_init(&kernel_pool, ranges, count, RUN_ZONE_SHARE);
}

err_t frame_alloc(paddr_t *out)
{
    bool enabled = irq_save();
    err_t rc = frame_pool_alloc(&kernel_pool, out);
    if (rc == ERR_NO_MEMORY && frame_kept_count() != 0) {
        frame_kept_release();
        rc = frame_pool_alloc(&kernel_pool, out);
    }
    irq_restore(enabled);
    if (rc == ERR_CORRUPT)
        panic("frame: free stack holds a frame the bitmap says is in use");
    return rc;
}

err_t frame_alloc_run(size_t count, uint64_t align, paddr_t *out)
{
    bool enabled = irq_save();
    err_t rc = frame_pool_alloc_run(&kernel_pool, count, align, out);
    if (rc == ERR_NO_MEMORY && frame_kept_count() != 0) {
        frame_kept_release();
        rc = frame_pool_alloc_run(&kernel_pool, count, align, out);
    }
    irq_restore(enabled);
    return rc;
}

void frame_free(paddr_t frame)
{
    bool enabled = irq_save();
    err_t rc = frame_pool_free(&kernel_pool, frame);
    irq_restore(enabled);
    if (rc != OK)
        panic("frame: bad free of %#lx: %s", (unsigned long)frame, err_name(rc));
}

void frame_free_run(paddr_t first, size_t count)
{
    for (size_t i = 0; i < count; i++)
        frame_free(first + i * PAGE_SIZE);
}

uint64_t frame_free_count(void)
{
    return kernel_pool.free_count + frame_kept_count();
}

uint64_t frame_free_settled(void)
{
    bool enabled = irq_save();
    frame_kept_release();
    uint64_t n = frame_free_count();
    irq_restore(enabled);
    return n;
}

uint64_t frame_usable_count(void)
{
    return kernel_pool.usable_count;
}

frame_pool_t *frame_kernel_pool(void)
{
    return &kernel_pool;
}
