/*
 * fuzz_boot.c — libFuzzer target over the boot-time parsers: the input is
 * used as fake physical memory for the Multiboot parser, as a command line,
 * and as a memory map for memmap_usable(). None may crash or read outside
 * what it was given (ASan) or hit undefined behaviour (UBSan).
 */
#include "cmdline.h"
#include "memmap.h"
#include "multiboot.h"

#include <stdint.h>
#include <string.h>

#define BASE 0x1000u

typedef struct {
    const uint8_t *data;
    size_t size;
} blob_t;

static bool blob_read(void *ctx, uint64_t addr, void *dst, size_t len)
{
    const blob_t *b = ctx;
    if (addr < BASE || addr - BASE > b->size || len > b->size - (addr - BASE))
        return false;
    memcpy(dst, b->data + (addr - BASE), len);
    return true;
}

static void fuzz_multiboot(const uint8_t *data, size_t size)
{
    blob_t blob = { data, size };
    mb_source_t src = { blob_read, NULL, &blob };
    static boot_info_t bi;
    memset(&bi, 0, sizeof(bi));
    bi.kernel_start = 0x100000;
    bi.kernel_end = 0x200000;
    if (multiboot_parse(MULTIBOOT_LOADER_MAGIC, BASE, &src, &bi) != OK)
        return;
    range_t out[MEMMAP_MAX_RANGES];
    range_t reserved = { bi.kernel_start, bi.kernel_end };
    memmap_usable(bi.regions, bi.region_count, &reserved, 1, out, MEMMAP_MAX_RANGES, NULL, NULL);
}

static void fuzz_cmdline(const uint8_t *data, size_t size)
{
    char line[2048];
    size_t n = size < sizeof(line) - 1 ? size : sizeof(line) - 1;
    memcpy(line, data, n);
    line[n] = '\0';
    kernel_options_t o;
    cmdline_parse(line, &o, NULL, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_multiboot(data, size);
    fuzz_cmdline(data, size);
    return 0;
}
