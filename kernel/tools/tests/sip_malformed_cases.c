/*
 * sip_malformed_cases.c — one function per structural corruption of the
 * fixture ELF, and the problem each must produce after resealing.
 */
#include "sip_malformed.h"

#include <string.h>

#define PHDR(e, i) elf_phdr((e), (expect_index = (i)))
#define CODE(e) elf_load_with((e), PF_X, 0)
#define DATA(e) elf_load_with((e), PF_W, 0)

/* ELF header. */
static void bad_magic(uint8_t *e) { e[EI_MAG1] = 'X'; }
static void bad_class(uint8_t *e) { e[EI_CLASS] = ELFCLASS32; }
static void bad_endian(uint8_t *e) { e[EI_DATA] = ELFDATA2MSB; }
static void bad_ident_version(uint8_t *e) { e[EI_VERSION] = 0; }
static void bad_abi(uint8_t *e) { e[EI_OSABI] = ELFOSABI_GNU; }
static void type_exec(uint8_t *e) { elf_header(e)->e_type = ET_EXEC; }
static void machine_i386(uint8_t *e) { elf_header(e)->e_machine = EM_386; }
static void bad_version(uint8_t *e) { elf_header(e)->e_version = 2; }
static void bad_phentsize(uint8_t *e) { elf_header(e)->e_phentsize = 32; }
static void no_phdrs(uint8_t *e) { elf_header(e)->e_phnum = 0; }
static void many_phdrs(uint8_t *e) { elf_header(e)->e_phnum = 100; }
static void phoff_past_end(uint8_t *e) { elf_header(e)->e_phoff = 0x7fffff00; }
static void phoff_wraps(uint8_t *e) { elf_header(e)->e_phoff = UINT64_MAX - 8; }

/* Segment types. */
static void interp(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_STACK))->p_type = PT_INTERP; }
static void tls(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_STACK))->p_type = PT_TLS; }
static void odd_type(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_STACK))->p_type = 0x12345; }
static void exec_stack(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_STACK))->p_flags |= PF_X; }

/* PT_LOAD shape and order. */
static void code_writable(uint8_t *e) { PHDR(e, CODE(e))->p_flags |= PF_W; }
static void data_executable(uint8_t *e) { PHDR(e, DATA(e))->p_flags |= PF_X; }
static void small_align(uint8_t *e) { PHDR(e, CODE(e))->p_align = 16; }
static void odd_align(uint8_t *e) { PHDR(e, CODE(e))->p_align = 0x3000; }
static void incongruent_vaddr(uint8_t *e) { PHDR(e, CODE(e))->p_vaddr += 8; }
static void empty_segment(uint8_t *e) { PHDR(e, CODE(e))->p_memsz = 0; }
static void filesz_above_memsz(uint8_t *e)
{
    Elf64_Phdr *ph = PHDR(e, CODE(e));
    ph->p_filesz = ph->p_memsz + 1;
}
static void data_past_file(uint8_t *e) { PHDR(e, elf_last_load(e))->p_offset += 0x7fff0000; }
static void filesz_wraps(uint8_t *e)
{
    Elf64_Phdr *ph = PHDR(e, elf_last_load(e));
    ph->p_filesz = ph->p_memsz = UINT64_MAX - 0xfff;
}
static void huge_memsz(uint8_t *e) { PHDR(e, elf_last_load(e))->p_memsz = 1ull << 30; }
static void overlap(uint8_t *e) { PHDR(e, CODE(e))->p_vaddr = 0; }
static void unsorted(uint8_t *e)
{
    int last = elf_last_load(e);
    Elf64_Phdr *a = elf_phdr(e, last - 1), *b = PHDR(e, last), t = *a;
    *a = *b;
    *b = t;
}
static void moved_up(uint8_t *e)
{
    for (int i = 0; i < elf_header(e)->e_phnum; i++)
        if (elf_phdr(e, i)->p_type == PT_LOAD)
            elf_phdr(e, i)->p_vaddr += 0x100000;
    expect_index = elf_load_with(e, 0, 0);
}
static void no_loads(uint8_t *e)
{
    for (int i = 0; i < elf_header(e)->e_phnum; i++)
        if (elf_phdr(e, i)->p_type == PT_LOAD)
            elf_phdr(e, i)->p_type = PT_PHDR;
}
static void entry_in_rodata(uint8_t *e) { elf_header(e)->e_entry = 0x10; }
static void entry_in_data(uint8_t *e) { elf_header(e)->e_entry = elf_phdr(e, DATA(e))->p_vaddr; }
static void entry_past_code(uint8_t *e)
{
    Elf64_Phdr *code = elf_phdr(e, CODE(e));
    elf_header(e)->e_entry = code->p_vaddr + code->p_filesz;
}
static void relro_unaligned(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_RELRO))->p_vaddr += 8; }
static void relro_in_code(uint8_t *e)
{
    Elf64_Phdr *relro = PHDR(e, elf_phdr_find(e, PT_GNU_RELRO));
    relro->p_vaddr = elf_phdr(e, CODE(e))->p_vaddr;
}

