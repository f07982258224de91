/*
 * heap_internal.h — the heap's layout, for heap.c, heap_walk.c, the host
 * tests and the collector to come. Nothing here is visible to SIP code.
 *
 * Layout. The heap is a list of chunks; a chunk is a run of pages from the
 * ABI's page_alloc, starting with a heap_chunk_t. After it come blocks,
 * packed from offset HEAP_CHUNK_HEADER up to chunk->top: each block is a
 * heap_header_t followed by `size` payload bytes (a multiple of 16). A
 * block is an object (payload handed out by new()) or a filler (padding
 * that puts the next object on a stricter alignment). So every object in
 * the heap can be enumerated, and any address inside a chunk can be mapped
 * to the object containing it: what a mark-sweep collector needs.
 */
#ifndef INSULA_STDLIB_HEAP_INTERNAL_H
#define INSULA_STDLIB_HEAP_INTERNAL_H

#include "insula/heap.h"
#include "internal.h"

#include <stdint.h>

#define HEAP_PAGE 4096u
#define HEAP_GRAIN 16u                 /* object alignment and size unit */
#define HEAP_CHUNK_PAGES 16u           /* pages asked for when the heap grows */
#define HEAP_CHUNK_MAGIC 0x4b4e4843u   /* "CHNK" */
#define HEAP_BLOCK_MAGIC 0x4f42u       /* "BO" */

enum {
    HEAP_BLOCK_OBJECT = 1,
    HEAP_BLOCK_FILLER = 2,
};

/* Header flag bits, for the collector (unused until it exists). */
enum {
    HEAP_FLAG_MARK = 1u << 0,
};

typedef struct heap_chunk {
    uint32_t magic;                /* HEAP_CHUNK_MAGIC */
    uint32_t reserved;
    struct heap_chunk *next;       /* list, guarded by the heap lock */
    uint64_t pages;                /* size of the chunk in pages */
    uint64_t top;                  /* offset of the first unused byte */
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

_Static_assert(sizeof(heap_chunk_t) == 32, "chunk header keeps blocks 16-aligned");
_Static_assert(sizeof(heap_header_t) == HEAP_GRAIN, "block header is one grain");

/* The list of chunks, newest first (heap.c). Heap lock held by the caller. */
heap_chunk_t *__insula_heap_chunks(void);
void __insula_heap_lock(void);
void __insula_heap_unlock(void);

/* Records why an allocation was refused, for heap_last_error(). */
void __insula_heap_refuse(err_t rc);

/* Called for every object: its payload and its size in bytes. */
typedef void (*__insula_heap_visit_t)(void *ctx, void *object, size_t size);

/*
 * Calls visit for every object of every chunk, under the heap lock (visit
 * must not allocate). Errors: ERR_CORRUPT (a chunk or block header failed
 * its checks; the walk stops there).
 */
err_t __insula_heap_walk(__insula_heap_visit_t visit, void *ctx);

/* The payload of the object that contains address p (p may point inside
   it), or NULL when p is in no object of this heap. */
void *__insula_heap_object_of(const void *p);

#endif
