/*
 * model.h: contracts after checking, flattened and ready to generate.
 *
 * A derived contract's lists begin with its base's entries (the very same
 * objects, shared), so message ids and state indices agree with the base.
 * Ownership: everything is allocated in the compilation's arena.
 */
#ifndef CONTRACTC_MODEL_H
#define CONTRACTC_MODEL_H

#include "ast.h"

/* Limits the checker enforces (CONTRACT-LIMIT), so every count fits the
   table's 16-bit fields with room to spare. */
#define MODEL_MAX_CONTRACTS 256u
#define MODEL_MAX_MESSAGES 1024u
#define MODEL_MAX_FIELDS 64u
#define MODEL_MAX_STATES 4096u
#define MODEL_MAX_TRANSITIONS 16384u
#define MODEL_MAX_BUFFER (16u * 1024u * 1024u) /* bytes<N>, string<N> */

typedef struct contract contract_t;

/* One enumerator, its value resolved. */
typedef struct enum_member {
    const char *name;
    loc_t loc;
    loc_t value_loc;      /* the value or alias written; else the name */
    uint64_t bits;        /* the value (sign-extended to 64 bits if signed) */
    const char *alias_of; /* `A = B`: B's name; NULL for a value of its own */
} enum_member_t;

typedef struct enum_def {
    const char *name;
    loc_t loc;
    uint32_t size;      /* bytes of the base type: 1, 2, 4 or 8 (0: bad) */
    bool is_signed;     /* i8 ... i64 */
    bool flags;         /* `flags enum`: any OR of members is a value */
    bool shared;        /* declared outside any contract */
    const enum_ast_t *ast;
    ptrvec_t members;   /* enum_member_t, in declaration order */
} enum_def_t;

typedef struct record_def record_def_t;

typedef enum ftype_kind {
    FTYPE_INT,
    FTYPE_BOOL,
    FTYPE_ENUM,
    FTYPE_BYTES,
    FTYPE_STRING,
    FTYPE_ENDPOINT,
    FTYPE_RECORD,
} ftype_kind_t;

typedef struct ftype {
    ftype_kind_t kind;
    uint32_t elem_size;       /* one element, in bytes */
    uint32_t align;           /* one element's alignment */
    bool is_signed;           /* FTYPE_INT */
    bool nullable;            /* FTYPE_BYTES, _STRING, _ENDPOINT: `T?` */
    bool inline_text;         /* `string[N]`: u8[N] in the body, text:
                                 a NUL within N, only NULs after it */
    uint32_t array_len;       /* 0: not an array */
    bool vector;              /* `T[..N]`: 0 to array_len elements; the
                                 count is the field before (name_count) */
    uint32_t bound;           /* FTYPE_BYTES, FTYPE_STRING: max bytes */
    const enum_def_t *en;     /* FTYPE_ENUM */
    const record_def_t *rec;  /* FTYPE_RECORD */
    const contract_t *peer;   /* FTYPE_ENDPOINT: its contract */
    contract_side_t side;     /* FTYPE_ENDPOINT */
    uint16_t peer_state;      /* FTYPE_ENDPOINT: required state index */
} ftype_t;

typedef struct field {
    const char *name;
    loc_t loc;
    ftype_t type;
    uint32_t offset; /* in the message body (or the record) */
    uint32_t size;   /* whole field (all elements) */
    const struct field *count; /* a vector's count field (u8), else NULL */
} field_t;

/* A record: fields laid out like a message's, sent by value inside one. */
struct record_def {
    const char *name;
    loc_t loc;
    bool shared;          /* declared outside any contract */
    const record_ast_t *ast;
    contract_t *scope;    /* the contract declaring it; NULL if shared */
    ptrvec_t fields;      /* field_t */
    uint32_t size;        /* a multiple of align */
    uint32_t align;       /* the largest alignment of a field (at least 1) */
    uint32_t handles;     /* blocks and endpoints inside, all elements */
    unsigned mark;        /* 0 unresolved, 1 resolving, 2 done */
    bool failed;          /* it has errors: messages using it fail */
};

typedef struct message {
    const char *name;
    loc_t loc;
    uint16_t id;          /* index in every contract that has it */
    contract_dir_t dir;
    const message_ast_t *ast;
    ptrvec_t fields;      /* field_t */
    uint32_t wire_size;   /* multiple of 8 (0 without fields) */
    const contract_t *owner;
} message_t;

#define STATE_TERMINAL CONTRACT_STATE_TERMINAL
#define STATE_ANONYMOUS CONTRACT_STATE_ANONYMOUS

typedef struct state {
    const char *name;
    loc_t loc;
    uint16_t index;
    unsigned flags;       /* STATE_TERMINAL, STATE_ANONYMOUS */
    const contract_t *owner;
} state_t;

typedef struct transition {
    uint16_t from;
    uint16_t to;
    const message_t *msg;
    loc_t loc;            /* the `Msg?` / `Msg!` event */
} transition_t;

struct contract {
    const char *name;
    loc_t loc;
    uint32_t id;          /* FNV-1a of name */
    const contract_ast_t *ast;
    contract_t *base;
    ptrvec_t enums;       /* enum_def_t, inherited first */
    ptrvec_t records;     /* record_def_t, inherited first */
    ptrvec_t messages;    /* message_t, inherited first; index == id */
    ptrvec_t states;      /* state_t, inherited first; index == index */
    ptrvec_t transitions; /* transition_t, inherited first */
    int start;            /* start state index, -1 if none */
    ptrvec_t initial;     /* state_t: `initial state`s, inherited first */
    ptrvec_t initial_ids; /* uint32_t *: the id of each initial variant */
    uint16_t bound[CONTRACT_DIR_COUNT];
    unsigned mark;        /* ordering: 0 unseen, 1 in progress, 2 done */
    bool order_ok;        /* its base chain is sound: it is in p->order */
    bool failed;          /* errors here or in its base: do not analyse */
};

/* The whole compilation: every contract of every input file. */
typedef struct program {
    arena_t *arena;
    diag_t *diag;
    file_ast_t ast;       /* every file's contracts and shared types */
    ptrvec_t shared_enums;   /* enum_def_t declared outside contracts */
    ptrvec_t shared_records; /* record_def_t declared outside contracts */
    ptrvec_t contracts;   /* contract_t, in input order */
    ptrvec_t order;       /* contract_t, each after its base */
} program_t;

#endif