/* Dynamic section. */
static void two_dynamics(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_GNU_STACK))->p_type = PT_DYNAMIC; }
static void dynamic_past_file(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_DYNAMIC))->p_offset = 0x7fff0000; }
static void needed(uint8_t *e) { elf_dyn(e, DT_RELACOUNT)->d_tag = DT_NEEDED; }
static void textrel(uint8_t *e) { elf_dyn(e, DT_DEBUG)->d_tag = DT_TEXTREL; }
static void jmprel(uint8_t *e) { elf_dyn(e, DT_DEBUG)->d_tag = DT_JMPREL; }
static void rel(uint8_t *e) { elf_dyn(e, DT_DEBUG)->d_tag = DT_REL; }
static void flags_textrel(uint8_t *e)
{
    Elf64_Dyn *d = elf_dyn(e, DT_DEBUG);
    d->d_tag = DT_FLAGS;
    d->d_un.d_val = DF_TEXTREL;
}
static void second_rela(uint8_t *e) { elf_dyn(e, DT_DEBUG)->d_tag = DT_RELA; }
static void no_dt_null(uint8_t *e) { elf_dyn(e, DT_NULL)->d_tag = DT_DEBUG; }
static void bad_relaent(uint8_t *e) { elf_dyn(e, DT_RELAENT)->d_un.d_val = 16; }
static void ragged_relasz(uint8_t *e) { elf_dyn(e, DT_RELASZ)->d_un.d_val += 8; }
static void rela_nowhere(uint8_t *e) { elf_dyn(e, DT_RELA)->d_un.d_ptr = 0x10000000; }
static void rela_without_size(uint8_t *e) { elf_dyn(e, DT_RELASZ)->d_tag = DT_DEBUG; }

/* Relocations. */
static void reloc_jump_slot(uint8_t *e)
{
    elf_rela(e, 1)->r_info = ELF64_R_INFO(0, R_X86_64_JUMP_SLOT);
    expect_index = 1;
}
static void reloc_64(uint8_t *e)
{
    elf_rela(e, 0)->r_info = ELF64_R_INFO(1, R_X86_64_64);
    expect_index = 0;
}
static void reloc_into_code(uint8_t *e)
{
    elf_rela(e, 0)->r_offset = elf_phdr(e, CODE(e))->p_vaddr;
    expect_index = 0;
}
static void reloc_misaligned(uint8_t *e)
{
    elf_rela(e, 1)->r_offset += 4;
    expect_index = 1;
}
static void reloc_straddles_end(uint8_t *e)
{
    Elf64_Phdr *last = elf_phdr(e, elf_last_load(e));
    elf_rela(e, 0)->r_offset = (last->p_vaddr + last->p_memsz + 7) / 8 * 8 - 4;
    expect_index = 0;
}
static void reloc_far(uint8_t *e)
{
    elf_rela(e, 0)->r_offset = 0x7ffffffffffffff8ull;
    expect_index = 0;
}
static void addend_negative(uint8_t *e)
{
    elf_rela(e, 0)->r_addend = -8;
    expect_index = 0;
}
static void addend_past_span(uint8_t *e)
{
    elf_rela(e, 1)->r_addend = 64 << 20;
    expect_index = 1;
}

/* Notes and the manifest. */
static void note_type(uint8_t *e) { e[elf_manifest_offset(e) - 12] ^= 1; }
static void note_owner(uint8_t *e) { e[elf_manifest_offset(e) - 8 + 5] = 'b'; }
static void note_twice(uint8_t *e)
{
    int stack = elf_phdr_find(e, PT_GNU_STACK), note = elf_phdr_find(e, PT_NOTE);
    *elf_phdr(e, stack) = *elf_phdr(e, note);
    expect_index = stack > note ? stack : note;     /* the second one walked */
}
static void note_descsz(uint8_t *e) { e[elf_manifest_offset(e) - 16] -= 1; }
static void note_namesz(uint8_t *e) { memset(e + elf_manifest_offset(e) - 20, 0xff, 4); }
static void note_past_file(uint8_t *e) { PHDR(e, elf_phdr_find(e, PT_NOTE))->p_offset = 0x7fff0000; }

#define MANIFEST_EDIT(fn, stmt)                                                                    \
    static void fn(uint8_t *e)                                                                     \
    {                                                                                              \
        sip_manifest_t m;                                                                          \
        manifest_get(e, &m);                                                                       \
        stmt;                                                                                      \
        manifest_put(e, &m);                                                                       \
    }

MANIFEST_EDIT(manifest_magic, m.magic ^= 1)
MANIFEST_EDIT(manifest_version, m.version = 2)
MANIFEST_EDIT(manifest_reserved, m.reserved0 = 1)
MANIFEST_EDIT(name_upper, m.name[0] = 'F')
MANIFEST_EDIT(name_empty, memset(m.name, 0, sizeof(m.name)))
MANIFEST_EDIT(name_unterminated, memset(m.name, 'a', sizeof(m.name)))
MANIFEST_EDIT(name_trailing_junk, m.name[20] = 'x')
MANIFEST_EDIT(name_slash, m.name[3] = '/')
MANIFEST_EDIT(stack_tiny, m.stack_bytes = 100)
MANIFEST_EDIT(stack_huge, m.stack_bytes = 2u << 20)
MANIFEST_EDIT(stack_odd, m.stack_bytes = 16392)
MANIFEST_EDIT(import_digit_first, (memcpy(m.imports[2], "9lives", 7), expect_index = 2))
MANIFEST_EDIT(export_space, (memcpy(m.exports[0], "Fix ture", 9), expect_index = 8))
MANIFEST_EDIT(io_wraps, (m.io_ranges[0].base = 0xfff0, m.io_ranges[0].count = 0x20, expect_index = 0))

