/* sip_elf_edit.c — find and edit parts of the fixture ELF for the corruption tests. */
#include "sip_malformed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void missing(const char *what)
{
    fprintf(stderr, "the fixture has no %s; the corruption tests cannot run\n", what);
    exit(2);
}

Elf64_Ehdr *elf_header(uint8_t *e)
{
    return (Elf64_Ehdr *)e;
}

Elf64_Phdr *elf_phdr(uint8_t *e, int i)
{
    return (Elf64_Phdr *)(e + elf_header(e)->e_phoff) + i;
}

int elf_phdr_find(uint8_t *e, uint32_t type)
{
    for (int i = 0; i < elf_header(e)->e_phnum; i++)
        if (elf_phdr(e, i)->p_type == type)
            return i;
    missing("program header of the wanted type");
    return -1;
}

int elf_load_with(uint8_t *e, uint32_t has, uint32_t lacks)
{
    for (int i = 0; i < elf_header(e)->e_phnum; i++) {
        Elf64_Phdr *ph = elf_phdr(e, i);
        if (ph->p_type == PT_LOAD && (ph->p_flags & has) == has && (ph->p_flags & lacks) == 0)
            return i;
    }
    missing("PT_LOAD with the wanted flags");
    return -1;
}

int elf_last_load(uint8_t *e)
{
    int last = -1;
    for (int i = 0; i < elf_header(e)->e_phnum; i++)
        if (elf_phdr(e, i)->p_type == PT_LOAD)
            last = i;
    if (last < 0)
        missing("PT_LOAD");
    return last;
}

Elf64_Dyn *elf_dyn(uint8_t *e, int64_t tag)
{
    Elf64_Phdr *ph = elf_phdr(e, elf_phdr_find(e, PT_DYNAMIC));
    Elf64_Dyn *d = (Elf64_Dyn *)(e + ph->p_offset);
    for (size_t i = 0; i < ph->p_filesz / sizeof(*d); i++)
        if (d[i].d_tag == tag)
            return &d[i];
    missing("dynamic entry with the wanted tag");
    return NULL;
}

static size_t file_offset_of(uint8_t *e, uint64_t vaddr)
{
    for (int i = 0; i < elf_header(e)->e_phnum; i++) {
        Elf64_Phdr *ph = elf_phdr(e, i);
        if (ph->p_type == PT_LOAD && vaddr >= ph->p_vaddr && vaddr - ph->p_vaddr < ph->p_filesz)
            return ph->p_offset + (vaddr - ph->p_vaddr);
    }
    missing("segment holding the address");
    return 0;
}

Elf64_Rela *elf_rela(uint8_t *e, int r)
{
    if ((uint64_t)r >= elf_dyn(e, DT_RELASZ)->d_un.d_val / sizeof(Elf64_Rela))
        missing("relocation with that index");
    return (Elf64_Rela *)(e + file_offset_of(e, elf_dyn(e, DT_RELA)->d_un.d_ptr)) + r;
}

size_t elf_manifest_offset(uint8_t *e)
{
    return elf_phdr(e, elf_phdr_find(e, PT_NOTE))->p_offset + 12 + 8;
}

size_t code_offset(const uint8_t *e)
{
    uint8_t *m = (uint8_t *)e;
    return file_offset_of(m, elf_header(m)->e_entry);
}

void manifest_get(uint8_t *e, sip_manifest_t *m)
{
    memcpy(m, e + elf_manifest_offset(e), sizeof(*m));
}

void manifest_put(uint8_t *e, const sip_manifest_t *m)
{
    memcpy(e + elf_manifest_offset(e), m, sizeof(*m));
}
