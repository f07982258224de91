/*
 * heap_gc.c — the per-SIP mark-sweep collector (stdlib/README.md, "Heap").
 *
 * Stop the world, for this SIP only: the ABI's threads_suspend stops every
 * other thread of the SIP and reports the roots — the image's writable
 * data, the live part of each suspended thread's stack (its registers are
 * saved there), words the kernel keeps for it (SSE registers of a
 * preempted thread, a new thread's argument) — and the calling thread's
 * stack top. Marking is conservative: every aligned word of a root range
 * or of a reached object that points into an object (interior pointers
 * included) marks it; the verifier's subset guarantees no pointer is
 * hidden in any other form (verifier/SUBSET.md, SIP-MEM-GC). The sweep
 * turns runs of dead blocks into free blocks on the free lists, lowers a
 * chunk's top over a dead tail, and returns empty chunks to the kernel
 * with page_free (keeping one standard chunk for the next allocations).
 *
 * Memory: a fixed mark stack in static data; when it overflows the mark
 * continues by rescanning the marked objects until nothing new is pushed.
 * Heap lock held throughout (the caller holds it).
 */
#include "heap_internal.h"
#include "insula/sip.h"
#include "mem.h"

#define heap __insula_heap
#define MARK_STACK_MAX 512

typedef struct {
    heap_header_t *stack[MARK_STACK_MAX];
    uint32_t depth;
    bool overflowed;
    uintptr_t low, high;        /* bounds of every chunk's blocks */
    abi_roots_t roots;
} gc_state_t;

static gc_state_t gc;

/* ---- mark ---- */

static void gc_bounds(void)
{
    gc.low = UINTPTR_MAX;
    gc.high = 0;
    for (heap_chunk_t *c = heap.chunks; c != NULL; c = c->next) {
        uintptr_t lo = (uintptr_t)c + c->first, hi = (uintptr_t)c + c->top;
        gc.low = lo < gc.low ? lo : gc.low;
        gc.high = hi > gc.high ? hi : gc.high;
    }
}

static void gc_push(heap_header_t *h)
{
    if (gc.depth == MARK_STACK_MAX) {
        gc.overflowed = true;    /* h stays marked: the rescan finds it */
        return;
    }
    gc.stack[gc.depth++] = h;
}

/* Marks the object `word` points into, if any. */
static void gc_mark_word(uintptr_t word)
{
    if (word < gc.low || word >= gc.high)
        return;
    heap_chunk_t *c = __insula_heap_chunk_of(word);
    heap_header_t *h = c != NULL ? __insula_heap_block_of(c, word) : NULL;
    if (h == NULL || h->kind != HEAP_BLOCK_OBJECT || (h->flags & HEAP_FLAG_MARK))
        return;
    uintptr_t payload = (uintptr_t)(h + 1);
    if (word < payload || word - payload >= h->size)
        return;    /* in its header, or past a damaged block */
    h->flags |= HEAP_FLAG_MARK;
    gc_push(h);
}

/*
 * Every aligned word of [start, end). Reads raw memory the compiler knows
 * nothing about (stacks, static data, objects of any type), so the host
 * build's AddressSanitizer must not instrument it: the redzones it poisons
 * around stack and global objects are memory that exists.
 */
__attribute__((no_sanitize("address")))
static void gc_scan(uintptr_t start, uintptr_t end)
{
    start = (start + 7) & ~(uintptr_t)7;
    for (uintptr_t a = start; a + 8 <= end; a += 8)
        gc_mark_word(*(const uintptr_t *)a);
}

static void gc_drain(void)
{
    while (gc.depth > 0) {
        heap_header_t *h = gc.stack[--gc.depth];
        gc.stack[gc.depth] = NULL;    /* static data: no stale roots next time */
        uintptr_t payload = (uintptr_t)(h + 1);
        gc_scan(payload, payload + h->size);
    }
}

static void gc_rescan_marked(void *ctx, void *object, size_t size)
{
    (void)ctx;
    const heap_header_t *h = (const heap_header_t *)object - 1;
    if (h->flags & HEAP_FLAG_MARK) {
        gc_scan((uintptr_t)object, (uintptr_t)object + size);
        gc_drain();
    }
}

