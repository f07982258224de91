/*
 * sema.h: checking contracts, in phases over the whole program:
 *   1. sema_declare_contracts  names, ids, `extends` links, base-first order
 *   2. sema_declare_members    enums, messages, states (flattened)
 *      machine_build           transitions from the state bodies
 *   3. sema_resolve_fields     field types and the wire layout
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

void sema_declare_contracts(program_t *p);
void sema_declare_members(program_t *p, contract_t *c);
void machine_build(program_t *p, contract_t *c);
void sema_resolve_fields(program_t *p, contract_t *c);
void analysis_run(program_t *p, contract_t *c);

/* sema_error: report an error that belongs to contract c (may be NULL) and
   mark c failed. */
void sema_error(program_t *p, contract_t *c, loc_t at, const char *rule,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

contract_t *sema_find_contract(const program_t *p, const char *name);
message_t *sema_find_message(const contract_t *c, const char *name);
enum_def_t *sema_find_enum(const contract_t *c, const char *name);
/* sema_find_state: a named (not anonymous) state, or NULL. */
state_t *sema_find_state(const contract_t *c, const char *name);

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