#define CASE(fn, code) { #fn, fn, SIP_IMAGE_##code }

static const malformed_case_t cases[] = {
    CASE(bad_magic, ELF_MAGIC), CASE(bad_class, ELF_CLASS), CASE(bad_endian, ELF_ENDIAN),
    CASE(bad_ident_version, ELF_VERSION), CASE(bad_abi, ELF_ABI), CASE(type_exec, ELF_TYPE),
    CASE(machine_i386, ELF_MACHINE), CASE(bad_version, ELF_VERSION),
    CASE(bad_phentsize, ELF_HEADER), CASE(no_phdrs, PHDR_COUNT), CASE(many_phdrs, PHDR_COUNT),
    CASE(phoff_past_end, PHDR_RANGE), CASE(phoff_wraps, PHDR_RANGE),
    CASE(interp, SEGMENT_INTERP), CASE(tls, SEGMENT_TLS), CASE(odd_type, SEGMENT_TYPE),
    CASE(exec_stack, SEGMENT_STACK), CASE(code_writable, SEGMENT_WX),
    CASE(data_executable, SEGMENT_WX), CASE(small_align, SEGMENT_ALIGN),
    CASE(odd_align, SEGMENT_ALIGN), CASE(incongruent_vaddr, SEGMENT_ALIGN),
    CASE(empty_segment, SEGMENT_EMPTY), CASE(filesz_above_memsz, SEGMENT_SIZE),
    CASE(data_past_file, SEGMENT_FILE_RANGE), CASE(filesz_wraps, SEGMENT_FILE_RANGE),
    CASE(huge_memsz, SPAN), CASE(overlap, SEGMENT_OVERLAP), CASE(unsorted, SEGMENT_ORDER),
    CASE(moved_up, SEGMENT_FIRST), CASE(no_loads, SEGMENT_COUNT),
    CASE(entry_in_rodata, ENTRY), CASE(entry_in_data, ENTRY), CASE(entry_past_code, ENTRY),
    CASE(relro_unaligned, RELRO), CASE(relro_in_code, RELRO),
    CASE(two_dynamics, DYNAMIC_TWICE), CASE(dynamic_past_file, DYNAMIC_RANGE),
    CASE(needed, DYNAMIC_TAG), CASE(textrel, DYNAMIC_TAG), CASE(jmprel, DYNAMIC_TAG),
    CASE(rel, DYNAMIC_TAG), CASE(flags_textrel, DYNAMIC_FLAGS),
    CASE(second_rela, DYNAMIC_DUPLICATE), CASE(no_dt_null, DYNAMIC_END),
    CASE(bad_relaent, RELA_ENTSIZE), CASE(ragged_relasz, RELA_RANGE),
    CASE(rela_nowhere, RELA_RANGE), CASE(rela_without_size, RELA_RANGE),
    CASE(reloc_jump_slot, RELOC_TYPE), CASE(reloc_64, RELOC_TYPE),
    CASE(reloc_into_code, RELOC_TARGET), CASE(reloc_misaligned, RELOC_TARGET),
    CASE(reloc_straddles_end, RELOC_TARGET), CASE(reloc_far, RELOC_TARGET),
    CASE(addend_negative, RELOC_ADDEND), CASE(addend_past_span, RELOC_ADDEND),
    CASE(note_type, MANIFEST_MISSING), CASE(note_owner, MANIFEST_MISSING),
    CASE(note_twice, MANIFEST_DUPLICATE), CASE(note_descsz, MANIFEST_SIZE),
    CASE(note_namesz, NOTE_MALFORMED), CASE(note_past_file, NOTE_RANGE),
    CASE(manifest_magic, MANIFEST_MAGIC), CASE(manifest_version, MANIFEST_VERSION),
    CASE(manifest_reserved, MANIFEST_RESERVED), CASE(name_upper, MANIFEST_NAME),
    CASE(name_empty, MANIFEST_NAME), CASE(name_unterminated, MANIFEST_NAME),
    CASE(name_trailing_junk, MANIFEST_NAME), CASE(name_slash, MANIFEST_NAME),
    CASE(stack_tiny, MANIFEST_STACK), CASE(stack_huge, MANIFEST_STACK),
    CASE(stack_odd, MANIFEST_STACK), CASE(import_digit_first, MANIFEST_CONTRACT),
    CASE(export_space, MANIFEST_CONTRACT), CASE(io_wraps, MANIFEST_IO),
};

const malformed_case_t *malformed_cases(size_t *count)
{
    *count = sizeof(cases) / sizeof(cases[0]);
    return cases;
}
