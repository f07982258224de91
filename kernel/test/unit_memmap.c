/* unit_memmap.c — memory-map sanitizing with malformed maps. */
#include "memmap.h"
#include "unit.h"

static int warnings;

static void count_warning(void *ctx, const char *message)
{
    (void)ctx;
    (void)message;
    warnings++;
}

static size_t usable(const mem_region_t *r, size_t n, const range_t *res, size_t nres, range_t *out)
{
    warnings = 0;
    return memmap_usable(r, n, res, nres, out, MEMMAP_MAX_RANGES, count_warning, NULL);
}

static void test_overlap_and_alignment(void)
{
    const mem_region_t map[] = {
        { 0x200000, 0x300000, MEM_USABLE },        /* 2-5 MiB */
        { 0x100123, 0x180000, MEM_USABLE },        /* unaligned, overlaps nothing */
        { 0x400000, 0x200000, MEM_USABLE },        /* 4-6 MiB: overlaps the first */
        { 0x300000, 0x1000, MEM_RESERVED },        /* a reserved hole inside */
        { 0x900000, 0, MEM_USABLE },               /* zero length */
    };
    range_t out[MEMMAP_MAX_RANGES];
    size_t n = usable(map, 5, NULL, 0, out);
    CHECK(warnings == 1);    /* the zero-length region */
    /* Merged to [0x101000, 0x600000), then the reserved page cut out. */
    CHECK(n == 2);
    CHECK(out[0].start == 0x101000 && out[0].end == 0x300000);
    CHECK(out[1].start == 0x301000 && out[1].end == 0x600000);
    CHECK(memmap_total(out, n) == 0x600000 - 0x101000 - 0x1000);
}

static void test_reserved_wins_and_wrap(void)
{
    const mem_region_t map[] = {
        { 0x100000, 0x7f00000, MEM_USABLE },
        { 0xfffffffffffff000ull, 0x10000, MEM_USABLE },    /* wraps past 2^64 */
        { 0x7000000, 0x2000000, MEM_BAD },
    };
    const range_t reserved[] = { { 0x100000, 0x12d000 }, { 0x12e000, 0x12e04e } };
    range_t out[MEMMAP_MAX_RANGES];
    size_t n = usable(map, 3, reserved, 2, out);
    CHECK(warnings >= 2);    /* the wrap and the part above the limit */
    CHECK(n == 2);
    CHECK(out[0].start == 0x12d000 && out[0].end == 0x12e000);
    CHECK(out[1].start == 0x12f000 && out[1].end == 0x7000000);
}

static void test_too_many(void)
{
    mem_region_t map[BOOT_MAX_REGIONS];
    for (size_t i = 0; i < BOOT_MAX_REGIONS; i++)
        map[i] = (mem_region_t){ 0x100000 + i * 0x2000, 0x1000, MEM_USABLE };
    range_t out[4];
    warnings = 0;
    size_t n = memmap_usable(map, BOOT_MAX_REGIONS, NULL, 0, out, 4, count_warning, NULL);
    CHECK(n == 4 && warnings == 1);
    CHECK(out[3].start == 0x100000 + 3 * 0x2000);
}

int main(void)
{
    test_overlap_and_alignment();
    test_reserved_wins_and_wrap();
    test_too_many();
    return unit_summary("unit_memmap");
}
