/*
 * sema.h: checking contracts, in phases over the whole program:
 *   0. sema_declare_shared     shared enums (values) and records (names)
 *   1. sema_declare_contracts  names, ids, `extends` links, base-first order
 *   2. sema_declare_members    enums, messages, states (flattened)
 *      machine_build           transitions from the state bodies
 *   3. sema_resolve_fields     records, field types and the wire layout
 *   4. analysis_run            reachability, dead ends, one side per state,
 *                              bounded cycles, queue bounds
 * Each phase reports every error it finds; a contract with errors (or a
 * broken base) is marked failed and skips analysis, so one mistake does not
 * cascade into many.
 */
#ifndef CONTRACTC_SEMA_H
#define CONTRACTC_SEMA_H

#include "model.h"

/* sema_check: run all phases; true when no error was reported. */
bool sema_check(program_t *p);

void sema_declare_shared(program_t *p);
void sema_declare_contracts(program_t *p);
void sema_declare_members(program_t *p, contract_t *c);
void machine_build(program_t *p, contract_t *c);
void sema_resolve_fields(program_t *p, contract_t *c);
/* sema_resolve_shared_records: lay out every shared record (phase 3). */
void sema_resolve_shared_records(program_t *p);
void analysis_run(program_t *p, contract_t *c);

/* sema_error: report an error that belongs to contract c (may be NULL) and
   mark c failed. */
void sema_error(program_t *p, contract_t *c, loc_t at, const char *rule,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

contract_t *sema_find_contract(const program_t *p, const char *name);
message_t *sema_find_message(const contract_t *c, const char *name);
/* sema_find_type: the enum or record `name` seen from contract c (its own
   and inherited types, then the shared ones; c NULL: shared only). Sets
   one of *en, *rec, or neither. */
void sema_find_type(const program_t *p, const contract_t *c, const char *name,
                    enum_def_t **en, record_def_t **rec);
/* sema_find_state: a named (not anonymous) state, or NULL. */
state_t *sema_find_state(const contract_t *c, const char *name);

/* sema_enum_new: an enum from its declaration, its values checked;
   errors belong to c (NULL for a shared enum). */
enum_def_t *sema_enum_new(program_t *p, contract_t *c, const enum_ast_t *ast,
                          bool shared);

/* sema_record_resolve: lay out r (once; nested records first). False if
   it has errors (reported once, at the record). */
bool sema_record_resolve(program_t *p, record_def_t *r);

/* sema_fields: resolve field declarations into out (field_t), in the scope
   of contract c (NULL: shared), and lay them out; *size is a multiple of
   *align, and the handle count is in *handles. False on errors. `what`
   names the owner in messages ("message 'Open'", "record 'Attrs'");
   vectors (`T[..N]`, with their count fields) only where in_message. */
bool sema_fields(program_t *p, contract_t *c, const ptrvec_t *asts,
                 const char *what, bool in_message, ptrvec_t *out,
                 uint64_t *size, uint32_t *align, uint32_t *handles);

/* "did you mean" texts (" (did you mean 'X'?)" or ""), for messages. */
const char *sema_suggest_member(program_t *p, const enum_def_t *e,
                                const char *name);
const char *sema_suggest_type(program_t *p, const contract_t *c,
                              const char *name);
const char *sema_suggest_contract(program_t *p, const char *name);
const char *sema_suggest_message(program_t *p, const contract_t *c,
                                 const char *name);
const char *sema_suggest_state(program_t *p, const contract_t *c,
                               const char *name);

/* names_check_type_name: contract, message, enum, state and enumerator
   names start with a capital and hold only letters and digits (generated C
   joins names with '_'). Reports CONTRACT-BAD-NAME. */
bool names_check_type_name(program_t *p, contract_t *c, const ident_t *id,
                           const char *what);
/* names_check_field_name: field names must not be C reserved words. */
bool names_check_field_name(program_t *p, contract_t *c, const ident_t *id);

/* names_fnv1a: the 32-bit FNV-1a hash of s (contract ids). */
uint32_t names_fnv1a(const char *s);

#endif
