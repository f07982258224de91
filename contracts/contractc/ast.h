/*
 * ast.h: the syntax tree of contract files, as written (names unresolved).
 * All nodes live in the compilation's arena. Lists are ptrvec_t of nodes.
 */
#ifndef CONTRACTC_AST_H
#define CONTRACTC_AST_H

#include <stdbool.h>
#include <stdint.h>

#include <insula/contract_table.h>

#include "arena.h"
#include "diag.h"

/* A name and where it was written; text is NULL when absent. */
typedef struct ident {
    const char *text;
    loc_t loc;
} ident_t;

/* A field type: `u32`, `Error`, `bytes<64>`, `u8[16]`, `Fs.imp:Ready`. */
typedef struct type_ast {
    ident_t name;       /* scalar, enum, bytes, string, or contract name */
    bool has_bound;     /* bytes<N>, string<N> */
    uint64_t bound;
    loc_t bound_loc;
    bool is_endpoint;   /* Name.imp / Name.exp */
    ident_t side;       /* "imp" or "exp" as written */
    ident_t state;      /* optional `:State` */
    bool is_array;      /* T[N] */
    bool is_vector;     /* T[..N]: 0 to N elements, the count on the wire */
    uint64_t array_len;
    loc_t array_loc;
    bool nullable;      /* T? : a buffer or endpoint that may be absent */
    loc_t nullable_loc;
} type_ast_t;

typedef struct field_ast {
    type_ast_t type;
    ident_t name;
} field_ast_t;

typedef struct message_ast {
    contract_dir_t dir;
    ident_t name;
    ptrvec_t fields; /* field_ast_t */
} message_ast_t;

/* One operand of `A | B | 4`: an earlier enumerator or a number. */
typedef struct enum_term_ast {
    ident_t name;     /* text NULL for a number */
    uint64_t value;
    loc_t loc;
} enum_term_ast_t;

/* `Name = 5`, `Name = -5`, `Name` (the previous value + 1, or 0 first),
   `Name = Other` (an alias of an earlier enumerator) or `Name = A | B | 4`
   (the OR of earlier enumerators and numbers). */
typedef struct enumerator_ast {
    ident_t name;
    bool has_value;   /* a number was written */
    bool negative;    /* `-N` */
    uint64_t value;   /* the number as written (its magnitude) */
    loc_t value_loc;  /* the number, or the alias */
    ident_t alias;    /* text NULL unless `= Other` */
    ptrvec_t terms;   /* enum_term_ast_t: two or more for `A | B` */
} enumerator_ast_t;

typedef struct enum_ast {
    ident_t name;
    ident_t base;    /* i8 ... i64, u8 ... u64 */
    bool flags;      /* `flags enum`: a value is an OR of members */
    loc_t flags_loc;
    ptrvec_t items;  /* enumerator_ast_t */
} enum_ast_t;

/* `record Name { type name; ... }`: a group of fields sent by value. */
typedef struct record_ast {
    ident_t name;
    ptrvec_t fields; /* field_ast_t */
} record_ast_t;

/* `Msg?` (received by exp: dir IN) or `Msg!` (sent by exp: dir OUT). */
typedef struct event_ast {
    ident_t msg;
    contract_dir_t dir;
    loc_t loc; /* the name and its mark */
} event_ast_t;

/* One step of a path: one event, or `(A! or B!)` alternatives. */
typedef struct step_ast {
    ptrvec_t alts; /* event_ast_t */
} step_ast_t;

typedef struct choice_ast {
    ptrvec_t paths; /* path_ast_t */
    loc_t loc;      /* the `one` keyword */
} choice_ast_t;

/* `A? -> B! -> Target` or `A? -> one { ... }`. */
typedef struct path_ast {
    ptrvec_t steps;       /* step_ast_t, at least one */
    ident_t target;       /* a named state, or */
    choice_ast_t *choice; /* an anonymous choice */
} path_ast_t;

#define STATE_AST_START 0x1u
#define STATE_AST_TERMINAL 0x2u
#define STATE_AST_EXTEND 0x4u
#define STATE_AST_INITIAL 0x8u /* `initial state`: channels may start here */

typedef struct state_ast {
    ident_t name;
    unsigned flags;      /* STATE_AST_* */
    loc_t keyword_loc;   /* `start`, `terminal` or `extend` if present */
    choice_ast_t *body;  /* NULL for terminal states; a lone path is a
                            choice of one path */
} state_ast_t;

typedef struct contract_ast {
    ident_t name;
    ident_t base;       /* text NULL without `extends` */
    const source_t *src;
    ptrvec_t messages;  /* message_ast_t */
    ptrvec_t enums;     /* enum_ast_t */
    ptrvec_t records;   /* record_ast_t */
    ptrvec_t states;    /* state_ast_t */
} contract_ast_t;

/* What one file declares: contracts, and types outside any contract, which
   every contract of the compilation may use (shared types). */
typedef struct file_ast {
    ptrvec_t contracts; /* contract_ast_t */
    ptrvec_t enums;     /* enum_ast_t, shared */
    ptrvec_t records;   /* record_ast_t, shared */
} file_ast_t;

#endif
