/*
 * sip_image_describe.c — names, texts and messages for every refusal.
 *
 * Each problem code has a stable name (printed as [SIP-IMAGE-<name>]), the
 * err_t sip_image_parse() returns for it, a short text, and a detail
 * format that takes either (index, value, limit) or (value, limit).
 */
#include "fmt.h"
#include "sip_image_elf.h"

typedef enum { ARGS_IVL, ARGS_VL } args_t;

typedef struct {
    const char *name;
    err_t err;
    const char *text;
    args_t args;
    const char *detail;     /* fmt_snprintf format over the args above */
} problem_info_t;

#define P(code, nm, e, tx, a, dt) [code] = { nm, e, tx, a, dt }

static const problem_info_t problems[SIP_IMAGE_PROBLEM__COUNT] = {
    P(SIP_IMAGE_OK, "OK", OK, "no problem", ARGS_VL, "no problem"),
    P(SIP_IMAGE_TRUNCATED, "TRUNCATED", ERR_TRUNCATED, "file too short", ARGS_VL,
      "the file has %llu bytes; an image needs at least %llu"),
    P(SIP_IMAGE_SEAL_MAGIC, "SEAL-MAGIC", ERR_CORRUPT, "no seal", ARGS_VL,
      "the file does not end with an INSULA-SEAL-V1 seal (not sealed, or truncated)"),
    P(SIP_IMAGE_SEAL_LENGTH, "SEAL-LENGTH", ERR_CORRUPT, "seal length mismatch", ARGS_VL,
      "the seal covers %llu bytes but %llu bytes precede it"),
    P(SIP_IMAGE_SEAL_RESERVED, "SEAL-RESERVED", ERR_CORRUPT, "seal reserved field set", ARGS_VL,
      "the seal's reserved field is 0x%llx, not 0"),
    P(SIP_IMAGE_SEAL_DIGEST, "SEAL-DIGEST", ERR_CORRUPT, "seal digest mismatch", ARGS_VL,
      "seal digest mismatch: the image changed after it was sealed"),
    P(SIP_IMAGE_ELF_MAGIC, "ELF-MAGIC", ERR_INVALID, "not an ELF file", ARGS_VL,
      "not an ELF file (bad magic)"),
    P(SIP_IMAGE_ELF_CLASS, "ELF-CLASS", ERR_INVALID, "not ELF64", ARGS_VL,
      "ELF class %llu; only ELFCLASS64 (2) is allowed"),
    P(SIP_IMAGE_ELF_ENDIAN, "ELF-ENDIAN", ERR_INVALID, "not little endian", ARGS_VL,
      "ELF data encoding %llu; only little endian (1) is allowed"),
    P(SIP_IMAGE_ELF_VERSION, "ELF-VERSION", ERR_INVALID, "bad ELF version", ARGS_VL,
      "ELF version %llu; only version 1 is allowed"),
    P(SIP_IMAGE_ELF_ABI, "ELF-ABI", ERR_INVALID, "bad ELF OS ABI", ARGS_VL,
      "ELF OS ABI %llu; only System V (0) is allowed"),
    P(SIP_IMAGE_ELF_TYPE, "ELF-TYPE", ERR_INVALID, "not a static PIE", ARGS_VL,
      "ELF type %llu; a SIP must be a static PIE (ET_DYN, 3)"),
    P(SIP_IMAGE_ELF_MACHINE, "ELF-MACHINE", ERR_INVALID, "not x86-64", ARGS_VL,
      "ELF machine %llu; only x86-64 (62) is allowed"),
    P(SIP_IMAGE_ELF_HEADER, "ELF-HEADER", ERR_INVALID, "bad ELF header sizes", ARGS_VL,
      "ELF header size field is %llu; expected %llu"),
    P(SIP_IMAGE_PHDR_COUNT, "PHDR-COUNT", ERR_RANGE, "too many program headers", ARGS_VL,
      "%llu program headers; 1 to %llu are allowed"),
    P(SIP_IMAGE_PHDR_RANGE, "PHDR-RANGE", ERR_INVALID, "program headers outside the file",
      ARGS_VL, "the program headers at offset %llu lie outside the file (%llu bytes)"),
    P(SIP_IMAGE_SEGMENT_TYPE, "SEGMENT-TYPE", ERR_UNSUPPORTED, "unsupported segment type",
      ARGS_IVL, "program header %u has type 0x%llx, which the loader does not support"),
    P(SIP_IMAGE_SEGMENT_INTERP, "SEGMENT-INTERP", ERR_UNSUPPORTED, "interpreter requested",
      ARGS_IVL, "program header %u asks for an interpreter (PT_INTERP); a SIP is a static PIE"),
    P(SIP_IMAGE_SEGMENT_TLS, "SEGMENT-TLS", ERR_UNSUPPORTED, "thread-local storage", ARGS_IVL,
      "program header %u declares thread-local storage (PT_TLS), which SIPs cannot use"),
    P(SIP_IMAGE_SEGMENT_STACK, "SEGMENT-STACK", ERR_UNSUPPORTED, "executable stack", ARGS_IVL,
      "program header %u (PT_GNU_STACK) asks for an executable stack"),
    P(SIP_IMAGE_SEGMENT_COUNT, "SEGMENT-COUNT", ERR_RANGE, "bad number of segments", ARGS_VL,
      "%llu loadable segments; 1 to %llu are allowed"),
    P(SIP_IMAGE_SEGMENT_ALIGN, "SEGMENT-ALIGN", ERR_INVALID, "misaligned segment", ARGS_IVL,
      "program header %u is misaligned (0x%llx): p_align must be a power of two from 4096 "
      "to 2 MiB and p_vaddr congruent to p_offset modulo 4096"),
    P(SIP_IMAGE_SEGMENT_EMPTY, "SEGMENT-EMPTY", ERR_INVALID, "empty segment", ARGS_IVL,
      "program header %u is a loadable segment of size 0"),
    P(SIP_IMAGE_SEGMENT_SIZE, "SEGMENT-SIZE", ERR_INVALID, "file size above memory size",
      ARGS_IVL, "program header %u has file size %llu, larger than its memory size %llu"),
    P(SIP_IMAGE_SEGMENT_FILE_RANGE, "SEGMENT-FILE-RANGE", ERR_INVALID,
      "segment outside the file", ARGS_IVL,
      "program header %u: its bytes at file offset %llu run past the end of the file (%llu bytes)"),
    P(SIP_IMAGE_SEGMENT_ORDER, "SEGMENT-ORDER", ERR_INVALID, "segments not sorted", ARGS_IVL,
      "program header %u (vaddr 0x%llx) comes after a segment at the higher vaddr 0x%llx"),
    P(SIP_IMAGE_SEGMENT_OVERLAP, "SEGMENT-OVERLAP", ERR_INVALID, "segments share a page",
      ARGS_IVL, "program header %u (vaddr 0x%llx) overlaps or shares a page with the segment "
      "before it, which ends at 0x%llx"),
    P(SIP_IMAGE_SEGMENT_WX, "SEGMENT-WX", ERR_INVALID, "writable and executable segment",
      ARGS_IVL, "program header %u is writable and executable (flags 0x%llx)"),
    P(SIP_IMAGE_SEGMENT_FIRST, "SEGMENT-FIRST", ERR_INVALID, "first segment not at 0",
      ARGS_IVL, "program header %u, the first loadable segment, starts at 0x%llx; it must "
      "start in the first page"),
    P(SIP_IMAGE_SPAN, "SPAN", ERR_RANGE, "image too large", ARGS_IVL,
      "program header %u ends at 0x%llx; an image may span at most 0x%llx bytes"),
    P(SIP_IMAGE_ENTRY, "ENTRY", ERR_INVALID, "entry point outside code", ARGS_VL,
      "the entry point 0x%llx is not inside an executable segment's file bytes"),
    P(SIP_IMAGE_RELRO, "RELRO", ERR_INVALID, "bad RELRO range", ARGS_IVL,
      "program header %u (PT_GNU_RELRO at 0x%llx) is not a single page-aligned range "
      "inside one writable segment"),
    P(SIP_IMAGE_DYNAMIC_RANGE, "DYNAMIC-RANGE", ERR_INVALID, "dynamic section outside the file",
      ARGS_IVL, "program header %u: the dynamic section at offset %llu runs past the end of "
      "the file (%llu bytes)"),
    P(SIP_IMAGE_DYNAMIC_TWICE, "DYNAMIC-TWICE", ERR_INVALID, "two dynamic sections", ARGS_IVL,
      "program header %u is a second PT_DYNAMIC"),
    P(SIP_IMAGE_DYNAMIC_DUPLICATE, "DYNAMIC-DUPLICATE", ERR_INVALID, "repeated dynamic tag",
      ARGS_IVL, "dynamic entry %u repeats tag %llu"),
    P(SIP_IMAGE_DYNAMIC_TAG, "DYNAMIC-TAG", ERR_UNSUPPORTED, "unsupported dynamic tag",
      ARGS_IVL, "dynamic entry %u has tag 0x%llx%s, which the loader does not support"),
    P(SIP_IMAGE_DYNAMIC_FLAGS, "DYNAMIC-FLAGS", ERR_UNSUPPORTED, "text relocations", ARGS_IVL,
      "dynamic entry %u: DT_FLAGS 0x%llx asks for text relocations (DF_TEXTREL)"),
    P(SIP_IMAGE_DYNAMIC_END, "DYNAMIC-END", ERR_INVALID, "unterminated dynamic section",
      ARGS_IVL, "program header %u: the dynamic section's %llu entries hold no DT_NULL"),
    P(SIP_IMAGE_RELA_ENTSIZE, "RELA-ENTSIZE", ERR_INVALID, "bad relocation entry size",
      ARGS_VL, "DT_RELAENT is %llu; Elf64_Rela entries are %llu bytes"),
    P(SIP_IMAGE_RELA_RANGE, "RELA-RANGE", ERR_INVALID, "relocation table misplaced", ARGS_VL,
      "the relocation table (DT_RELA 0x%llx, DT_RELASZ %llu) is not whole entries inside one "
      "segment's file bytes"),
    P(SIP_IMAGE_RELOC_TYPE, "RELOC-TYPE", ERR_UNSUPPORTED, "unsupported relocation type",
      ARGS_IVL, "relocation %u has type %llu; only R_X86_64_RELATIVE (8) is allowed"),
    P(SIP_IMAGE_RELOC_TARGET, "RELOC-TARGET", ERR_INVALID, "relocation outside writable data",
      ARGS_IVL, "relocation %u writes at 0x%llx, not an aligned 8-byte slot inside a writable "
      "segment"),
    P(SIP_IMAGE_RELOC_ADDEND, "RELOC-ADDEND", ERR_INVALID, "relocation points outside the image",
      ARGS_IVL, "relocation %u has addend 0x%llx, outside the image [0, 0x%llx]"),
    P(SIP_IMAGE_NOTE_RANGE, "NOTE-RANGE", ERR_INVALID, "note segment outside the file",
      ARGS_IVL, "program header %u: the notes at offset %llu run past the end of the file "
      "(%llu bytes)"),
    P(SIP_IMAGE_NOTE_MALFORMED, "NOTE-MALFORMED", ERR_INVALID, "malformed note", ARGS_IVL,
      "program header %u: the note at offset %llu in the segment overruns it"),
    P(SIP_IMAGE_MANIFEST_MISSING, "MANIFEST-MISSING", ERR_INVALID, "no manifest", ARGS_VL,
      "no manifest note (owner \"Insula\", type MAN1)"),
    P(SIP_IMAGE_MANIFEST_DUPLICATE, "MANIFEST-DUPLICATE", ERR_INVALID, "two manifests",
      ARGS_IVL, "program header %u holds a second manifest note"),
    P(SIP_IMAGE_MANIFEST_SIZE, "MANIFEST-SIZE", ERR_INVALID, "bad manifest size", ARGS_VL,
      "the manifest note's descriptor has %llu bytes; it must have %llu"),
    P(SIP_IMAGE_MANIFEST_MAGIC, "MANIFEST-MAGIC", ERR_INVALID, "bad manifest magic", ARGS_VL,
      "manifest magic 0x%llx; expected 0x%llx"),
    P(SIP_IMAGE_MANIFEST_VERSION, "MANIFEST-VERSION", ERR_INVALID, "bad manifest version",
      ARGS_VL, "manifest version %llu; this loader reads version %llu"),
    P(SIP_IMAGE_MANIFEST_RESERVED, "MANIFEST-RESERVED", ERR_INVALID,
      "manifest reserved field set", ARGS_VL, "a reserved manifest field is not zero"),
    P(SIP_IMAGE_MANIFEST_NAME, "MANIFEST-NAME", ERR_INVALID, "bad SIP name", ARGS_VL,
      "the manifest's SIP name must be 1 to 31 characters of [a-z0-9_-], NUL-terminated "
      "and zero-padded"),
    P(SIP_IMAGE_MANIFEST_CONTRACT, "MANIFEST-CONTRACT", ERR_INVALID, "bad contract name",
      ARGS_IVL, "manifest contract slot %u (imports 0-7, exports 8-15) is not a contract "
      "name: a letter, then letters, digits or '_', NUL-terminated and zero-padded"),
    P(SIP_IMAGE_MANIFEST_STACK, "MANIFEST-STACK", ERR_INVALID, "bad stack size", ARGS_VL,
      "manifest stack size %llu; it must be a multiple of 16 from 4096 to 1048576"),
    P(SIP_IMAGE_MANIFEST_IO, "MANIFEST-IO", ERR_INVALID, "bad I/O port range", ARGS_IVL,
      "manifest I/O range %u (base 0x%llx, count %llu) runs past port 0xffff"),
};

