/*
 * sip_malformed.h — the corruption cases of unit_sip_malformed and the ELF
 * editing helpers they use (host only: <elf.h> is fine here).
 */
#ifndef INSULA_SIP_MALFORMED_H
#define INSULA_SIP_MALFORMED_H

#include "sip_test_image.h"

#include <elf.h>

typedef struct {
    const char *what;
    void (*mutate)(uint8_t *elf);       /* edits an unsealed copy in place */
    sip_image_problem_code_t expect;
} malformed_case_t;

/* Set by a mutate function to the index the refusal must name; -1: any. */
extern int expect_index;

/* The resealed corruption cases (sip_malformed_cases.c). */
const malformed_case_t *malformed_cases(size_t *count);

/* ELF editing helpers (sip_elf_edit.c); all abort the test if the fixture lacks the part. */
Elf64_Ehdr *elf_header(uint8_t *e);
Elf64_Phdr *elf_phdr(uint8_t *e, int i);
int elf_phdr_find(uint8_t *e, uint32_t type);                 /* first of that type */
int elf_load_with(uint8_t *e, uint32_t has, uint32_t lacks);  /* first PT_LOAD by flags */
int elf_last_load(uint8_t *e);
Elf64_Dyn *elf_dyn(uint8_t *e, int64_t tag);                  /* first entry with tag */
Elf64_Rela *elf_rela(uint8_t *e, int r);
size_t elf_manifest_offset(uint8_t *e);                      /* of the descriptor */
size_t code_offset(const uint8_t *e);                        /* file offset of e_entry */
void manifest_get(uint8_t *e, sip_manifest_t *m);
void manifest_put(uint8_t *e, const sip_manifest_t *m);

#endif
