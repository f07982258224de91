/*
 * heap_walk.c — enumerating the heap's objects and finding the object that
 * contains an address: the two questions a mark-sweep collector asks.
 *
 * Both take the heap lock and check every header they cross, so a damaged
 * heap is reported (ERR_CORRUPT / NULL), never followed out of its chunk.
 */
#include "heap_internal.h"

/* The header at `offset` in c, or NULL if it is not a sound block. */
static heap_header_t *walk_block(heap_chunk_t *c, uint64_t offset)
{
    if (offset + HEAP_BLOCK_HEADER > c->top)
        return NULL;
    heap_header_t *h = (heap_header_t *)((uintptr_t)c + offset);
    if (h->magic != HEAP_BLOCK_MAGIC || h->size % HEAP_GRAIN != 0)
        return NULL;
    if (h->kind != HEAP_BLOCK_OBJECT && h->kind != HEAP_BLOCK_FILLER)
        return NULL;
    if (h->size > c->top - offset - HEAP_BLOCK_HEADER)
        return NULL;
    return h;
}

static bool walk_chunk_sound(const heap_chunk_t *c)
{
    return c->magic == HEAP_CHUNK_MAGIC && c->top >= HEAP_CHUNK_HEADER &&
           c->top <= c->pages * HEAP_PAGE;
}

static err_t walk_chunk(heap_chunk_t *c, __insula_heap_visit_t visit, void *ctx)
{
    if (!walk_chunk_sound(c))
        return ERR_CORRUPT;
    for (uint64_t off = HEAP_CHUNK_HEADER; off < c->top;) {
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

/* The object of chunk c that contains address a, or NULL. */
static void *walk_find(heap_chunk_t *c, uintptr_t a)
{
    uintptr_t base = (uintptr_t)c;
    for (uint64_t off = HEAP_CHUNK_HEADER; off < c->top;) {
        heap_header_t *h = walk_block(c, off);
        if (h == NULL)
            return NULL;
        uintptr_t payload = base + off + HEAP_BLOCK_HEADER;
        if (a < payload)
            return NULL;            /* a is inside a header */
        if (a < payload + h->size)
            return h->kind == HEAP_BLOCK_OBJECT ? (void *)payload : NULL;
        off += HEAP_BLOCK_HEADER + h->size;
    }
    return NULL;
}

void *__insula_heap_object_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    void *found = NULL;
    __insula_heap_lock();
    for (heap_chunk_t *c = __insula_heap_chunks(); c != NULL; c = c->next) {
        if (!walk_chunk_sound(c))
            break;
        if (a >= (uintptr_t)c && a < (uintptr_t)c + c->top) {
            found = walk_find(c, a);
            break;
        }
    }
    __insula_heap_unlock();
    return found;
}
