/*
 * sip_image.h — validating, sealing and relocating SIP images (pure code).
 *
 * A sealed SIP image is an x86-64 ELF static PIE followed by a sip_seal_t
 * (abi/seal.h); the ELF carries one manifest note (abi/manifest.h). The
 * kernel's loader calls sip_image_parse() on the bytes of a Multiboot
 * module, allocates img.span bytes aligned to img.align, then calls
 * sip_image_load(). The host sealer (kernel/tools/sipseal) uses the same
 * code, so an image the build seals is an image the loader accepts.
 *
 * Nothing here touches the platform: no allocation, no mapping, no output.
 * Every refusal names its reason in a sip_image_problem_t; see
 * kernel/tools/README.md for the list and the rules behind each.
 */
#ifndef INSULA_SIP_IMAGE_H
#define INSULA_SIP_IMAGE_H

#include "abi/manifest.h"
#include "abi/seal.h"
#include "err.h"
#include "sha256.h"

#include <stddef.h>
#include <stdint.h>

#define SIP_IMAGE_MAX_SEGMENTS 8            /* PT_LOAD entries */
#define SIP_IMAGE_MAX_PHDRS 32              /* program headers of any type */
#define SIP_IMAGE_MAX_SPAN (64ull << 20)    /* bytes from vaddr 0 to the end */
#define SIP_IMAGE_MAX_ALIGN (2ull << 20)    /* largest PT_LOAD p_align */
#define SIP_IMAGE_STACK_MIN 4096u
#define SIP_IMAGE_STACK_MAX (1u << 20)

/* Segment permission bits (the ELF PF_* values). */
enum {
    SIP_SEGMENT_X = 1u << 0,
    SIP_SEGMENT_W = 1u << 1,
    SIP_SEGMENT_R = 1u << 2,
};

/* One PT_LOAD segment; vaddr is an offset from the load address. */
typedef struct {
    uint64_t vaddr;
    uint64_t memsz;
    uint64_t filesz;
    uint64_t offset;        /* in the file */
    uint32_t flags;         /* SIP_SEGMENT_* */
} sip_segment_t;

/* What a successful sip_image_parse() learned about an image. */
typedef struct {
    uint64_t span;          /* bytes to allocate: page-rounded end of the last segment */
    uint64_t align;         /* the load address must be a multiple of this */
    uint64_t entry;         /* entry point, offset from the load address */
    uint64_t elf_size;      /* bytes of the ELF part (the sealed bytes) */
    uint32_t segment_count;
    sip_segment_t segments[SIP_IMAGE_MAX_SEGMENTS];    /* sorted by vaddr */
    uint64_t rela_offset;   /* file offset of the Elf64_Rela table */
    uint64_t rela_count;    /* entries, all R_X86_64_RELATIVE */
    uint64_t relro_start;   /* write-protect [relro_start, relro_end) after */
    uint64_t relro_end;     /*   relocating; both page-aligned, equal if none */
    sip_manifest_t manifest;
    uint8_t digest[SHA256_DIGEST_BYTES];
} sip_image_t;

