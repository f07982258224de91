/*
 * bootconf_internal.h — the parser's state, shared by bootconf_*.c only.
 *
 * Files: bootconf.c (statements, recovery), bootconf_sip.c (`sip` blocks),
 * bootconf_lex.c (tokens), bootconf_value.c (names, strings),
 * bootconf_number.c (numbers), bootconf_keyword.c (restart, caps),
 * bootconf_diag.c (building and delivering messages), bootconf_format.c
 * (rendering them, names of ids and enum values).
 *
 * Ownership: one bootconf_parser_t lives on bootconf_parse()'s stack for
 * one parse; nothing outlives the call except what is written to *out.
 */
#ifndef INSULA_BOOTCONF_INTERNAL_H
#define INSULA_BOOTCONF_INTERNAL_H

#include "bootconf.h"

typedef enum {
    TOK_END,       /* end of input */
    TOK_NEWLINE,
    TOK_WORD,      /* run of printable bytes other than space and {}[],="# */
    TOK_STRING,    /* "..."; start/length cover the bytes between the quotes */
    TOK_LBRACE,
    TOK_RBRACE,
    TOK_LBRACKET,
    TOK_RBRACKET,
    TOK_COMMA,
    TOK_EQUALS,
    TOK_BAD,       /* malformed; the lexer has already reported it */
} bootconf_tok_kind_t;

typedef struct {
    bootconf_tok_kind_t kind;
    size_t start, length;  /* Invariant: start + length <= input length */
    uint32_t line, column;
    bool line_start;       /* first token on its line */
} bootconf_token_t;

typedef struct {
    const char *text;      /* the input, `length` bytes, not NUL-terminated */
    size_t length;
    size_t pos;            /* next byte the lexer reads */
    uint32_t line, column; /* of text[pos] */
    bool line_start;       /* no token yet on the current line */
    bootconf_token_t tok;  /* the current token */
    bootconf_t *out;
    bootconf_diag_fn diag;
    void *context;
    bootconf_sip_t scratch;  /* a block parsed when out->sips is full */
    char message[BOOTCONF_MESSAGE_MAX];
    size_t message_length;
} bootconf_parser_t;

/* bootconf.c: recovery shared by the statements. */
bool bootconf_at_statement(const bootconf_parser_t *p);
void bootconf_skip_statement(bootconf_parser_t *p);

/* bootconf_sip.c: one `sip NAME { ... }` block; p->tok is `sip`. */
void bootconf_parse_sip(bootconf_parser_t *p);

/* bootconf_lex.c */
void bootconf_lex_init(bootconf_parser_t *p, const char *text, size_t length);
void bootconf_lex_next(bootconf_parser_t *p);
/* *dst = p->tok, field by field: a struct assignment may become a memcpy
 * call, which a SIP without libc does not have. */
void bootconf_lex_save(const bootconf_parser_t *p, bootconf_token_t *dst);

/* bootconf_diag.c: build a message, then emit it at a position. */
void bootconf_msg_begin(bootconf_parser_t *p, const char *text);
void bootconf_msg_add(bootconf_parser_t *p, const char *text);
void bootconf_msg_token(bootconf_parser_t *p, const bootconf_token_t *tok);
void bootconf_msg_bytes(bootconf_parser_t *p, size_t start, size_t length);
void bootconf_msg_u64(bootconf_parser_t *p, uint64_t value);
void bootconf_msg_size(bootconf_parser_t *p, uint64_t bytes);
void bootconf_msg_pos(bootconf_parser_t *p, uint32_t line, uint32_t column);
void bootconf_msg_emit(bootconf_parser_t *p, bootconf_diag_id_t id,
                       uint32_t line, uint32_t column);
void bootconf_msg_emit_at(bootconf_parser_t *p, bootconf_diag_id_t id,
                          const bootconf_token_t *tok);
/* Reports "<prefix><the current token>" at it, unless it is a TOK_BAD the
 * lexer has reported; returns false, for `return bootconf_unexpected(...)`. */
bool bootconf_unexpected(bootconf_parser_t *p, bootconf_diag_id_t id,
                         const char *prefix);

/* bootconf_value.c, bootconf_number.c, bootconf_keyword.c: tokens to
 * values. A take_* reads the current token(s); on success it stores the value
 * and advances past it; on failure it reports one error (none for a TOK_BAD,
 * which the lexer reported) and returns false, never past the current line.
 * `what` names the value in messages, e.g. "'image'". */
bool bootconf_word_is(const bootconf_parser_t *p, const bootconf_token_t *tok,
                      const char *word);
bool bootconf_take_name(bootconf_parser_t *p, char *dst);  /* tok is a word */
bool bootconf_take_string(bootconf_parser_t *p, char *dst, size_t max,
                          const char *what, bool allow_empty);
bool bootconf_take_priority(bootconf_parser_t *p, uint8_t *priority);
bool bootconf_take_quota(bootconf_parser_t *p, uint64_t *quota);
bool bootconf_take_caps(bootconf_parser_t *p, uint32_t *caps);
bool bootconf_take_restart(bootconf_parser_t *p, bootconf_restart_t *restart);

/* Tiny string helpers (bootconf_diag.c). */
bool bootconf_str_eq(const char *a, const char *b);
void bootconf_str_copy(char *dst, size_t size, const char *src);


#endif
