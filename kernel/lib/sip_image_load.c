/*
 * sip_image_load.c — copy a parsed image into its memory and relocate it.
 *
 * decode: re-check that img cannot make us write outside dest[0..span) or
 * read outside file[0..elf_size) (img comes from sip_image_parse(), but the
 * check is cheap and keeps this function safe on its own);
 * invoke: copy file bytes, zero the rest, apply RELATIVE relocations.
 * sip_image_reload() writes one part of the span again, exactly as the
 * load wrote it (the loader's spare images, kernel/sip_image_spares.c).
 */
#include "sip_image_elf.h"

static void bytes_fill_zero(uint8_t *d, uint64_t n)
{
    __builtin_memset(d, 0, n);
}

/* Segments sorted, disjoint, inside the span and the file. */
static bool segments_consistent(const sip_image_t *img)
{
    uint64_t end = 0;
    if (img->segment_count > SIP_IMAGE_MAX_SEGMENTS || img->span > SIP_IMAGE_MAX_SPAN)
        return false;
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        if (seg->vaddr < end || seg->filesz > seg->memsz ||
            !sip_image_range_inside(seg->vaddr, seg->memsz, img->span) ||
            !sip_image_range_inside(seg->offset, seg->filesz, img->elf_size))
            return false;
        end = seg->vaddr + seg->memsz;
    }
    return true;
}

static void read_rela(const sip_image_t *img, const uint8_t *file, uint64_t r, elf64_rela_t *rela)
{
    sip_image_copy_bytes(rela, file + img->rela_offset + r * sizeof(*rela), sizeof(*rela));
}

/* The relocation table inside the file; every slot inside the span. */
static bool relocations_consistent(const sip_image_t *img, const uint8_t *file)
{
    if (img->rela_count > img->elf_size / sizeof(elf64_rela_t) ||
        !sip_image_range_inside(img->rela_offset, img->rela_count * sizeof(elf64_rela_t), img->elf_size))
        return false;
    for (uint64_t r = 0; r < img->rela_count; r++) {
        elf64_rela_t rela;
        read_rela(img, file, r, &rela);
        if (!sip_image_range_inside(rela.offset, sizeof(uint64_t), img->span))
            return false;
    }
    return true;
}

/* Copies file bytes segment by segment; zeroes bss, gaps and the tail. */
static void copy_segments(const sip_image_t *img, const uint8_t *file, uint8_t *dest)
{
    uint64_t cursor = 0;
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        bytes_fill_zero(dest + cursor, seg->vaddr - cursor);
        sip_image_copy_bytes(dest + seg->vaddr, file + seg->offset, seg->filesz);
        cursor = seg->vaddr + seg->filesz;
    }
    bytes_fill_zero(dest + cursor, img->span - cursor);
}

/* *(uint64_t *)(dest + r_offset) = base + r_addend, byte by byte (no alignment assumed). */
static void apply_relocations(const sip_image_t *img, const uint8_t *file, uint8_t *dest)
{
    uint64_t base = (uint64_t)(uintptr_t)dest;
    for (uint64_t r = 0; r < img->rela_count; r++) {
        elf64_rela_t rela;
        read_rela(img, file, r, &rela);
        uint64_t value = base + (uint64_t)rela.addend;
        for (unsigned b = 0; b < sizeof(value); b++)
            dest[rela.offset + b] = (uint8_t)(value >> (8 * b));
    }
}

err_t sip_image_load(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                     uint64_t dest_size)
{
    if (img->align < PAGE_SIZE || (img->align & (img->align - 1)) != 0)
        return ERR_INVALID;
    if ((uint64_t)(uintptr_t)dest % img->align != 0)
        return ERR_ALIGN;
    if (dest_size < img->span)
        return ERR_RANGE;
    if (!segments_consistent(img) || !relocations_consistent(img, file))
        return ERR_INVALID;
    copy_segments(img, file, dest);
    apply_relocations(img, file, dest);
    return OK;
}

/* The part of [a, a + n) inside [lo, hi), as a start and a length. */
static uint64_t clip(uint64_t a, uint64_t n, uint64_t lo, uint64_t hi, uint64_t *start)
{
    uint64_t from = a > lo ? a : lo;
    uint64_t to = a + n < hi ? a + n : hi;
    *start = from;
    return to > from ? to - from : 0;
}

/* copy_segments restricted to dest[lo, hi). */
static void copy_segments_in(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                             uint64_t lo, uint64_t hi)
{
    bytes_fill_zero(dest + lo, hi - lo);
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        uint64_t at;
        uint64_t n = clip(seg->vaddr, seg->filesz, lo, hi, &at);
        if (n != 0)
            sip_image_copy_bytes(dest + at, file + seg->offset + (at - seg->vaddr), n);
    }
}

/* apply_relocations restricted to the bytes in dest[lo, hi). */
static void apply_relocations_in(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                                 uint64_t lo, uint64_t hi)
{
    uint64_t base = (uint64_t)(uintptr_t)dest;
    for (uint64_t r = 0; r < img->rela_count; r++) {
        elf64_rela_t rela;
        read_rela(img, file, r, &rela);
        if (rela.offset + sizeof(uint64_t) <= lo || rela.offset >= hi)
            continue;
        uint64_t value = base + (uint64_t)rela.addend;
        if (rela.offset >= lo && rela.offset + sizeof(value) <= hi) {
            sip_image_copy_bytes(dest + rela.offset, &value, sizeof(value));
            continue;
        }
        for (unsigned b = 0; b < sizeof(value); b++) {
            if (rela.offset + b >= lo && rela.offset + b < hi)
                dest[rela.offset + b] = (uint8_t)(value >> (8 * b));
        }
    }
}

err_t sip_image_reload(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                       uint64_t lo, uint64_t hi)
{
    if (img->align < PAGE_SIZE || (img->align & (img->align - 1)) != 0)
        return ERR_INVALID;
    if ((uint64_t)(uintptr_t)dest % img->align != 0)
        return ERR_ALIGN;
    if (lo > hi || hi > img->span)
        return ERR_RANGE;
    if (!segments_consistent(img) || !relocations_consistent(img, file))
        return ERR_INVALID;
    copy_segments_in(img, file, dest, lo, hi);
    apply_relocations_in(img, file, dest, lo, hi);
    return OK;
}