/* Why an image was refused. Names are stable: tools print SIP-IMAGE-<name>. */
typedef enum {
    SIP_IMAGE_OK = 0,
    SIP_IMAGE_TRUNCATED,            /* value: size, limit: least size (ELF header + seal) */
    SIP_IMAGE_SEAL_MAGIC,           /* no seal at the end */
    SIP_IMAGE_SEAL_LENGTH,          /* value: sealed_bytes, limit: bytes before the seal */
    SIP_IMAGE_SEAL_RESERVED,        /* value: the seal's reserved field (must be 0) */
    SIP_IMAGE_SEAL_DIGEST,          /* SHA-256 mismatch */
    SIP_IMAGE_ELF_MAGIC,
    SIP_IMAGE_ELF_CLASS,            /* value: e_ident[EI_CLASS] */
    SIP_IMAGE_ELF_ENDIAN,           /* value: e_ident[EI_DATA] */
    SIP_IMAGE_ELF_VERSION,          /* value: the bad version */
    SIP_IMAGE_ELF_ABI,              /* value: e_ident[EI_OSABI] */
    SIP_IMAGE_ELF_TYPE,             /* value: e_type */
    SIP_IMAGE_ELF_MACHINE,          /* value: e_machine */
    SIP_IMAGE_ELF_HEADER,           /* value: e_ehsize or e_phentsize, limit: expected */
    SIP_IMAGE_PHDR_COUNT,           /* value: e_phnum, limit: the maximum */
    SIP_IMAGE_PHDR_RANGE,           /* value: e_phoff, limit: file size */
    SIP_IMAGE_SEGMENT_TYPE,         /* index: phdr, value: p_type */
    SIP_IMAGE_SEGMENT_INTERP,       /* index: phdr */
    SIP_IMAGE_SEGMENT_TLS,          /* index: phdr */
    SIP_IMAGE_SEGMENT_STACK,        /* index: phdr, value: flags (PT_GNU_STACK asks for X) */
    SIP_IMAGE_SEGMENT_COUNT,        /* index: phdr, value: PT_LOADs (0 or one too many), limit: max */
    SIP_IMAGE_SEGMENT_ALIGN,        /* index: phdr, value: p_align or p_vaddr */
    SIP_IMAGE_SEGMENT_EMPTY,        /* index: phdr (p_memsz is 0) */
    SIP_IMAGE_SEGMENT_SIZE,         /* index: phdr, value: filesz, limit: memsz */
    SIP_IMAGE_SEGMENT_FILE_RANGE,   /* index: phdr, value: p_offset, limit: file size */
    SIP_IMAGE_SEGMENT_ORDER,        /* index: phdr, value: p_vaddr, limit: previous p_vaddr */
    SIP_IMAGE_SEGMENT_OVERLAP,      /* index: phdr, value: p_vaddr, limit: prev end */
    SIP_IMAGE_SEGMENT_WX,           /* index: phdr, value: p_flags */
    SIP_IMAGE_SEGMENT_FIRST,        /* index: phdr, value: p_vaddr */
    SIP_IMAGE_SPAN,                 /* index: phdr, value: its end, limit: SIP_IMAGE_MAX_SPAN */
    SIP_IMAGE_ENTRY,                /* value: e_entry */
    SIP_IMAGE_RELRO,                /* index: phdr, value: p_vaddr */
    SIP_IMAGE_DYNAMIC_RANGE,        /* index: phdr, value: p_offset, limit: file size */
    SIP_IMAGE_DYNAMIC_TWICE,        /* index: phdr of a second PT_DYNAMIC */
    SIP_IMAGE_DYNAMIC_DUPLICATE,    /* index: entry, value: tag */
    SIP_IMAGE_DYNAMIC_TAG,          /* index: entry, value: d_tag */
    SIP_IMAGE_DYNAMIC_FLAGS,        /* index: entry, value: DT_FLAGS (has DF_TEXTREL) */
    SIP_IMAGE_DYNAMIC_END,          /* index: phdr, value: entries; no DT_NULL among them */
    SIP_IMAGE_RELA_ENTSIZE,         /* value: DT_RELAENT */
    SIP_IMAGE_RELA_RANGE,           /* value: DT_RELA, limit: DT_RELASZ */
    SIP_IMAGE_RELOC_TYPE,           /* index: relocation, value: type */
    SIP_IMAGE_RELOC_TARGET,         /* index: relocation, value: r_offset */
    SIP_IMAGE_RELOC_ADDEND,         /* index: relocation, value: r_addend, limit: span */
    SIP_IMAGE_NOTE_RANGE,           /* index: phdr, value: p_offset, limit: file size */
    SIP_IMAGE_NOTE_MALFORMED,       /* index: phdr, value: offset in the segment */
    SIP_IMAGE_MANIFEST_MISSING,
    SIP_IMAGE_MANIFEST_DUPLICATE,   /* index: phdr holding the second one */
    SIP_IMAGE_MANIFEST_SIZE,        /* value: descsz, limit: sizeof(sip_manifest_t) */
    SIP_IMAGE_MANIFEST_MAGIC,       /* value: magic */
    SIP_IMAGE_MANIFEST_VERSION,     /* value: version */
    SIP_IMAGE_MANIFEST_RESERVED,    /* a reserved field is not zero */
    SIP_IMAGE_MANIFEST_NAME,        /* the SIP's name */
    SIP_IMAGE_MANIFEST_CONTRACT,    /* index: slot (imports 0-7, exports 8-15) */
    SIP_IMAGE_MANIFEST_STACK,       /* value: stack_bytes */
    SIP_IMAGE_MANIFEST_IO,          /* index: range, value: base, limit: count */
    SIP_IMAGE_PROBLEM__COUNT
} sip_image_problem_code_t;

