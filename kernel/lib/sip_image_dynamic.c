/*
 * sip_image_dynamic.c — the PT_DYNAMIC pass: which dynamic tags a SIP may
 * carry, where its relocation table is, and that every relocation is an
 * R_X86_64_RELATIVE that writes an aligned 8-byte slot of a writable
 * segment with an addend inside the image.
 *
 * Relocations are read from the file (never from the loaded copy), so a
 * relocation cannot rewrite the relocation table.
 */
#include "sip_image_elf.h"

/* What the dynamic section said; seen_* catch repeated tags. */
typedef struct {
    uint64_t rela, relasz, relaent;
    bool seen_rela, seen_relasz, seen_relaent;
} dynamic_info_t;

/* Tags with no meaning for a loader that only applies RELATIVE relocations. */
static bool tag_is_harmless(int64_t tag)
{
    switch (tag) {
    case ELF_DT_HASH:
    case ELF_DT_GNU_HASH:
    case ELF_DT_STRTAB:
    case ELF_DT_SYMTAB:
    case ELF_DT_STRSZ:
    case ELF_DT_SYMENT:
    case ELF_DT_DEBUG:
    case ELF_DT_RELACOUNT:
    case ELF_DT_FLAGS_1:
        return true;
    default:
        return false;
    }
}

static err_t record_once(sip_image_parse_t *p, uint32_t e, const elf64_dyn_t *d, uint64_t *slot,
                         bool *seen)
{
    if (*seen)
        return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_DUPLICATE, e, (uint64_t)d->tag, 0);
    *seen = true;
    *slot = d->val;
    return OK;
}

/* One dynamic entry (not DT_NULL). */
static err_t take_entry(sip_image_parse_t *p, uint32_t e, const elf64_dyn_t *d, dynamic_info_t *info)
{
    switch (d->tag) {
    case ELF_DT_RELA:
        return record_once(p, e, d, &info->rela, &info->seen_rela);
    case ELF_DT_RELASZ:
        return record_once(p, e, d, &info->relasz, &info->seen_relasz);
    case ELF_DT_RELAENT:
        return record_once(p, e, d, &info->relaent, &info->seen_relaent);
    case ELF_DT_FLAGS:
        if (d->val & ELF_DF_TEXTREL)
            return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_FLAGS, e, d->val, 0);
        return OK;
    default:
        if (tag_is_harmless(d->tag))
            return OK;
        return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_TAG, e, (uint64_t)d->tag, 0);
    }
}

/* Walks the dynamic section of phdr i up to DT_NULL. */
static err_t read_dynamic(sip_image_parse_t *p, uint32_t i, dynamic_info_t *info)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    if (!sip_image_range_inside(ph->offset, ph->filesz, p->size))
        return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_RANGE, i, ph->offset, p->size);
    uint64_t count = ph->filesz / sizeof(elf64_dyn_t);
    for (uint64_t e = 0; e < count; e++) {
        elf64_dyn_t d;
        sip_image_copy_bytes(&d, p->elf + ph->offset + e * sizeof(d), sizeof(d));
        if (d.tag == ELF_DT_NULL)
            return OK;
        err_t rc = take_entry(p, (uint32_t)e, &d, info);
        if (rc != OK)
            return rc;
    }
    return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_END, i, count, 0);
}

/* Finds the file offset of [vaddr, vaddr + len) inside one segment's file bytes. */
static bool file_offset_of(const sip_image_t *img, uint64_t vaddr, uint64_t len, uint64_t *offset)
{
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        if (vaddr >= seg->vaddr && sip_image_range_inside(vaddr - seg->vaddr, len, seg->filesz)) {
            *offset = seg->offset + (vaddr - seg->vaddr);
            return true;
        }
    }
    return false;
}

/* DT_RELA/DT_RELASZ/DT_RELAENT: all or none, whole entries, inside the file. */
static err_t locate_relocations(sip_image_parse_t *p, const dynamic_info_t *info)
{
    sip_image_t *img = p->img;
    if (!info->seen_rela && !info->seen_relasz)
        return OK;
    if (info->relaent != sizeof(elf64_rela_t))
        return sip_image_refuse(p->why, SIP_IMAGE_RELA_ENTSIZE, 0, info->relaent, sizeof(elf64_rela_t));
    if (!info->seen_rela || !info->seen_relasz || info->relasz % sizeof(elf64_rela_t) != 0 ||
        !file_offset_of(img, info->rela, info->relasz, &img->rela_offset))
        return sip_image_refuse(p->why, SIP_IMAGE_RELA_RANGE, 0, info->rela, info->relasz);
    img->rela_count = info->relasz / sizeof(elf64_rela_t);
    return OK;
}

/* Relocation r: RELATIVE, an aligned slot in a writable segment, addend in the span. */
static err_t check_relocation(sip_image_parse_t *p, uint64_t r)
{
    const sip_image_t *img = p->img;
    elf64_rela_t rela;
    sip_image_copy_bytes(&rela, p->elf + img->rela_offset + r * sizeof(rela), sizeof(rela));
    uint32_t index = r > UINT32_MAX ? UINT32_MAX : (uint32_t)r;
    if ((uint32_t)rela.info != ELF_R_X86_64_RELATIVE)
        return sip_image_refuse(p->why, SIP_IMAGE_RELOC_TYPE, index, (uint32_t)rela.info, 0);
    if (rela.offset % sizeof(uint64_t) != 0 ||
        !sip_image_inside_writable(img, rela.offset, sizeof(uint64_t)))
        return sip_image_refuse(p->why, SIP_IMAGE_RELOC_TARGET, index, rela.offset, 0);
    if (rela.addend < 0 || (uint64_t)rela.addend > img->span)
        return sip_image_refuse(p->why, SIP_IMAGE_RELOC_ADDEND, index, (uint64_t)rela.addend, img->span);
    return OK;
}

/* Finds the one PT_DYNAMIC, if any, and returns its phdr index in *found. */
static err_t find_dynamic(sip_image_parse_t *p, bool *present, uint32_t *found)
{
    *present = false;
    for (uint32_t i = 0; i < p->phnum; i++) {
        if (p->phdrs[i].type != ELF_PT_DYNAMIC)
            continue;
        if (*present)
            return sip_image_refuse(p->why, SIP_IMAGE_DYNAMIC_TWICE, i, 0, 0);
        *present = true;
        *found = i;
    }
    return OK;
}

err_t sip_image_check_dynamic(sip_image_parse_t *p)
{
    dynamic_info_t info = { 0 };
    bool present;
    uint32_t i = 0;
    err_t rc = find_dynamic(p, &present, &i);
    if (rc != OK || !present)
        return rc;
    rc = read_dynamic(p, i, &info);
    if (rc != OK)
        return rc;
    rc = locate_relocations(p, &info);
    if (rc != OK)
        return rc;
    for (uint64_t r = 0; r < p->img->rela_count; r++) {
        rc = check_relocation(p, r);
        if (rc != OK)
            return rc;
    }
    return OK;
}
