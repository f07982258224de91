/*
 * sip_image.c — the entry points of SIP image validation: the seal, the ELF
 * header and the program header table. The later passes live in
 * sip_image_segments.c, sip_image_dynamic.c and sip_image_manifest.c; the
 * loader in sip_image_load.c; the refusal texts in sip_image_describe.c.
 *
 * Rule for every pass: an offset read from the file is checked with
 * sip_image_range_inside() against the bytes actually present before any byte
 * is read through it.
 */
#include "sip_image_elf.h"

/* memcpy: the kernel provides it (rep movsb); host builds use the C library's. */
void sip_image_copy_bytes(void *dst, const void *src, size_t n)
{
    __builtin_memcpy(dst, src, n);
}

static void bytes_zero(void *dst, size_t n)
{
    uint8_t *d = dst;
    for (size_t i = 0; i < n; i++)
        d[i] = 0;
}

static bool bytes_equal(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;
    uint8_t diff = 0;
    for (size_t i = 0; i < n; i++)
        diff |= (uint8_t)(x[i] ^ y[i]);
    return diff == 0;
}

err_t sip_image_refuse(sip_image_problem_t *why, sip_image_problem_code_t code, uint32_t index,
                 uint64_t value, uint64_t limit)
{
    why->code = code;
    why->index = index;
    why->value = value;
    why->limit = limit;
    return sip_image_problem_err(code);
}

/* e_ident: magic, class, encoding, version, OS ABI. */
static err_t check_ident(sip_image_parse_t *p)
{
    const uint8_t *id = p->ehdr.ident;
    if (id[0] != 0x7f || id[1] != 'E' || id[2] != 'L' || id[3] != 'F')
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_MAGIC, 0, 0, 0);
    if (id[4] != ELF_CLASS_64)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_CLASS, 0, id[4], 0);
    if (id[5] != ELF_DATA_LSB)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_ENDIAN, 0, id[5], 0);
    if (id[6] != ELF_VERSION_CURRENT)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_VERSION, 0, id[6], 0);
    if (id[7] != ELF_OSABI_SYSV)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_ABI, 0, id[7], 0);
    return OK;
}

/* The rest of the ELF header, then the program header table's place. */
static err_t check_header(sip_image_parse_t *p)
{
    const elf64_ehdr_t *h = &p->ehdr;
    err_t rc = check_ident(p);
    if (rc != OK)
        return rc;
    if (h->type != ELF_TYPE_DYN)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_TYPE, 0, h->type, 0);
    if (h->machine != ELF_MACHINE_X86_64)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_MACHINE, 0, h->machine, 0);
    if (h->version != ELF_VERSION_CURRENT)
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_VERSION, 0, h->version, 0);
    if (h->ehsize != sizeof(elf64_ehdr_t))
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_HEADER, 0, h->ehsize, sizeof(elf64_ehdr_t));
    if (h->phentsize != sizeof(elf64_phdr_t))
        return sip_image_refuse(p->why, SIP_IMAGE_ELF_HEADER, 0, h->phentsize, sizeof(elf64_phdr_t));
    if (h->phnum == 0 || h->phnum > SIP_IMAGE_MAX_PHDRS)
        return sip_image_refuse(p->why, SIP_IMAGE_PHDR_COUNT, 0, h->phnum, SIP_IMAGE_MAX_PHDRS);
    if (!sip_image_range_inside(h->phoff, (uint64_t)h->phnum * sizeof(elf64_phdr_t), p->size))
        return sip_image_refuse(p->why, SIP_IMAGE_PHDR_RANGE, 0, h->phoff, p->size);
    return OK;
}

static void read_phdrs(sip_image_parse_t *p)
{
    p->phnum = p->ehdr.phnum;
    for (uint32_t i = 0; i < p->phnum; i++)
        sip_image_copy_bytes(&p->phdrs[i], p->elf + p->ehdr.phoff + i * sizeof(elf64_phdr_t),
                       sizeof(elf64_phdr_t));
}

err_t sip_image_parse_elf(const uint8_t *elf, size_t size, sip_image_t *out,
                          sip_image_problem_t *why)
{
    sip_image_problem_t scratch;
    sip_image_parse_t p = { .elf = elf, .size = size, .img = out, .why = why ? why : &scratch };
    bytes_zero(out, sizeof(*out));
    bytes_zero(p.why, sizeof(*p.why));
    if (size < sizeof(elf64_ehdr_t))
        return sip_image_refuse(p.why, SIP_IMAGE_TRUNCATED, 0, size, sizeof(elf64_ehdr_t));
    sip_image_copy_bytes(&p.ehdr, elf, sizeof(elf64_ehdr_t));
    err_t rc = check_header(&p);
    if (rc != OK)
        return rc;
    read_phdrs(&p);
    out->elf_size = size;
    rc = sip_image_check_segments(&p);
    if (rc != OK)
        return rc;
    rc = sip_image_check_dynamic(&p);
    if (rc != OK)
        return rc;
    return sip_image_check_manifest(&p);
}

void sip_image_seal(const uint8_t *elf, size_t size, sip_seal_t *seal)
{
    static const char magic[16] = SIP_SEAL_MAGIC;
    bytes_zero(seal, sizeof(*seal));
    sip_image_copy_bytes(seal->magic, magic, sizeof(seal->magic));
    seal->sealed_bytes = size;
    sha256(elf, size, seal->sha256);
}

/* Checks the trailer of elf[0..size): magic, length, reserved field, digest. */
static err_t check_seal(const uint8_t *elf, uint64_t size, const sip_seal_t *seal,
                        sip_image_problem_t *why)
{
    static const char magic[16] = SIP_SEAL_MAGIC;
    uint8_t digest[SHA256_DIGEST_BYTES];
    if (!bytes_equal(seal->magic, magic, sizeof(magic)))
        return sip_image_refuse(why, SIP_IMAGE_SEAL_MAGIC, 0, 0, 0);
    if (seal->sealed_bytes != size)
        return sip_image_refuse(why, SIP_IMAGE_SEAL_LENGTH, 0, seal->sealed_bytes, size);
    if (seal->reserved != 0)
        return sip_image_refuse(why, SIP_IMAGE_SEAL_RESERVED, 0, seal->reserved, 0);
    sha256(elf, size, digest);
    if (!bytes_equal(digest, seal->sha256, sizeof(digest)))
        return sip_image_refuse(why, SIP_IMAGE_SEAL_DIGEST, 0, 0, 0);
    return OK;
}

err_t sip_image_parse(const uint8_t *file, size_t size, sip_image_t *out,
                      sip_image_problem_t *why)
{
    sip_image_problem_t scratch;
    const uint64_t least = sizeof(elf64_ehdr_t) + sizeof(sip_seal_t);
    sip_seal_t seal;
    if (why == NULL)
        why = &scratch;
    bytes_zero(why, sizeof(*why));
    if (size < least)
        return sip_image_refuse(why, SIP_IMAGE_TRUNCATED, 0, size, least);
    uint64_t elf_size = size - sizeof(sip_seal_t);
    sip_image_copy_bytes(&seal, file + elf_size, sizeof(seal));
    err_t rc = check_seal(file, elf_size, &seal, why);
    if (rc != OK)
        return rc;
    rc = sip_image_parse_elf(file, elf_size, out, why);
    if (rc != OK)
        return rc;
    sip_image_copy_bytes(out->digest, seal.sha256, sizeof(out->digest));
    return OK;
}