/* A refusal with the detail a precise message needs (unused fields are 0). */
typedef struct {
    sip_image_problem_code_t code;
    uint32_t index;         /* program header, relocation, dynamic entry, slot */
    uint64_t value;         /* the offending value */
    uint64_t limit;         /* the bound it broke */
} sip_image_problem_t;

/*
 * Validates a sealed image file[0..size): seal, digest, ELF header, program
 * headers, dynamic section, relocations and manifest, in that order, and
 * fills *out. On failure *why (which may be NULL) says why, and *out is
 * unspecified. Never reads outside file[0..size).
 * Errors: ERR_TRUNCATED (SIP_IMAGE_TRUNCATED), ERR_CORRUPT (seal problems),
 * ERR_UNSUPPORTED (a feature the loader refuses: interpreter, TLS, an
 * executable stack, unknown segment or dynamic tag, text relocations, a
 * relocation type), ERR_RANGE (too many program headers or segments, span
 * too large), ERR_INVALID (everything else); sip_image_problem_err() maps
 * each problem code to its error.
 */
err_t sip_image_parse(const uint8_t *file, size_t size, sip_image_t *out,
                      sip_image_problem_t *why);

/*
 * Validates an unsealed ELF elf[0..size) with every rule but the seal's;
 * out->digest is left zero. For the sealer and for tests.
 * Errors: as sip_image_parse(), but no seal problem.
 */
err_t sip_image_parse_elf(const uint8_t *elf, size_t size, sip_image_t *out,
                          sip_image_problem_t *why);

/* Computes the seal to append to elf[0..size). Cannot fail. */
void sip_image_seal(const uint8_t *elf, size_t size, sip_seal_t *seal);

/*
 * Copies img's segments from file (the bytes parsed into img) to
 * dest[0..img->span), zeroes everything else in that range (bss, gaps),
 * then applies the relocations for load address (uintptr_t)dest. Writes
 * nothing outside dest[0..img->span).
 * Errors: ERR_ALIGN (dest not a multiple of img->align), ERR_RANGE
 * (dest_size < img->span), ERR_INVALID (img inconsistent with itself:
 * not produced by sip_image_parse()).
 */
err_t sip_image_load(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                     uint64_t dest_size);

/*
 * Writes dest[lo, hi) again exactly as sip_image_load(img, file, dest, ...)
 * wrote it (file bytes, zeroes, relocated words), and nothing else: for an
 * image placed at dest before, whose other bytes are unchanged since.
 * Errors: ERR_ALIGN, ERR_RANGE (lo > hi or hi > img->span), ERR_INVALID
 * (as sip_image_load).
 */
err_t sip_image_reload(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                       uint64_t lo, uint64_t hi);

/* The stable name ("SEAL-DIGEST") and a one-phrase text of a problem code. */
const char *sip_image_problem_name(sip_image_problem_code_t code);
const char *sip_image_problem_text(sip_image_problem_code_t code);

/* The err_t that sip_image_parse() returns for a problem code. */
err_t sip_image_problem_err(sip_image_problem_code_t code);

/*
 * Formats one line such as "[SIP-IMAGE-SEGMENT-WX] program header 2 is
 * writable and executable" into buf (NUL-terminated when len > 0).
 * Returns the length the whole line would have had.
 */
size_t sip_image_describe(const sip_image_problem_t *why, char *buf, size_t len);

#endif
