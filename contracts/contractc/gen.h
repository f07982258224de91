/*
 * gen.h: the generators. Each writes one output file for one input file,
 * covering every contract declared in that file:
 *   <stem>.h        SIP bindings: endpoint types, message structs with
 *                   checked layouts, send/recv per side, switch-receive cases
 *   <stem>.c        their implementation, over insula/chan_rt.h only
 *   <stem>_table.h  ids and the extern tables, for the kernel
 *   <stem>_table.c  the transition tables (insula/contract_table.h)
 *   <stem>_acsl.h   ACSL for the bindings: ghost states, send/receive
 *                   contracts, for the static protocol check (gen_acsl.c)
 */
#ifndef CONTRACTC_GEN_H
#define CONTRACTC_GEN_H

#include <stdio.h>

#include "model.h"

typedef struct gen {
    FILE *out;
    const program_t *p;
    const source_t *src;  /* the input file being generated */
    const char *file;     /* its name without directories: "fs.contract" */
    const char *stem;     /* "fs" */
} gen_t;

void gen_header(const gen_t *g);
void gen_source(const gen_t *g);
void gen_table_header(const gen_t *g);
void gen_table_source(const gen_t *g);
void gen_acsl(const gen_t *g);
/* gen_registry: contracts_registry.c over every input file (gen_registry.c). */
void gen_registry(FILE *out, const gen_t *gens, size_t count);

/* Shared by the generators (gen_common.c). */
void gen_stamp(const gen_t *g);
void gen_guard_open(const gen_t *g, const char *suffix);
void gen_guard_close(const gen_t *g, const char *suffix);
bool gen_in_file(const gen_t *g, const contract_t *c);
const char *gen_side(contract_side_t side);
bool gen_side_sends(contract_side_t side, contract_dir_t dir);
bool gen_side_receives_any(const contract_t *c, contract_side_t side);
/* gen_wire_ctype: the C type of one element of a field in the struct. */
void gen_wire_ctype(const contract_t *c, const ftype_t *t, char *buf,
                    size_t cap);
void gen_message_ids(const gen_t *g, const contract_t *c);

/* Types (gen_types.c). A type reference is an enum or a record. */
typedef struct gen_tref {
    const enum_def_t *en;
    const record_def_t *rec;
} gen_tref_t;

typedef enum gen_scope {
    GEN_ALL,    /* every type */
    GEN_SHARED, /* shared types only */
    GEN_LOCAL,  /* a contract's own types only */
} gen_scope_t;

/* gen_type_name: "Fs_Error" (c's own type) or "ErrorCode" (shared). */
void gen_type_name(const contract_t *c, const char *name, bool shared,
                   char *buf, size_t cap);
/* gen_collect_*: append to out (gen_tref_t) the types of that scope a
   type uses, each after the types it uses itself, each once. */
void gen_collect_type(const gen_t *g, ptrvec_t *out, const ftype_t *t,
                      gen_scope_t scope);
void gen_collect_record(const gen_t *g, ptrvec_t *out,
                        const record_def_t *rec, gen_scope_t scope);
void gen_collect_enum(const gen_t *g, ptrvec_t *out, const enum_def_t *en);
void gen_enum_decl(const gen_t *g, const contract_t *c, const enum_def_t *e);
void gen_record_decl(const gen_t *g, const contract_t *c,
                     const record_def_t *r);
void gen_tref_decl(const gen_t *g, const contract_t *c, const gen_tref_t *r);
/* gen_struct: `typedef struct TN {...} TN_t;` with padding and asserts. */
void gen_struct(const gen_t *g, const contract_t *c, const char *tn,
                const char *label, const ptrvec_t *fields, uint32_t size);
/* gen_*_valid: `static inline bool TN_valid(...)`, the decode check. */
void gen_enum_valid(const gen_t *g, const contract_t *c, const enum_def_t *e);
void gen_record_valid(const gen_t *g, const contract_t *c,
                      const record_def_t *r);
void gen_tref_valid(const gen_t *g, const contract_t *c, const gen_tref_t *r);
/* gen_needs_check: bools, enums and records holding them. */
bool gen_needs_check(const ftype_t *t);
/* gen_check_field: `if (<bad BASE.field>) return FAIL;` (loops for arrays). */
void gen_check_field(const gen_t *g, const contract_t *c, const field_t *f,
                     const char *base, const char *fail);

#endif
