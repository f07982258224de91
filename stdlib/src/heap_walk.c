/*
 * heap_walk.c — enumerating the heap's objects and finding the block that
 * contains an address: the two questions a mark-sweep collector asks.
 *
 * The lookup reads the chunk's start bitmap backwards from the address's
 * grain to the nearest block header, so it costs a few words, not a walk.
 * Every header crossed is checked, so a damaged heap is reported
 * (ERR_CORRUPT / NULL), never followed out of its chunk.
 */
#include "heap_internal.h"

/* The header at `offset` in c, or NULL if it is not a sound block. */
static heap_header_t *walk_block(heap_chunk_t *c, uint64_t offset)
{
    if (offset + HEAP_BLOCK_HEADER > c->top)
        return NULL;
    heap_header_t *h = heap_header_at(c, offset);
    if (h->magic != HEAP_BLOCK_MAGIC || h->size % HEAP_GRAIN != 0)
        return NULL;
    if (h->kind != HEAP_BLOCK_OBJECT && h->kind != HEAP_BLOCK_FILLER &&
        h->kind != HEAP_BLOCK_FREE)
        return NULL;
    if (h->size > c->top - offset - HEAP_BLOCK_HEADER)
        return NULL;
    return h;
}

bool __insula_heap_chunk_sound(const heap_chunk_t *c)
{
    return c->magic == HEAP_CHUNK_MAGIC &&
           c->first == HEAP_CHUNK_HEADER + c->pages * HEAP_BITMAP_BYTES_PER_PAGE &&
           c->top >= c->first && c->top <= c->pages * HEAP_PAGE;
}

static err_t walk_chunk(heap_chunk_t *c, __insula_heap_visit_t visit, void *ctx)
{
    if (!__insula_heap_chunk_sound(c))
        return ERR_CORRUPT;
    for (uint64_t off = c->first; off < c->top;) {
        heap_header_t *h = walk_block(c, off);
        if (h == NULL)
            return ERR_CORRUPT;
        if (h->kind == HEAP_BLOCK_OBJECT)
            visit(ctx, h + 1, h->size);
        off += HEAP_BLOCK_HEADER + h->size;
    }
    return OK;
}

err_t __insula_heap_walk(__insula_heap_visit_t visit, void *ctx)
{
    err_t rc = OK;
    __insula_heap_lock();
    for (heap_chunk_t *c = __insula_heap_chunks(); c != NULL && rc == OK; c = c->next)
        rc = walk_chunk(c, visit, ctx);
    __insula_heap_unlock();
    return rc;
}

heap_chunk_t *__insula_heap_chunk_of(uintptr_t a)
{
    for (heap_chunk_t *c = __insula_heap_chunks(); c != NULL; c = c->next) {
        if (!__insula_heap_chunk_sound(c))
            return NULL;
        uintptr_t base = (uintptr_t)c;
        if (a >= base + c->first && a < base + c->top)
            return c;
    }
    return NULL;
}

/* Offset of the last block header at or before offset `off` of c, or 0. */
static uint64_t walk_header_before(const heap_chunk_t *c, uint64_t off)
{
    const uint64_t *starts = heap_starts(c);
    uint64_t g = off / HEAP_GRAIN;
    uint64_t first_word = c->first / HEAP_GRAIN / 64;
    uint64_t w = g / 64;
    uint64_t bits = starts[w] & (~(uint64_t)0 >> (63 - g % 64));
    while (bits == 0 && w > first_word)
        bits = starts[--w];
    if (bits == 0)
        return 0;
    return (w * 64 + 63 - (uint64_t)__builtin_clzll(bits)) * HEAP_GRAIN;
}

heap_header_t *__insula_heap_block_of(heap_chunk_t *c, uintptr_t a)
{
    uint64_t off = walk_header_before(c, a - (uintptr_t)c);
    if (off < c->first)
        return NULL;
    return walk_block(c, off);
}

void *__insula_heap_object_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    void *found = NULL;
    __insula_heap_lock();
    heap_chunk_t *c = __insula_heap_chunk_of(a);
    heap_header_t *h = c != NULL ? __insula_heap_block_of(c, a) : NULL;
    if (h != NULL && h->kind == HEAP_BLOCK_OBJECT) {
        uintptr_t payload = (uintptr_t)(h + 1);
        if (a >= payload && a < payload + h->size)
            found = (void *)payload;
    }
    __insula_heap_unlock();
    return found;
}