/* Walks chunks without the lock (the caller holds it); see heap_walk.c. */
static err_t gc_walk(__insula_heap_visit_t visit)
{
    for (heap_chunk_t *c = heap.chunks; c != NULL; c = c->next) {
        if (!__insula_heap_chunk_sound(c))
            return ERR_CORRUPT;
        for (uint64_t off = c->first; off < c->top;) {
            heap_header_t *h = heap_header_at(c, off);
            if (h->magic != HEAP_BLOCK_MAGIC || h->size > c->top - off - HEAP_BLOCK_HEADER)
                return ERR_CORRUPT;
            if (h->kind == HEAP_BLOCK_OBJECT)
                visit(NULL, h + 1, h->size);
            off += HEAP_BLOCK_HEADER + h->size;
        }
    }
    return OK;
}

/* Marks from every root the kernel reported; own_sp bounds the caller's stack. */
static err_t gc_mark(uintptr_t own_sp)
{
    gc.depth = 0;
    gc.overflowed = false;
    gc_bounds();
    for (uint32_t i = 0; i < gc.roots.range_count && i < ABI_ROOT_RANGES_MAX; i++) {
        const abi_root_range_t *r = &gc.roots.ranges[i];
        uintptr_t start = r->start;
        if (r->kind == ABI_ROOT_OWN_STACK && own_sp >= r->start && own_sp < r->end)
            start = own_sp;    /* below it are only the collector's own frames */
        gc_scan(start, r->end);
        gc_drain();
    }
    for (uint32_t i = 0; i < gc.roots.word_count && i < ABI_ROOT_WORDS_MAX; i++)
        gc_mark_word(gc.roots.words[i]);
    gc_drain();
    err_t rc = OK;
    while (gc.overflowed && rc == OK) {
        gc.overflowed = false;
        rc = gc_walk(gc_rescan_marked);
    }
    return rc;
}

/* ---- sweep ---- */

typedef struct {
    uint64_t objects;
    uint64_t bytes;
    bool kept_empty;            /* one empty standard chunk stays for new objects */
} gc_sweep_t;

/* Turns the dead run [run, end) of c into one free block (or a filler if
   it is a lone header) and forgets the headers inside it. */
static void gc_free_run(heap_chunk_t *c, uint64_t run, uint64_t end)
{
    for (uint64_t off = run + HEAP_GRAIN; off < end; off += HEAP_GRAIN)
        heap_start_clear(c, off);
    uint64_t size = end - run - HEAP_BLOCK_HEADER;
    __insula_heap_block_init(c, run, size > 0 ? HEAP_BLOCK_FREE : HEAP_BLOCK_FILLER, size);
    if (size > 0)
        __insula_heap_free_push(c, run);
}

/* Sweeps one chunk. Returns ERR_CORRUPT on a damaged header. */
static err_t gc_sweep_chunk(heap_chunk_t *c, gc_sweep_t *s)
{
    uint64_t run = UINT64_MAX;    /* start of the current dead run */
    for (uint64_t off = c->first; off < c->top;) {
        heap_header_t *h = heap_header_at(c, off);
        if (h->magic != HEAP_BLOCK_MAGIC || h->size > c->top - off - HEAP_BLOCK_HEADER)
            return ERR_CORRUPT;
        uint64_t next = off + HEAP_BLOCK_HEADER + h->size;
        bool live = h->kind == HEAP_BLOCK_OBJECT && (h->flags & HEAP_FLAG_MARK);
        if (live) {
            h->flags &= (uint8_t)~HEAP_FLAG_MARK;
            if (run != UINT64_MAX)
                gc_free_run(c, run, off);
            run = UINT64_MAX;
        } else {
            if (h->kind == HEAP_BLOCK_OBJECT) {
                s->objects++;
                s->bytes += h->size;
            }
            if (run == UINT64_MAX)
                run = off;
        }
        off = next;
    }
    if (run != UINT64_MAX) {    /* a dead tail: bump space again */
        for (uint64_t off = run; off < c->top; off += HEAP_GRAIN)
            heap_start_clear(c, off);
        c->top = run;
    }
    return OK;
}

