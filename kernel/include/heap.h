/*
 * heap.h — the kernel heap.
 *
 * Small objects (up to HEAP_SLAB_MAX bytes) come from slabs: one 4 KiB frame
 * per slab, cut into equal power-of-two slots, with a bitmap of slots in use.
 * Larger objects get their own run of frames with a header page prefix.
 * Every pointer returned is 16-byte aligned. kfree() of a pointer the heap
 * did not hand out, or a second kfree(), is corruption and panics.
 */
#ifndef INSULA_HEAP_H
#define INSULA_HEAP_H

#include <stddef.h>
#include <stdint.h>

#define HEAP_SLAB_MAX 2048

/* Returns NULL when memory is exhausted (or size is 0). */
void *kmalloc(size_t size);
/* As kmalloc, zero-filled. */
void *kzalloc(size_t size);
void kfree(void *ptr);

/* Bytes currently handed out (rounded to slot/run sizes), for leak checks. */
uint64_t heap_bytes_in_use(void);

#endif
