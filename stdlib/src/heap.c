/*
 * heap.c — the SIP's heap: chunks of pages from the kernel, objects placed
 * in them by bumping chunk->top (layout: heap_internal.h).
 *
 * Locking: `heap.lock` guards every field of `heap` and every chunk and
 * block header. Objects are never freed; the collector to come will add a
 * sweep that turns dead objects into free blocks (README.md, "Heap").
 */
#include "heap_internal.h"
#include "mem.h"

static struct {
    __insula_lock_t lock;
    heap_chunk_t *chunks;      /* the chunk allocations try first is the head */
    heap_stats_t stats;
    err_t last_error;
} heap;

void __insula_heap_lock(void) { __insula_lock_acquire(&heap.lock); }
void __insula_heap_unlock(void) { __insula_lock_release(&heap.lock); }
heap_chunk_t *__insula_heap_chunks(void) { return heap.chunks; }

void __insula_heap_reset(void)
{
    __insula_heap_lock();
    heap.chunks = NULL;
    heap.stats = (heap_stats_t){ 0 };
    heap.last_error = OK;
    __insula_heap_unlock();
}

static uint64_t heap_round_up(uint64_t value, uint64_t unit)
{
    return (value + unit - 1) & ~(unit - 1);
}

static uint64_t heap_chunk_free(const heap_chunk_t *c)
{
    return c->pages * HEAP_PAGE - c->top;
}

static void heap_block_init(uintptr_t at, uint8_t kind, uint64_t size)
{
    heap_header_t *h = (heap_header_t *)at;
    *h = (heap_header_t){ .magic = HEAP_BLOCK_MAGIC, .kind = kind, .size = size };
}

/* Places a block of `payload` bytes aligned to `align` in c, preceded by a
   filler if alignment needs a gap. Returns the payload, or NULL (no room). */
static void *heap_place(heap_chunk_t *c, uint64_t payload, uint64_t align)
{
    uintptr_t base = (uintptr_t)c;
    uint64_t room = heap_chunk_free(c);
    uint64_t object = base + c->top + HEAP_BLOCK_HEADER;
    uint64_t gap = heap_round_up(object, align) - object;   /* 0 or >= 16 */
    if (gap > room || HEAP_BLOCK_HEADER + payload > room - gap)
        return NULL;
    if (gap > 0)
        heap_block_init(base + c->top, HEAP_BLOCK_FILLER, gap - HEAP_BLOCK_HEADER);
    heap_block_init(base + c->top + gap, HEAP_BLOCK_OBJECT, payload);
    c->top += gap + HEAP_BLOCK_HEADER + payload;
    return (void *)(object + gap);
}

/* Keeps the chunk with the most room at the head, so a chunk made for one
   large object does not strand the free space of the current one. */
static void heap_link(heap_chunk_t *c)
{
    if (heap.chunks != NULL && heap_chunk_free(heap.chunks) > heap_chunk_free(c)) {
        c->next = heap.chunks->next;
        heap.chunks->next = c;
    } else {
        c->next = heap.chunks;
        heap.chunks = c;
    }
}

/* Asks the kernel for HEAP_CHUNK_PAGES pages, or exactly the `need` pages
   when that is more or when the quota cannot cover a full chunk.
   Errors: ERR_INVALID (no ABI), the ABI's ERR_QUOTA / ERR_NO_MEMORY,
   ERR_CORRUPT (the kernel returned an unaligned block). */
__INSULA_ABI_CALLER
static err_t heap_grow(uint64_t need, heap_chunk_t **out)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    uint64_t pages = need > HEAP_CHUNK_PAGES ? need : HEAP_CHUNK_PAGES;
    void *mem = NULL;
    err_t rc = abi->page_alloc(pages, &mem);
    if ((rc == ERR_QUOTA || rc == ERR_NO_MEMORY) && pages > need) {
        pages = need;
        rc = abi->page_alloc(pages, &mem);
    }
    if (rc != OK)
        return rc;
    if (mem == NULL || ((uintptr_t)mem & (HEAP_PAGE - 1)) != 0)
        return ERR_CORRUPT;
    heap_chunk_t *c = mem;
    *c = (heap_chunk_t){ .magic = HEAP_CHUNK_MAGIC, .pages = pages, .top = HEAP_CHUNK_HEADER };
    heap.stats.chunks++;
    heap.stats.pages += pages;
    *out = c;
    return OK;
}

/* Finds room for the block, growing the heap if needed. Lock held. */
static err_t heap_alloc_locked(uint64_t payload, uint64_t align, void **out)
{
    if (heap.chunks != NULL && heap.chunks->magic != HEAP_CHUNK_MAGIC)
        return ERR_CORRUPT;
    void *p = heap.chunks != NULL ? heap_place(heap.chunks, payload, align) : NULL;
    if (p == NULL) {
        uint64_t bytes = HEAP_CHUNK_HEADER + align + HEAP_BLOCK_HEADER + payload;
        heap_chunk_t *c = NULL;
        err_t rc = heap_grow(heap_round_up(bytes, HEAP_PAGE) / HEAP_PAGE, &c);
        if (rc != OK)
            return rc;
        p = heap_place(c, payload, align);
        heap_link(c);
    }
    /* Invariant: a fresh chunk always has room (sized from `bytes` above). */
    if (p == NULL)
        return ERR_CORRUPT;
    heap.stats.objects++;
    heap.stats.bytes_in_use += payload;
    *out = p;
    return OK;
}

/* The one allocation path: validates, allocates, zeroes, records errors. */
static void *heap_alloc(size_t size, size_t align)
{
    err_t rc = OK;
    void *p = NULL;
    if (size > HEAP_OBJECT_MAX)
        rc = ERR_RANGE;
    else if (align == 0 || (align & (align - 1)) != 0 || align > HEAP_ALIGN_MAX)
        rc = ERR_INVALID;
    __insula_heap_lock();
    if (rc == OK) {
        uint64_t payload = heap_round_up(size > 0 ? size : 1, HEAP_GRAIN);
        rc = heap_alloc_locked(payload, align < HEAP_GRAIN ? HEAP_GRAIN : align, &p);
        if (rc == OK)
            memset(p, 0, payload);
    }
    if (rc != OK)
        heap.last_error = rc;
    __insula_heap_unlock();
    return rc == OK ? p : NULL;
}

void *__insula_gc_alloc(size_t size, size_t align)
{
    return heap_alloc(size, align);
}

void *__insula_gc_alloc_array(size_t count, size_t elem_size, size_t align)
{
    size_t bytes;
    if (__builtin_mul_overflow(count, elem_size, &bytes))
        bytes = SIZE_MAX;   /* refused by heap_alloc with ERR_RANGE */
    return heap_alloc(bytes, align);
}

heap_stats_t heap_stats(void)
{
    __insula_heap_lock();
    heap_stats_t stats = heap.stats;
    __insula_heap_unlock();
    return stats;
}

err_t heap_last_error(void)
{
    __insula_heap_lock();
    err_t rc = heap.last_error;
    __insula_heap_unlock();
    return rc;
}

/* Records a refusal decided outside heap_alloc (heap_flex.c). */
void __insula_heap_refuse(err_t rc)
{
    __insula_heap_lock();
    heap.last_error = rc;
    __insula_heap_unlock();
}
