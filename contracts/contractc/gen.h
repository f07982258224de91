/*
 * gen.h: the generators. Each writes one output file for one input file,
 * covering every contract declared in that file:
 *   <stem>.h        SIP bindings: endpoint types, message structs with
 *                   checked layouts, send/recv per side, switch-receive cases
 *   <stem>.c        their implementation, over insula/chan_rt.h only
 *   <stem>_table.h  ids and the extern tables, for the kernel
 *   <stem>_table.c  the transition tables (insula/contract_table.h)
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

#endif
