/*
 * insula/heap.h — typed allocation on the SIP's own heap.
 *
 * Memory comes from the kernel's page allocator, charged to the SIP's
 * quota, in chunks. Every object is zero-filled and aligned for its type.
 * There is no free: memory is reclaimed when the SIP exits, and by the
 * per-SIP garbage collector to come (README.md, "Heap"); the API will not
 * change when it arrives. A refused allocation returns NULL and records the
 * reason for heap_last_error(); it never harms other objects.
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
    uint64_t bytes_in_use;   /* object bytes handed out (each rounded up to 16) */
    uint64_t objects;        /* objects handed out */
    uint64_t chunks;         /* chunks obtained from the kernel */
    uint64_t pages;          /* pages in those chunks (charged to the quota) */
} heap_stats_t;

/* A snapshot of the heap's counters. */
heap_stats_t heap_stats(void);

/* Why the last refused allocation was refused (OK if none was):
   ERR_RANGE (size or count), ERR_INVALID (alignment, or the heap is not set
   up), ERR_QUOTA, ERR_NO_MEMORY, ERR_CORRUPT (heap metadata damaged). */
err_t heap_last_error(void);

#endif
