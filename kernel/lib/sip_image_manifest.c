/*
 * sip_image_manifest.c — the note pass: walk every PT_NOTE, find exactly
 * one manifest note (owner "Insula", type SIP_NOTE_MANIFEST, descriptor
 * exactly one sip_manifest_t), and check the manifest's fields.
 *
 * Strings in the manifest are canonical: NUL-terminated inside their
 * array and zero after the NUL, so two images that mean the same thing
 * carry the same bytes (and the same digest).
 */
#include "sip_image_elf.h"

#define NOTE_OWNER_BYTES 7      /* "Insula" and its NUL */
#define CONTRACT_SLOTS (2 * SIP_MAX_CONTRACTS)

static uint64_t align_up(uint64_t x, uint64_t a)
{
    return (x + a - 1) & ~(a - 1);
}

static bool is_manifest_note(const elf64_nhdr_t *n, const uint8_t *name)
{
    static const char owner[NOTE_OWNER_BYTES] = SIP_NOTE_OWNER;
    if (n->type != SIP_NOTE_MANIFEST || n->namesz != NOTE_OWNER_BYTES)
        return false;
    for (int i = 0; i < NOTE_OWNER_BYTES; i++)
        if (name[i] != (uint8_t)owner[i])
            return false;
    return true;
}

/* Copies the manifest found at file offset desc; refuses a second one. */
static err_t take_manifest(sip_image_parse_t *p, uint32_t i, const elf64_nhdr_t *n, uint64_t desc,
                           uint32_t *found)
{
    if (*found > 0)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_DUPLICATE, i, 0, 0);
    if (n->descsz != sizeof(sip_manifest_t))
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_SIZE, i, n->descsz, sizeof(sip_manifest_t));
    sip_image_copy_bytes(&p->img->manifest, p->elf + desc, sizeof(sip_manifest_t));
    (*found)++;
    return OK;
}

/*
 * Walks the notes of PT_NOTE phdr i; counts manifest notes in *found.
 * Layout (offsets from the segment's start): a 12-byte header, the name,
 * then the descriptor and the next note, each aligned to 4 (or to 8 when
 * the segment's p_align is 8).
 */
static err_t walk_notes(sip_image_parse_t *p, uint32_t i, uint32_t *found)
{
    const elf64_phdr_t *ph = &p->phdrs[i];
    uint64_t pad = ph->align == 8 ? 8 : 4;
    if (!sip_image_range_inside(ph->offset, ph->filesz, p->size))
        return sip_image_refuse(p->why, SIP_IMAGE_NOTE_RANGE, i, ph->offset, p->size);
    for (uint64_t at = 0; at < ph->filesz;) {
        elf64_nhdr_t n;
        if (ph->filesz - at < sizeof(n))
            return sip_image_refuse(p->why, SIP_IMAGE_NOTE_MALFORMED, i, at, 0);
        sip_image_copy_bytes(&n, p->elf + ph->offset + at, sizeof(n));
        uint64_t desc = align_up(at + sizeof(n) + n.namesz, pad);
        if (desc > ph->filesz || n.descsz > ph->filesz - desc)
            return sip_image_refuse(p->why, SIP_IMAGE_NOTE_MALFORMED, i, at, 0);
        if (is_manifest_note(&n, p->elf + ph->offset + at + sizeof(n))) {
            err_t rc = take_manifest(p, i, &n, ph->offset + desc, found);
            if (rc != OK)
                return rc;
        }
        at = align_up(desc + n.descsz, pad);
    }
    return OK;
}

/* A NUL-terminated, zero-padded string whose characters pass `allowed`. */
static bool string_valid(const char *s, size_t cap, bool (*allowed)(char c, size_t at))
{
    size_t len = 0;
    while (len < cap && s[len] != '\0') {
        if (!allowed(s[len], len))
            return false;
        len++;
    }
    if (len == 0 || len == cap)
        return false;
    for (size_t i = len; i < cap; i++)
        if (s[i] != '\0')
            return false;
    return true;
}

static bool is_lower_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* SIP names: [a-z0-9_-]. */
static bool sip_name_char(char c, size_t at)
{
    (void)at;
    return is_lower_alnum(c) || c == '_' || c == '-';
}

/* Contract names (contracts/LANGUAGE.md): a letter, then letters, digits, '_'. */
static bool contract_name_char(char c, size_t at)
{
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return letter || (at > 0 && ((c >= '0' && c <= '9') || c == '_'));
}

static bool slot_empty(const char *s, size_t cap)
{
    for (size_t i = 0; i < cap; i++)
        if (s[i] != '\0')
            return false;
    return true;
}

/* Every import and export slot: empty, or a contract name. */
static err_t check_contracts(sip_image_parse_t *p, const sip_manifest_t *m)
{
    for (uint32_t slot = 0; slot < CONTRACT_SLOTS; slot++) {
        const char *s = slot < SIP_MAX_CONTRACTS ? m->imports[slot]
                                                 : m->exports[slot - SIP_MAX_CONTRACTS];
        if (!slot_empty(s, SIP_NAME_MAX) && !string_valid(s, SIP_NAME_MAX, contract_name_char))
            return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_CONTRACT, slot, 0, 0);
    }
    return OK;
}

/* Reserved fields zero; I/O ranges inside the 64 Ki port space. */
static err_t check_reserved_and_io(sip_image_parse_t *p, const sip_manifest_t *m)
{
    if (m->reserved0 != 0)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_RESERVED, 0, 0, 0);
    for (uint32_t r = 0; r < SIP_MAX_IO_RANGES; r++) {
        const sip_io_range_t *io = &m->io_ranges[r];
        if ((uint32_t)io->base + io->count > 0x10000u)
            return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_IO, r, io->base, io->count);
    }
    return OK;
}

static err_t check_fields(sip_image_parse_t *p, const sip_manifest_t *m)
{
    if (m->magic != SIP_MANIFEST_MAGIC)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_MAGIC, 0, m->magic, SIP_MANIFEST_MAGIC);
    if (m->version != SIP_MANIFEST_VERSION)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_VERSION, 0, m->version, SIP_MANIFEST_VERSION);
    err_t rc = check_reserved_and_io(p, m);
    if (rc != OK)
        return rc;
    if (!string_valid(m->name, SIP_NAME_MAX, sip_name_char))
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_NAME, 0, 0, 0);
    if (m->stack_bytes < SIP_IMAGE_STACK_MIN || m->stack_bytes > SIP_IMAGE_STACK_MAX ||
        m->stack_bytes % 16 != 0)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_STACK, 0, m->stack_bytes, 0);
    return check_contracts(p, m);
}

err_t sip_image_check_manifest(sip_image_parse_t *p)
{
    uint32_t found = 0;
    for (uint32_t i = 0; i < p->phnum; i++) {
        if (p->phdrs[i].type != ELF_PT_NOTE)
            continue;
        err_t rc = walk_notes(p, i, &found);
        if (rc != OK)
            return rc;
    }
    if (found == 0)
        return sip_image_refuse(p->why, SIP_IMAGE_MANIFEST_MISSING, 0, 0, 0);
    return check_fields(p, &p->img->manifest);
}
