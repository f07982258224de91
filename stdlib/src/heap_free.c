/*
 * heap_free.c — the free lists the collector's sweep builds and the
 * allocator takes blocks from (heap_internal.h).
 *
 * One list per size class: exact sizes 16, 32, ... 256 bytes, then one
 * class per power of two. A list links free blocks by their headers'
 * addresses, kept in the first word of each block's payload. A block taken
 * is split: a filler before it if the object needs a stricter alignment,
 * a new free block after it if at least 32 bytes remain (else the object
 * keeps them). Heap lock held throughout.
 */
#include "heap_internal.h"

#define heap __insula_heap
#define FREE_SCAN_MAX 16    /* blocks looked at per class before moving up */

static uint32_t free_class(uint64_t size)
{
    if (size <= HEAP_EXACT_CLASSES * HEAP_GRAIN)
        return (uint32_t)(size / HEAP_GRAIN) - 1;
    uint32_t c = HEAP_EXACT_CLASSES;
    for (uint64_t s = size / (HEAP_EXACT_CLASSES * HEAP_GRAIN); s > 1 && c + 1 < HEAP_CLASSES; s /= 2)
        c++;
    return c;
}

void __insula_heap_free_reset(void)
{
    for (uint32_t i = 0; i < HEAP_CLASSES; i++)
        heap.free[i] = 0;
}

static uintptr_t *free_next(uintptr_t header)
{
    return (uintptr_t *)(header + HEAP_BLOCK_HEADER);
}

void __insula_heap_free_push(heap_chunk_t *c, uint64_t off)
{
    uintptr_t h = (uintptr_t)c + off;
    uint32_t k = free_class(heap_header_at(c, off)->size);
    *free_next(h) = heap.free[k];
    heap.free[k] = h;
}

/* The chunk holding header h (h was put on a list from a sound chunk). */
static heap_chunk_t *free_chunk_of(uintptr_t h)
{
    return __insula_heap_chunk_of(h);
}

/* Carves the object out of the free block h (already unlinked). */
static void *free_carve(uintptr_t h, uint64_t gap, uint64_t payload)
{
    heap_chunk_t *c = free_chunk_of(h);
    if (c == NULL)
        return NULL;
    uint64_t off = h - (uintptr_t)c;
    uint64_t total = HEAP_BLOCK_HEADER + heap_header_at(c, off)->size;
    uint64_t rest = total - gap - HEAP_BLOCK_HEADER - payload;
    if (rest < 2 * HEAP_GRAIN) {
        payload += rest;
        rest = 0;
    }
    if (gap > 0)
        __insula_heap_block_init(c, off, HEAP_BLOCK_FILLER, gap - HEAP_BLOCK_HEADER);
    __insula_heap_block_init(c, off + gap, HEAP_BLOCK_OBJECT, payload);
    if (rest > 0) {
        uint64_t at = off + gap + HEAP_BLOCK_HEADER + payload;
        __insula_heap_block_init(c, at, HEAP_BLOCK_FREE, rest - HEAP_BLOCK_HEADER);
        __insula_heap_free_push(c, at);
    }
    return (void *)(h + gap + HEAP_BLOCK_HEADER);
}

#define FREE_NO_FIT UINT64_MAX
#define FREE_DAMAGED (UINT64_MAX - 1)

/* The gap before the object if block h holds it, FREE_NO_FIT if it does
   not fit, FREE_DAMAGED if h is no free block. */
static uint64_t free_fit(uintptr_t h, uint64_t payload, uint64_t align)
{
    const heap_header_t *hd = (const heap_header_t *)h;
    if (hd->magic != HEAP_BLOCK_MAGIC || hd->kind != HEAP_BLOCK_FREE)
        return FREE_DAMAGED;
    uint64_t object = h + HEAP_BLOCK_HEADER;
    uint64_t gap = ((object + align - 1) & ~(align - 1)) - object;
    if (gap + payload > hd->size)
        return FREE_NO_FIT;
    return gap;
}

void *__insula_heap_free_take(uint64_t payload, uint64_t align)
{
    for (uint32_t k = free_class(payload); k < HEAP_CLASSES; k++) {
        uintptr_t *link = &heap.free[k];
        for (int seen = 0; *link != 0 && seen < FREE_SCAN_MAX; seen++) {
            uintptr_t h = *link;
            uint64_t gap = free_fit(h, payload, align);
            if (gap == FREE_DAMAGED)
                return NULL;    /* never follow a damaged list */
            if (gap != FREE_NO_FIT) {
                *link = *free_next(h);
                return free_carve(h, gap, payload);
            }
            link = free_next(h);
        }
    }
    return NULL;
}
