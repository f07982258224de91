/*
 * frame.h — the physical frame allocator.
 *
 * Two zones over the usable ranges (as in the Escape seed):
 *   - the run zone, the lowest usable frames up to a share of all memory,
 *     managed by a bitmap and searched for contiguous, aligned runs;
 *   - the stack zone, everything above, a stack of free frame numbers
 *     (push/pop, O(1)) for single frames.
 * A single-frame request falls back to the run zone when the stack is empty.
 * A `free` bitmap over every managed frame records which frames are free in
 * either zone and a `usable` bitmap which frames exist, so a double free or a
 * free of a frame that was never handed out is caught, not absorbed.
 *
 * Metadata (both bitmaps and the stack) is carved out of the usable memory
 * itself at init. Frames are physical addresses; the core is identity-mapped.
 *
 * Locking: callers hold interrupts off (irq_save) around each call; the
 * global wrappers in frame.c do that themselves.
 */
#ifndef INSULA_FRAME_H
#define INSULA_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "memmap.h"

typedef uint64_t paddr_t;

typedef struct {
    uint64_t first;          /* frame number of the lowest managed frame */
    uint64_t span;           /* frames from `first` to the highest usable one */
    uint64_t *free_bits;     /* bit i: frame first+i is free */
    uint64_t *usable_bits;   /* bit i: frame first+i is usable memory */
    uint32_t *stack;         /* free stack-zone frame numbers (relative to first) */
    uint64_t stack_top;
    uint64_t run_end;        /* relative frame numbers below this form the run zone */
    uint64_t run_hint;       /* where the next run search starts */
    uint64_t free_count;
    uint64_t usable_count;   /* usable frames not used for metadata */
} frame_pool_t;

/*
 * Builds `pool` over `ranges` (sorted, disjoint, page aligned). `run_share`
 * is the run zone's share of usable frames in percent (0..100).
 * Errors: ERR_NO_MEMORY (no range can hold the metadata), ERR_RANGE (more
 * than 2^32 frames), ERR_INVALID (no usable memory).
 */
err_t frame_pool_init(frame_pool_t *pool, const range_t *ranges, size_t count,
                      unsigned run_share);

/* Errors: ERR_NO_MEMORY. */
err_t frame_pool_alloc(frame_pool_t *pool, paddr_t *out);

/*
 * Allocates `count` contiguous frames whose first address is a multiple of
 * `align` bytes (a power of two >= PAGE_SIZE).
 * Errors: ERR_INVALID (count 0, bad align), ERR_NO_MEMORY.
 */
err_t frame_pool_alloc_run(frame_pool_t *pool, size_t count, uint64_t align, paddr_t *out);

/* Errors: ERR_ALIGN, ERR_RANGE (not a usable frame), ERR_BUSY (already free). */
err_t frame_pool_free(frame_pool_t *pool, paddr_t frame);

bool frame_pool_is_free(const frame_pool_t *pool, paddr_t frame);

/* The kernel's pool, set up once by frame_init(). */
err_t frame_init(const range_t *ranges, size_t count);
err_t frame_alloc(paddr_t *out);
err_t frame_alloc_run(size_t count, uint64_t align, paddr_t *out);
/* Frees one frame; a bad free is kernel corruption and panics. */
void frame_free(paddr_t frame);
void frame_free_run(paddr_t first, size_t count);
/* Free frames, those kept for reuse (below) included. */
uint64_t frame_free_count(void);
/* The same once the kept frames are given back: what self-tests compare
 * across a SIP's life (a kept stack's guard pages hold a page table on pc,
 * which frame_free_count does not see). */
uint64_t frame_free_settled(void);
uint64_t frame_usable_count(void);
frame_pool_t *frame_kernel_pool(void);

/* Frames the SIP layer keeps for reuse (kernel/sip_pools.c): how many, and
 * giving them all back (called with interrupts off when an allocation
 * would fail). */
uint64_t frame_kept_count(void);
void frame_kept_release(void);

#endif
