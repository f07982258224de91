/*
 * memmap.h — turn a loader's memory map into clean usable ranges.
 *
 * Loaders hand over regions that may be unsorted, overlapping, unaligned,
 * zero-length or wrapping past 2^64. memmap_usable() yields sorted, disjoint,
 * page-aligned usable ranges with every reserved range (firmware, kernel
 * image, modules, the first MiB) cut out. Where a usable region overlaps a
 * reserved one, reserved wins. Pure code; unit-tested on the host.
 */
#ifndef INSULA_MEMMAP_H
#define INSULA_MEMMAP_H

#include <stddef.h>
#include <stdint.h>

#include "boot_info.h"

#define PAGE_SIZE 4096ull
#define MEMMAP_MAX_RANGES 128
/* Physical memory above this is ignored (with a warning). */
#define MEMMAP_PHYS_LIMIT (1ull << 47)    /* the canonical lower half */

typedef struct {
    uint64_t start;    /* page aligned */
    uint64_t end;      /* page aligned, exclusive */
} range_t;

typedef void (*memmap_warn_t)(void *ctx, const char *message);

/*
 * Writes at most `out_max` ranges to `out` and returns how many.
 * Each malformed or dropped item is reported through `warn` (may be NULL).
 */
size_t memmap_usable(const mem_region_t *regions, size_t region_count,
                     const range_t *reserved, size_t reserved_count,
                     range_t *out, size_t out_max,
                     memmap_warn_t warn, void *ctx);

/* Sum of the lengths of `ranges`. */
uint64_t memmap_total(const range_t *ranges, size_t count);

#endif
