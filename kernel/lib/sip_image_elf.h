/*
 * sip_image_elf.h — private to kernel/lib/sip_image_*.c: the minimal ELF64
 * layouts the SIP image format uses, and the parse state passed between the
 * checking passes.
 *
 * Only the x86-64 System V ABI is read, so the structures are little-endian
 * and naturally aligned; they are filled by copying bytes out of the file
 * (never by casting a file pointer, which may be misaligned).
 */
#ifndef INSULA_SIP_IMAGE_ELF_H
#define INSULA_SIP_IMAGE_ELF_H

#include "memmap.h"
#include "sip_image.h"

#include <stdbool.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "ELF fields are read in host order");

typedef struct {
    uint8_t ident[16];
    uint16_t type;
    uint16_t machine;
    uint32_t version;
    uint64_t entry;
    uint64_t phoff;
    uint64_t shoff;
    uint32_t flags;
    uint16_t ehsize;
    uint16_t phentsize;
    uint16_t phnum;
    uint16_t shentsize;
    uint16_t shnum;
    uint16_t shstrndx;
} elf64_ehdr_t;

typedef struct {
    uint32_t type;
    uint32_t flags;
    uint64_t offset;
    uint64_t vaddr;
    uint64_t paddr;
    uint64_t filesz;
    uint64_t memsz;
    uint64_t align;
} elf64_phdr_t;

typedef struct {
    int64_t tag;
    uint64_t val;
} elf64_dyn_t;

typedef struct {
    uint64_t offset;
    uint64_t info;
    int64_t addend;
} elf64_rela_t;

typedef struct {
    uint32_t namesz;
    uint32_t descsz;
    uint32_t type;
} elf64_nhdr_t;

_Static_assert(sizeof(elf64_ehdr_t) == 64, "ELF64 header layout");
_Static_assert(__builtin_offsetof(elf64_ehdr_t, entry) == 24, "ELF64 header layout");
_Static_assert(__builtin_offsetof(elf64_ehdr_t, phoff) == 32, "ELF64 header layout");
_Static_assert(__builtin_offsetof(elf64_ehdr_t, ehsize) == 52, "ELF64 header layout");
_Static_assert(__builtin_offsetof(elf64_ehdr_t, phnum) == 56, "ELF64 header layout");
_Static_assert(sizeof(elf64_phdr_t) == 56, "ELF64 program header layout");
_Static_assert(__builtin_offsetof(elf64_phdr_t, offset) == 8, "ELF64 program header layout");
_Static_assert(__builtin_offsetof(elf64_phdr_t, filesz) == 32, "ELF64 program header layout");
_Static_assert(__builtin_offsetof(elf64_phdr_t, align) == 48, "ELF64 program header layout");
_Static_assert(sizeof(elf64_dyn_t) == 16, "ELF64 dynamic entry layout");
_Static_assert(sizeof(elf64_rela_t) == 24, "ELF64 RELA entry layout");
_Static_assert(__builtin_offsetof(elf64_rela_t, addend) == 16, "ELF64 RELA entry layout");
_Static_assert(sizeof(elf64_nhdr_t) == 12, "ELF note header layout");

/* e_ident and header values. */
#define ELF_CLASS_64 2
#define ELF_DATA_LSB 1
#define ELF_VERSION_CURRENT 1
#define ELF_OSABI_SYSV 0
#define ELF_TYPE_DYN 3
#define ELF_MACHINE_X86_64 62

/* Program header types. */
#define ELF_PT_NULL 0
#define ELF_PT_LOAD 1
#define ELF_PT_DYNAMIC 2
#define ELF_PT_INTERP 3
#define ELF_PT_NOTE 4
#define ELF_PT_PHDR 6
#define ELF_PT_TLS 7
#define ELF_PT_GNU_EH_FRAME 0x6474e550u
#define ELF_PT_GNU_STACK 0x6474e551u
#define ELF_PT_GNU_RELRO 0x6474e552u
#define ELF_PT_GNU_PROPERTY 0x6474e553u

/* Dynamic tags the loader reads or tolerates. */
#define ELF_DT_NULL 0
#define ELF_DT_HASH 4
#define ELF_DT_STRTAB 5
#define ELF_DT_SYMTAB 6
#define ELF_DT_RELA 7
#define ELF_DT_RELASZ 8
#define ELF_DT_RELAENT 9
#define ELF_DT_STRSZ 10
#define ELF_DT_SYMENT 11
#define ELF_DT_DEBUG 21
#define ELF_DT_FLAGS 30
#define ELF_DT_GNU_HASH 0x6ffffef5
#define ELF_DT_RELACOUNT 0x6ffffff9
#define ELF_DT_FLAGS_1 0x6ffffffb
#define ELF_DF_TEXTREL 0x4

#define ELF_R_X86_64_RELATIVE 8

/* State shared by the passes of one sip_image_parse_elf() call. */
typedef struct {
    const uint8_t *elf;
    uint64_t size;
    sip_image_t *img;
    sip_image_problem_t *why;           /* never NULL inside the passes */
    elf64_ehdr_t ehdr;
    uint32_t phnum;
    elf64_phdr_t phdrs[SIP_IMAGE_MAX_PHDRS];
} sip_image_parse_t;

/* Records a refusal in *why and returns its err_t. */
err_t sip_image_refuse(sip_image_problem_t *why, sip_image_problem_code_t code, uint32_t index,
                 uint64_t value, uint64_t limit);

/* True when [offset, offset + len) lies inside [0, size), without overflow. */
static inline bool sip_image_range_inside(uint64_t offset, uint64_t len, uint64_t size)
{
    return offset <= size && len <= size - offset;
}

static inline uint64_t sip_image_page_down(uint64_t x)
{
    return x & ~(PAGE_SIZE - 1);
}

/* Callers guarantee x <= SIP_IMAGE_MAX_SPAN, so this cannot wrap. */
static inline uint64_t sip_image_page_up(uint64_t x)
{
    return (x + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

/* Copies n bytes; the library's own loop (no libc). */
void sip_image_copy_bytes(void *dst, const void *src, size_t n);

/* True when [vaddr, vaddr + len) lies inside one writable segment of img. */
bool sip_image_inside_writable(const sip_image_t *img, uint64_t vaddr, uint64_t len);

/* The checking passes, run in this order by sip_image_parse_elf(). */
err_t sip_image_check_segments(sip_image_parse_t *p);       /* sip_image_segments.c */
err_t sip_image_check_dynamic(sip_image_parse_t *p);        /* sip_image_dynamic.c */
err_t sip_image_check_manifest(sip_image_parse_t *p);       /* sip_image_manifest.c */

#endif
