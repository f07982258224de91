/*
 * heap_internal.h — the heap's layout, for heap.c, heap_free.c,
 * heap_walk.c, heap_gc.c and the host tests. Nothing here is visible to
 * SIP code.
 *
 * Layout. The heap is a list of chunks; a chunk is a run of pages from the
 * ABI's page_alloc, starting with a heap_chunk_t and its start bitmap (one
 * bit per 16-byte grain of the chunk, set where a block header is). Blocks
 * follow, packed from chunk->first up to chunk->top: each block is a
 * heap_header_t followed by `size` payload bytes (a multiple of 16). A
 * block is an object (payload handed out by new()), a filler (padding that
 * puts the next object on a stricter alignment, or a run too small to
 * reuse) or a free block (reclaimed by the collector, on a free list).
 * So every object can be enumerated, and any address inside a chunk is
 * mapped to its block through the bitmap: what the collector needs.
 */
#ifndef INSULA_STDLIB_HEAP_INTERNAL_H
#define INSULA_STDLIB_HEAP_INTERNAL_H

#include "insula/heap.h"
#include "internal.h"

#include <stdint.h>

#define HEAP_PAGE 4096u
#define HEAP_GRAIN 16u                 /* object alignment and size unit */
#define HEAP_CHUNK_PAGES 16u           /* pages asked for when the heap grows */
/* The first chunk is small: a SIP that allocates little (its argument
   string) gets one zeroed page from the kernel, not 64 KiB. */
#define HEAP_FIRST_CHUNK_PAGES 1u
#define HEAP_CHUNK_MAGIC 0x4b4e4843u   /* "CHNK" */
#define HEAP_BLOCK_MAGIC 0x4f42u       /* "BO" */
/* Bitmap bytes per chunk page: 4096 / 16 grains, one bit each. */
#define HEAP_BITMAP_BYTES_PER_PAGE (HEAP_PAGE / HEAP_GRAIN / 8u)
/* Free-list classes: exact sizes 16..256, then one per power of two. */
#define HEAP_EXACT_CLASSES 16u
#define HEAP_CLASSES 40u
/* A collection is due when the heap would grow and this much (or the live
   bytes after the last collection, if more) was allocated since the last. */
#define HEAP_GC_MIN_BYTES (64u * 1024)

enum {
    HEAP_BLOCK_OBJECT = 1,
    HEAP_BLOCK_FILLER = 2,
    HEAP_BLOCK_FREE = 3,
};

enum {
    HEAP_FLAG_MARK = 1u << 0,          /* reached in the current collection */
};

typedef struct heap_chunk {
    uint32_t magic;                /* HEAP_CHUNK_MAGIC */
    uint32_t reserved;
    struct heap_chunk *next;       /* list, guarded by the heap lock */
    uint64_t pages;                /* size of the chunk in pages */
    uint64_t top;                  /* offset of the first unused byte */
    uint64_t first;                /* offset of the first block (after the bitmap) */
    uint64_t reserved2;
    /* then the start bitmap: pages * HEAP_BITMAP_BYTES_PER_PAGE bytes */
} heap_chunk_t;

typedef struct {
    uint16_t magic;                /* HEAP_BLOCK_MAGIC */
    uint8_t kind;                  /* HEAP_BLOCK_* */
    uint8_t flags;                 /* HEAP_FLAG_* */
    uint32_t reserved;
    uint64_t size;                 /* payload bytes after this header */
} heap_header_t;

#define HEAP_CHUNK_HEADER ((uint64_t)sizeof(heap_chunk_t))
#define HEAP_BLOCK_HEADER ((uint64_t)sizeof(heap_header_t))

_Static_assert(sizeof(heap_chunk_t) == 48, "chunk header keeps blocks 16-aligned");
_Static_assert(sizeof(heap_header_t) == HEAP_GRAIN, "block header is one grain");

/* The heap's state (heap.c), guarded by `lock`. */
typedef struct {
    __insula_lock_t lock;
    heap_chunk_t *chunks;          /* the chunk allocations bump in first is the head */
    uintptr_t free[HEAP_CLASSES];  /* free-list heads: block headers, linked through
                                      the first payload word */
    heap_stats_t stats;
    uint64_t allocated_since_gc;   /* payload bytes handed out since the last collection */
    uint64_t live_after_gc;        /* bytes_in_use after the last collection */
    err_t last_error;
    bool collecting;
} heap_state_t;

extern heap_state_t __insula_heap;

/* The list of chunks, newest first (heap.c). Heap lock held by the caller. */
heap_chunk_t *__insula_heap_chunks(void);
void __insula_heap_lock(void);
void __insula_heap_unlock(void);

/* Records why an allocation was refused, for heap_last_error(). */
void __insula_heap_refuse(err_t rc);

/* The header at offset `off` of chunk c, and the payload after it. */
static inline heap_header_t *heap_header_at(const heap_chunk_t *c, uint64_t off)
{
    return (heap_header_t *)((uintptr_t)c + off);
}

/* The start bitmap of chunk c: bit i is set when a block header is at offset 16 * i. */
static inline uint64_t *heap_starts(const heap_chunk_t *c)
{
    return (uint64_t *)((uintptr_t)c + HEAP_CHUNK_HEADER);
}

static inline void heap_start_set(heap_chunk_t *c, uint64_t off)
{
    uint64_t g = off / HEAP_GRAIN;
    heap_starts(c)[g / 64] |= (uint64_t)1 << (g % 64);
}

static inline void heap_start_clear(heap_chunk_t *c, uint64_t off)
{
    uint64_t g = off / HEAP_GRAIN;
    heap_starts(c)[g / 64] &= ~((uint64_t)1 << (g % 64));
}

/* Writes a block header at offset `off` of c and marks it in the bitmap. */
void __insula_heap_block_init(heap_chunk_t *c, uint64_t off, uint8_t kind, uint64_t size);

/* ---- free lists (heap_free.c); heap lock held ---- */

/* Empties every free list (before a sweep rebuilds them). */
void __insula_heap_free_reset(void);
/* Puts the free block at offset `off` of c (already initialized) on its list. */
void __insula_heap_free_push(heap_chunk_t *c, uint64_t off);
/* A free block turned into an object of `payload` bytes aligned to `align`,
   or NULL when no free block fits. */
void *__insula_heap_free_take(uint64_t payload, uint64_t align);

/* ---- enumeration and lookup (heap_walk.c) ---- */

/* Called for every object: its payload and its size in bytes. */
typedef void (*__insula_heap_visit_t)(void *ctx, void *object, size_t size);

/*
 * Calls visit for every object of every chunk, under the heap lock (visit
 * must not allocate). Errors: ERR_CORRUPT (a chunk or block header failed
 * its checks; the walk stops there).
 */
err_t __insula_heap_walk(__insula_heap_visit_t visit, void *ctx);

/* The header of the block of chunk c that contains address a (a inside
   [c + first, c + top)), or NULL if the block headers are not sound. */
heap_header_t *__insula_heap_block_of(heap_chunk_t *c, uintptr_t a);

/* The chunk that contains address a, or NULL. Heap lock held. */
heap_chunk_t *__insula_heap_chunk_of(uintptr_t a);

/* The payload of the object that contains address p (p may point inside
   it), or NULL when p is in no object of this heap. */
void *__insula_heap_object_of(const void *p);

/* Sound chunk header (magic, offsets within its pages). */
bool __insula_heap_chunk_sound(const heap_chunk_t *c);

/* ---- the collector (heap_gc.c); heap lock held ---- */

/* Collects; errors as heap_collect(). */
err_t __insula_heap_collect_locked(void);

#endif