static const problem_info_t *problem_info(sip_image_problem_code_t code)
{
    static const problem_info_t unknown = { "UNKNOWN", ERR_INVALID, "unknown problem", ARGS_VL,
                                            "unknown problem" };
    if ((unsigned)code >= SIP_IMAGE_PROBLEM__COUNT || problems[code].name == NULL)
        return &unknown;
    return &problems[code];
}

const char *sip_image_problem_name(sip_image_problem_code_t code)
{
    return problem_info(code)->name;
}

const char *sip_image_problem_text(sip_image_problem_code_t code)
{
    return problem_info(code)->text;
}

err_t sip_image_problem_err(sip_image_problem_code_t code)
{
    return problem_info(code)->err;
}

/* Well-known dynamic tags a SIP must not carry, named in messages. */
static const char *dynamic_tag_hint(uint64_t tag)
{
    switch (tag) {
    case 1: return " (DT_NEEDED: a shared library)";
    case 3: return " (DT_PLTGOT)";
    case 2: case 20: case 23: return " (a PLT relocation table)";
    case 12: case 13: case 25: case 26: case 27: case 28: case 32: case 33:
        return " (constructors or destructors, which the loader does not run)";
    case 16: return " (DT_SYMBOLIC)";
    case 17: case 18: case 19: return " (DT_REL: only RELA relocations are supported)";
    case 22: return " (DT_TEXTREL: relocations in code)";
    case 35: case 36: case 37: return " (DT_RELR: packed relocations)";
    default: return "";
    }
}

size_t sip_image_describe(const sip_image_problem_t *why, char *buf, size_t len)
{
    const problem_info_t *info = problem_info(why->code);
    unsigned long long value = why->value, limit = why->limit;
    char scratch[1];
    if (len == 0) {
        buf = scratch;
        len = sizeof(scratch);
    }
    size_t head = fmt_snprintf(buf, len, "[SIP-IMAGE-%s] ", info->name);
    size_t used = head < len ? head : len - 1;
    char *rest = buf + used;
    size_t room = len - used;
    if (why->code == SIP_IMAGE_DYNAMIC_TAG)
        return head + fmt_snprintf(rest, room, info->detail, why->index, value,
                                   dynamic_tag_hint(why->value));
    if (info->args == ARGS_IVL)
        return head + fmt_snprintf(rest, room, info->detail, why->index, value, limit);
    return head + fmt_snprintf(rest, room, info->detail, value, limit);
}
