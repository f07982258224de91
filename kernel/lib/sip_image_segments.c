/*
 * sip_image_segments.c — the program header pass: which segment types an
 * image may have, the shape and order of its PT_LOAD segments, W^X, the
 * span, the entry point and the RELRO range.
 *
 * Layout rules (kernel/tools/README.md explains why):
 *   - PT_LOAD segments are sorted by p_vaddr and never share a page, so
 *     the loader can give every page exactly one segment's permissions;
 *   - the first PT_LOAD starts in page 0 (lld puts the ELF header there),
 *     so the span [0, end of last segment) wastes at most one page;
 *   - p_vaddr and p_offset are congruent modulo PAGE_SIZE, p_align is a
 *     power of two from PAGE_SIZE to SIP_IMAGE_MAX_ALIGN.
 */
#include "sip_image_elf.h"

/* Accepts the segment types a SIP may carry; refuses the rest by name. */
static err_t check_type(sip_image_parse_t *p, uint32_t i)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    switch (ph->type) {
    case ELF_PT_LOAD:
    case ELF_PT_DYNAMIC:
    case ELF_PT_NOTE:
    case ELF_PT_PHDR:
    case ELF_PT_GNU_RELRO:
    case ELF_PT_GNU_EH_FRAME:
    case ELF_PT_GNU_PROPERTY:
        return OK;
    case ELF_PT_GNU_STACK:
        if (ph->flags & SIP_SEGMENT_X)
            return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_STACK, i, ph->flags, 0);
        return OK;
    case ELF_PT_INTERP:
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_INTERP, i, ph->type, 0);
    case ELF_PT_TLS:
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_TLS, i, ph->type, 0);
    default:
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_TYPE, i, ph->type, 0);
    }
}

static bool is_power_of_two(uint64_t x)
{
    return x != 0 && (x & (x - 1)) == 0;
}

/* One PT_LOAD on its own: alignment, sizes, file range, span, W^X. */
static err_t check_load_shape(sip_image_parse_t *p, uint32_t i)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    if (!is_power_of_two(ph->align) || ph->align < PAGE_SIZE || ph->align > SIP_IMAGE_MAX_ALIGN)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_ALIGN, i, ph->align, 0);
    if (ph->vaddr % PAGE_SIZE != ph->offset % PAGE_SIZE)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_ALIGN, i, ph->vaddr, 0);
    if (ph->memsz == 0)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_EMPTY, i, 0, 0);
    if (ph->filesz > ph->memsz)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_SIZE, i, ph->filesz, ph->memsz);
    if (!sip_image_range_inside(ph->offset, ph->filesz, p->size))
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_FILE_RANGE, i, ph->offset, p->size);
    if (!sip_image_range_inside(ph->vaddr, ph->memsz, SIP_IMAGE_MAX_SPAN)) {
        uint64_t end = ph->memsz > UINT64_MAX - ph->vaddr ? UINT64_MAX : ph->vaddr + ph->memsz;
        return sip_image_refuse(p->why, SIP_IMAGE_SPAN, i, end, SIP_IMAGE_MAX_SPAN);
    }
    if ((ph->flags & SIP_SEGMENT_W) && (ph->flags & SIP_SEGMENT_X))
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_WX, i, ph->flags, 0);
    return OK;
}

/* The PT_LOAD at phdr i against the segments recorded so far. */
static err_t check_load_place(sip_image_parse_t *p, uint32_t i)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    uint32_t n = p->img->segment_count;
    if (n == 0)
        return ph->vaddr < PAGE_SIZE ? OK
                                     : sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_FIRST, i, ph->vaddr, 0);
    if (n == SIP_IMAGE_MAX_SEGMENTS)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_COUNT, i, n + 1, SIP_IMAGE_MAX_SEGMENTS);
    const sip_segment_t *prev = &p->img->segments[n - 1];
    uint64_t prev_end = prev->vaddr + prev->memsz;
    if (ph->vaddr < prev->vaddr)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_ORDER, i, ph->vaddr, prev->vaddr);
    if (sip_image_page_down(ph->vaddr) < sip_image_page_up(prev_end))
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_OVERLAP, i, ph->vaddr, prev_end);
    return OK;
}

static void record_load(sip_image_parse_t *p, uint32_t i)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    sip_image_t *img = p->img;
    sip_segment_t *seg = &img->segments[img->segment_count++];
    seg->vaddr = ph->vaddr;
    seg->memsz = ph->memsz;
    seg->filesz = ph->filesz;
    seg->offset = ph->offset;
    seg->flags = ph->flags & (SIP_SEGMENT_R | SIP_SEGMENT_W | SIP_SEGMENT_X);
    if (ph->align > img->align)
        img->align = ph->align;
    img->span = sip_image_page_up(ph->vaddr + ph->memsz);
}

static err_t check_loads(sip_image_parse_t *p)
{
    for (uint32_t i = 0; i < p->phnum; i++) {
        if (p->phdrs[i].type != ELF_PT_LOAD)
            continue;
        err_t rc = check_load_shape(p, i);
        if (rc != OK)
            return rc;
        rc = check_load_place(p, i);
        if (rc != OK)
            return rc;
        record_load(p, i);
    }
    if (p->img->segment_count == 0)
        return sip_image_refuse(p->why, SIP_IMAGE_SEGMENT_COUNT, 0, 0, SIP_IMAGE_MAX_SEGMENTS);
    return OK;
}

/* e_entry must point at file-backed bytes of an executable segment. */
static err_t check_entry(sip_image_parse_t *p)
{
    uint64_t entry = p->ehdr.entry;
    for (uint32_t s = 0; s < p->img->segment_count; s++) {
        const sip_segment_t *seg = &p->img->segments[s];
        if ((seg->flags & SIP_SEGMENT_X) && entry >= seg->vaddr && entry - seg->vaddr < seg->filesz) {
            p->img->entry = entry;
            return OK;
        }
    }
    return sip_image_refuse(p->why, SIP_IMAGE_ENTRY, 0, entry, 0);
}

/* True when [vaddr, vaddr + len) lies inside one writable segment. */
bool sip_image_inside_writable(const sip_image_t *img, uint64_t vaddr, uint64_t len)
{
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        if ((seg->flags & SIP_SEGMENT_W) && vaddr >= seg->vaddr &&
            sip_image_range_inside(vaddr - seg->vaddr, len, seg->memsz))
            return true;
    }
    return false;
}

/* At most one PT_GNU_RELRO: page-aligned start, inside one writable segment. */
static err_t check_relro(sip_image_parse_t *p)
{
    bool seen = false;
    for (uint32_t i = 0; i < p->phnum; i++) {
        const elf64_phdr_t *ph = &p->phdrs[i];
        if (ph->type != ELF_PT_GNU_RELRO)
            continue;
        if (seen || ph->vaddr % PAGE_SIZE != 0 || ph->memsz == 0 ||
            !sip_image_inside_writable(p->img, ph->vaddr, ph->memsz))
            return sip_image_refuse(p->why, SIP_IMAGE_RELRO, i, ph->vaddr, 0);
        seen = true;
        p->img->relro_start = ph->vaddr;
        p->img->relro_end = sip_image_page_down(ph->vaddr + ph->memsz);
    }
    return OK;
}

err_t sip_image_check_segments(sip_image_parse_t *p)
{
    for (uint32_t i = 0; i < p->phnum; i++) {
        err_t rc = check_type(p, i);
        if (rc != OK)
            return rc;
    }
    err_t rc = check_loads(p);
    if (rc != OK)
        return rc;
    rc = check_entry(p);
    if (rc != OK)
        return rc;
    return check_relro(p);
}