/* An empty chunk goes back to the kernel, except one standard chunk kept. */
__INSULA_ABI_CALLER
static bool gc_release_if_empty(heap_chunk_t *c, gc_sweep_t *s)
{
    if (c->top != c->first)
        return false;
    if (!s->kept_empty && c->pages == HEAP_CHUNK_PAGES) {
        s->kept_empty = true;
        return false;
    }
    const insula_abi_t *abi = __insula_abi();
    uint64_t pages = c->pages;
    if (abi->page_free(c, pages) != OK)
        return false;    /* Invariant: the kernel gave us this block; keep it if not */
    heap.stats.chunks--;
    heap.stats.pages -= pages;
    heap.stats.pages_returned += pages;
    return true;
}

static uint64_t gc_room(const heap_chunk_t *c)
{
    return c->pages * HEAP_PAGE - c->top;
}

static err_t gc_sweep(gc_sweep_t *s)
{
    __insula_heap_free_reset();
    heap_chunk_t **link = &heap.chunks;
    heap_chunk_t *best = NULL;
    while (*link != NULL) {
        heap_chunk_t *c = *link;
        err_t rc = gc_sweep_chunk(c, s);
        if (rc != OK)
            return rc;
        heap_chunk_t *next = c->next;
        if (gc_release_if_empty(c, s)) {
            *link = next;
            continue;
        }
        if (best == NULL || gc_room(c) > gc_room(best))
            best = c;
        link = &c->next;
    }
    if (best != NULL && best != heap.chunks) {    /* bump where there is most room */
        for (link = &heap.chunks; *link != best; link = &(*link)->next)
            ;
        *link = best->next;
        best->next = heap.chunks;
        heap.chunks = best;
    }
    return OK;
}

/* ---- one collection ---- */

static void gc_account(const gc_sweep_t *s, uint64_t t0, uint64_t ns0)
{
    uint64_t pause = cycles() - t0, ns = time_ns() - ns0;
    heap_stats_t *st = &heap.stats;
    st->collections++;
    st->objects -= s->objects;
    st->bytes_in_use -= s->bytes;
    st->objects_freed += s->objects;
    st->bytes_freed += s->bytes;
    st->last_pause_cycles = pause;
    st->last_pause_ns = ns;
    st->max_pause_cycles = pause > st->max_pause_cycles ? pause : st->max_pause_cycles;
    st->max_pause_ns = ns > st->max_pause_ns ? ns : st->max_pause_ns;
    heap.live_after_gc = st->bytes_in_use;
    heap.allocated_since_gc = 0;
}

static void gc_unmark(void *ctx, void *object, size_t size)
{
    (void)ctx;
    (void)size;
    ((heap_header_t *)object - 1)->flags &= (uint8_t)~HEAP_FLAG_MARK;
}

/* Suspended; marks and sweeps. A damaged heap stops it before the sweep,
   and the marks are cleared (as far as the heap can be walked), so that a
   later collection does not take a marked object for one already scanned. */
static err_t gc_run(uintptr_t own_sp, gc_sweep_t *s)
{
    err_t rc = gc_mark(own_sp);
    if (rc == OK)
        return gc_sweep(s);
    (void)gc_walk(gc_unmark);
    return rc;
}

/*
 * noinline and __builtin_unwind_init: every callee-saved register of the
 * callers is saved in this frame, at or above own_sp, so the scan of the
 * calling thread's stack from own_sp sees the pointers they held.
 */
__INSULA_ABI_CALLER __attribute__((noinline)) err_t __insula_heap_collect_locked(void)
{
    __builtin_unwind_init();
    uintptr_t own_sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(own_sp));
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    if (heap.collecting)
        return ERR_BUSY;
    uint64_t t0 = cycles(), ns0 = time_ns();
    err_t rc = abi->threads_suspend(&gc.roots);
    if (rc != OK)
        return rc;    /* without every root nothing may be freed */
    heap.collecting = true;
    gc_sweep_t s = { 0 };
    rc = gc_run(own_sp, &s);
    memset(&gc.roots, 0, sizeof(gc.roots));
    heap.collecting = false;
    (void)abi->threads_resume();    /* Invariant: we suspended them, so this succeeds */
    if (rc == OK)
        gc_account(&s, t0, ns0);
    return rc;
}
