/*
 * insula/heap.h — typed allocation on the SIP's own heap.
 *
 * Memory comes from the kernel's page allocator, charged to the SIP's
 * quota, in chunks. Every object is zero-filled and aligned for its type.
 * There is no free: the SIP's own garbage collector reclaims objects no
 * pointer reaches (README.md, "Heap"), when the heap would grow, when the
 * quota refuses more pages, or on heap_collect(); everything goes back at
 * SIP exit. A refused allocation returns NULL and records the reason for
 * heap_last_error(); it never harms other objects.
 */
#ifndef INSULA_STDLIB_HEAP_H
#define INSULA_STDLIB_HEAP_H

#include "insula/err.h"

#include <stddef.h>
#include <stdint.h>

/* Largest object the heap hands out (bytes). */
#define HEAP_OBJECT_MAX ((size_t)1 << 32)
/* Largest alignment a type may ask for. */
#define HEAP_ALIGN_MAX ((size_t)4096)

/* The allocator behind the macros; SIP code uses the macros only. */
void *__insula_gc_alloc(size_t size, size_t align);
void *__insula_gc_alloc_array(size_t count, size_t elem_size, size_t align);
void *__insula_gc_alloc_flex(size_t type_size, size_t array_offset, size_t elem_size,
                             size_t count, size_t align, size_t count_offset,
                             size_t count_size);

/* One zeroed T. NULL when refused (ERR_QUOTA, ERR_NO_MEMORY, ERR_RANGE). */
#define new(T) ((T *)__insula_gc_alloc(sizeof(T), _Alignof(T)))

/* n zeroed Ts. NULL when n * sizeof(T) overflows or exceeds HEAP_OBJECT_MAX
   (ERR_RANGE; a negative n is a huge size_t), or as for new(). n == 0 gives
   a valid, distinct object with no elements. */
#define new_array(T, n) ((T *)__insula_gc_alloc_array((n), sizeof(T), _Alignof(T)))

/*
 * A zeroed T whose flexible array member `array` has n elements; the
 * allocator stores n in T's (const) member `count`, the one its
 * counted_by attribute names. NULL as for new_array(), and ERR_RANGE when n
 * does not fit `count` (n must be <= the largest positive value of a
 * signed integer of count's size).
 */
#define new_flex(T, count, array, n)                                            \
    ((T *)__insula_gc_alloc_flex(sizeof(T), offsetof(T, array),                 \
                                 sizeof(((T *)0)->array[0]), (n), _Alignof(T),  \
                                 offsetof(T, count), sizeof(((T *)0)->count)))

typedef struct {
    uint64_t bytes_in_use;   /* bytes of live objects (each rounded up to 16) */
    uint64_t objects;        /* objects live (allocated and not yet collected) */
    uint64_t chunks;         /* chunks held (obtained from the kernel, not returned) */
    uint64_t pages;          /* pages in those chunks (charged to the quota) */
    uint64_t collections;    /* collections run */
    uint64_t objects_freed;  /* objects reclaimed, in all */
    uint64_t bytes_freed;    /* object bytes reclaimed, in all */
    uint64_t pages_returned; /* pages given back to the kernel, in all */
    uint64_t last_pause_cycles;  /* the last collection's pause (time-stamp counter) */
    uint64_t max_pause_cycles;   /* the longest pause */
    uint64_t last_pause_ns;      /* the same in nanoseconds (time_ns) */
    uint64_t max_pause_ns;
} heap_stats_t;

/* A snapshot of the heap's counters. */
heap_stats_t heap_stats(void);

/*
 * Collects now: stops the SIP's other threads, frees every object no root
 * reaches, resumes them. Errors: ERR_INVALID (no heap yet), ERR_BUSY (a
 * collection is running), ERR_CORRUPT (heap metadata damaged: nothing was
 * freed), or the kernel's refusal to suspend (nothing was freed).
 */
err_t heap_collect(void);

/* Why the last refused allocation was refused (OK if none was):
   ERR_RANGE (size or count), ERR_INVALID (alignment, or the heap is not set
   up), ERR_QUOTA, ERR_NO_MEMORY, ERR_CORRUPT (heap metadata damaged). */
err_t heap_last_error(void);

#endif
