/*
 * heap.c — the SIP's heap: chunks of pages from the kernel, objects placed
 * in them by bumping chunk->top, or in free blocks the collector reclaimed
 * (layout: heap_internal.h; collector: heap_gc.c).
 *
 * Allocation order: bump in the head chunk (the fast path), a free block,
 * a collection if one is due (HEAP_GC_MIN_BYTES), a new chunk; when the
 * kernel refuses the chunk (quota), a collection and one more try.
 *
 * Locking: `__insula_heap.lock` guards every field of the heap state and
 * every chunk and block header.
 */
#include "heap_internal.h"
#include "mem.h"

heap_state_t __insula_heap;
#define heap __insula_heap

void __insula_heap_lock(void) { __insula_lock_acquire(&heap.lock); }
void __insula_heap_unlock(void) { __insula_lock_release(&heap.lock); }
heap_chunk_t *__insula_heap_chunks(void) { return heap.chunks; }

void __insula_heap_reset(void)
{
    __insula_heap_lock();
    heap.chunks = NULL;
    heap.stats = (heap_stats_t){ 0 };
    heap.allocated_since_gc = heap.live_after_gc = 0;
    heap.last_error = OK;
    heap.collecting = false;
    __insula_heap_free_reset();
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

void __insula_heap_block_init(heap_chunk_t *c, uint64_t off, uint8_t kind, uint64_t size)
{
    *heap_header_at(c, off) = (heap_header_t){ .magic = HEAP_BLOCK_MAGIC, .kind = kind,
                                               .size = size };
    heap_start_set(c, off);
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
        __insula_heap_block_init(c, c->top, HEAP_BLOCK_FILLER, gap - HEAP_BLOCK_HEADER);
    __insula_heap_block_init(c, c->top + gap, HEAP_BLOCK_OBJECT, payload);
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

/* Pages for a chunk whose first block holds `payload` bytes aligned to
   `align`: header, bitmap (HEAP_BITMAP_BYTES_PER_PAGE per page), a filler
   and the block. */
static uint64_t heap_pages_for(uint64_t payload, uint64_t align)
{
    uint64_t bytes = HEAP_CHUNK_HEADER + align + HEAP_BLOCK_HEADER + payload;
    uint64_t per_page = HEAP_PAGE - HEAP_BITMAP_BYTES_PER_PAGE;
    return (bytes + per_page - 1) / per_page;
}

/* Asks the kernel for HEAP_CHUNK_PAGES pages (HEAP_FIRST_CHUNK_PAGES for
   the first chunk), or exactly the `need` pages when that is more or when
   the quota cannot cover a full chunk.
   Errors: ERR_INVALID (no ABI), the ABI's ERR_QUOTA / ERR_NO_MEMORY,
   ERR_CORRUPT (the kernel returned an unaligned block). */
__INSULA_ABI_CALLER
static err_t heap_grow(uint64_t need, heap_chunk_t **out)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    uint64_t standard = heap.stats.chunks == 0 ? HEAP_FIRST_CHUNK_PAGES : HEAP_CHUNK_PAGES;
    uint64_t pages = need > standard ? need : standard;
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
    uint64_t first = HEAP_CHUNK_HEADER + pages * HEAP_BITMAP_BYTES_PER_PAGE;
    /* The kernel's pages are zeroed (the ABI's promise); the bitmap must be. */
    memset(heap_starts(c), 0, pages * HEAP_BITMAP_BYTES_PER_PAGE);
    *c = (heap_chunk_t){ .magic = HEAP_CHUNK_MAGIC, .pages = pages, .top = first,
                         .first = first };
    heap.stats.chunks++;
    heap.stats.pages += pages;
    *out = c;
    return OK;
}

/* Room at the top of a chunk other than the head; that chunk becomes the
   head, where the next allocations bump. Lock held. */
static void *heap_place_elsewhere(uint64_t payload, uint64_t align)
{
    if (heap.chunks == NULL)
        return NULL;
    for (heap_chunk_t **link = &heap.chunks->next; *link != NULL; link = &(*link)->next) {
        heap_chunk_t *c = *link;
        void *p = heap_place(c, payload, align);
        if (p != NULL) {
            *link = c->next;
            c->next = heap.chunks;
            heap.chunks = c;
            return p;
        }
    }
    return NULL;
}

/* Room in the head chunk, a free block, or room in another chunk. Lock held. */
static void *heap_find_room(uint64_t payload, uint64_t align)
{
    void *p = heap.chunks != NULL ? heap_place(heap.chunks, payload, align) : NULL;
    if (p == NULL)
        p = __insula_heap_free_take(payload, align);
    return p != NULL ? p : heap_place_elsewhere(payload, align);
}

static bool heap_collection_due(void)
{
    uint64_t threshold = heap.live_after_gc > HEAP_GC_MIN_BYTES ? heap.live_after_gc
                                                                : HEAP_GC_MIN_BYTES;
    return heap.allocated_since_gc >= threshold;
}

/* A new chunk with the block in it. Lock held. */
static err_t heap_alloc_new_chunk(uint64_t payload, uint64_t align, void **out)
{
    heap_chunk_t *c = NULL;
    err_t rc = heap_grow(heap_pages_for(payload, align), &c);
    if (rc != OK)
        return rc;
    *out = heap_place(c, payload, align);
    heap_link(c);
    /* Invariant: a fresh chunk always has room (sized by heap_pages_for). */
    return *out != NULL ? OK : ERR_CORRUPT;
}

/* Finds room for the block, collecting or growing the heap if needed. Lock held. */
static err_t heap_alloc_locked(uint64_t payload, uint64_t align, void **out)
{
    if (heap.chunks != NULL && heap.chunks->magic != HEAP_CHUNK_MAGIC)
        return ERR_CORRUPT;
    void *p = heap_find_room(payload, align);
    bool collected = false;
    if (p == NULL && heap_collection_due()) {
        collected = __insula_heap_collect_locked() == OK;
        p = heap_find_room(payload, align);
    }
    err_t rc = OK;
    if (p == NULL) {
        rc = heap_alloc_new_chunk(payload, align, &p);
        if ((rc == ERR_QUOTA || rc == ERR_NO_MEMORY) && !collected &&
            __insula_heap_collect_locked() == OK) {
            p = heap_find_room(payload, align);
            rc = p != NULL ? OK : heap_alloc_new_chunk(payload, align, &p);
        }
    }
    if (rc != OK)
        return rc;
    uint64_t size = ((heap_header_t *)p - 1)->size;   /* may exceed payload (a free block) */
    heap.stats.objects++;
    heap.stats.bytes_in_use += size;
    heap.allocated_since_gc += size;
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
            memset(p, 0, ((heap_header_t *)p - 1)->size);
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

err_t heap_collect(void)
{
    __insula_heap_lock();
    err_t rc = __insula_heap_collect_locked();
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
