/*
 * memmap.c — sanitize a memory map (see memmap.h).
 *
 * Steps: clip and align each usable region inward; sort and merge them;
 * then subtract every non-usable region and every reserved range (aligned
 * outward). All arrays are bounded; overflow drops items with a warning.
 */
#include "memmap.h"

#include "fmt.h"

#include <stdbool.h>

typedef struct {
    range_t items[MEMMAP_MAX_RANGES];
    size_t count;
    memmap_warn_t warn;
    void *ctx;
} range_list_t;

static void warnf(range_list_t *l, const char *format, uint64_t a, uint64_t b)
{
    char msg[160];
    fmt_snprintf(msg, sizeof(msg), format, (unsigned long long)a, (unsigned long long)b);
    if (l->warn != NULL)
        l->warn(l->ctx, msg);
}

static uint64_t align_up(uint64_t v)
{
    return v > UINT64_MAX - (PAGE_SIZE - 1) ? UINT64_MAX & ~(PAGE_SIZE - 1)
                                             : (v + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

static uint64_t align_down(uint64_t v)
{
    return v & ~(PAGE_SIZE - 1);
}

/* The region's end, clipped to 2^64 - 1 and to MEMMAP_PHYS_LIMIT. */
static uint64_t region_end(range_list_t *l, const mem_region_t *r)
{
    uint64_t end = r->base + r->length;
    if (end < r->base) {
        warnf(l, "memory region at %#llx wraps past 2^64 (length %#llx); clipped", r->base, r->length);
        end = UINT64_MAX;
    }
    if (end > MEMMAP_PHYS_LIMIT && r->type == MEM_USABLE) {
        warnf(l, "memory above %#llx ignored (region ends at %#llx)", MEMMAP_PHYS_LIMIT, end);
        end = MEMMAP_PHYS_LIMIT;
    }
    return end;
}

static void list_push(range_list_t *l, uint64_t start, uint64_t end)
{
    if (start >= end)
        return;
    if (l->count == MEMMAP_MAX_RANGES) {
        warnf(l, "too many memory ranges: %#llx-%#llx dropped", start, end);
        return;
    }
    l->items[l->count++] = (range_t){ start, end };
}

static void list_sort(range_list_t *l)
{
    for (size_t i = 1; i < l->count; i++) {
        range_t key = l->items[i];
        size_t j = i;
        for (; j > 0 && l->items[j - 1].start > key.start; j--)
            l->items[j] = l->items[j - 1];
        l->items[j] = key;
    }
}

static void list_merge(range_list_t *l)
{
    size_t out = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (out > 0 && l->items[i].start <= l->items[out - 1].end) {
            if (l->items[i].end > l->items[out - 1].end)
                l->items[out - 1].end = l->items[i].end;
            continue;
        }
        l->items[out++] = l->items[i];
    }
    l->count = out;
}

/* Removes [start, end) from every range of the sorted list. */
static void list_subtract(range_list_t *l, uint64_t start, uint64_t end)
{
    range_t src[MEMMAP_MAX_RANGES];
    size_t n = l->count;
    for (size_t i = 0; i < n; i++)
        src[i] = l->items[i];
    l->count = 0;
    for (size_t i = 0; i < n; i++) {
        range_t r = src[i];
        if (end <= r.start || start >= r.end) {
            list_push(l, r.start, r.end);
            continue;
        }
        list_push(l, r.start, start);
        list_push(l, end, r.end);
    }
}

static void collect_usable(range_list_t *l, const mem_region_t *regions, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const mem_region_t *r = &regions[i];
        if (r->type != MEM_USABLE)
            continue;
        if (r->length == 0) {
            warnf(l, "zero-length usable region at %#llx ignored", r->base, 0);
            continue;
        }
        uint64_t end = region_end(l, r);
        list_push(l, align_up(r->base), align_down(end));
    }
}

static void subtract_unusable(range_list_t *l, const mem_region_t *regions, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const mem_region_t *r = &regions[i];
        if (r->type == MEM_USABLE || r->length == 0)
            continue;
        uint64_t end = r->base + r->length;
        if (end < r->base)
            end = UINT64_MAX;
        list_subtract(l, align_down(r->base), align_up(end));
    }
}

size_t memmap_usable(const mem_region_t *regions, size_t region_count,
                     const range_t *reserved, size_t reserved_count,
                     range_t *out, size_t out_max,
                     memmap_warn_t warn, void *ctx)
{
    static range_list_t list;    /* large; boot runs single-threaded */
    list.count = 0;
    list.warn = warn;
    list.ctx = ctx;
    collect_usable(&list, regions, region_count);
    list_sort(&list);
    list_merge(&list);
    subtract_unusable(&list, regions, region_count);
    for (size_t i = 0; i < reserved_count; i++)
        list_subtract(&list, align_down(reserved[i].start), align_up(reserved[i].end));
    size_t n = list.count < out_max ? list.count : out_max;
    if (list.count > out_max)
        warnf(&list, "%llu usable ranges do not fit; %llu kept", list.count, out_max);
    for (size_t i = 0; i < n; i++)
        out[i] = list.items[i];
    return n;
}

uint64_t memmap_total(const range_t *ranges, size_t count)
{
    uint64_t total = 0;
    for (size_t i = 0; i < count; i++)
        total += ranges[i].end - ranges[i].start;
    return total;
}
