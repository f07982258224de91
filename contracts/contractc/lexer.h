/*
 * lexer.h: tokens of the contract language (see ../LANGUAGE.md).
 *
 * Comments (`// ...` to end of line, `/ * ... * /` not nested) and white
 * space separate tokens. Bad characters, bad numbers and unterminated
 * comments are reported and skipped, so the parser always sees a token
 * stream ending in TOK_EOF.
 */
#ifndef CONTRACTC_LEXER_H
#define CONTRACTC_LEXER_H

#include <stdint.h>

#include "diag.h"

typedef enum tok_kind {
    TOK_EOF,
    TOK_IDENT,
    TOK_NUMBER,
    TOK_LBRACE,   /* { */
    TOK_RBRACE,   /* } */
    TOK_LPAREN,   /* ( */
    TOK_RPAREN,   /* ) */
    TOK_LBRACKET, /* [ */
    TOK_RBRACKET, /* ] */
    TOK_LT,       /* < */
    TOK_GT,       /* > */
    TOK_SEMI,     /* ; */
    TOK_COLON,    /* : */
    TOK_COMMA,    /* , */
    TOK_DOT,      /* . */
    TOK_QUESTION, /* ? */
    TOK_BANG,     /* ! */
    TOK_ARROW,    /* -> */
    TOK_EQUALS,   /* = */
    TOK_MINUS,    /* - */
    TOK_PIPE,     /* | */
    TOK_KW_CONTRACT,
    TOK_KW_EXTENDS,
    TOK_KW_IN,
    TOK_KW_OUT,
    TOK_KW_MESSAGE,
    TOK_KW_STATE,
    TOK_KW_START,
    TOK_KW_TERMINAL,
    TOK_KW_EXTEND,
    TOK_KW_ONE,
    TOK_KW_OR,
    TOK_KW_ENUM,
} tok_kind_t;

typedef struct token {
    tok_kind_t kind;
    loc_t loc;
    uint64_t value; /* TOK_NUMBER */
} token_t;

typedef struct lexer {
    const source_t *src;
    uint32_t pos;
    diag_t *diag;
} lexer_t;

void lexer_init(lexer_t *lx, const source_t *src, diag_t *diag);

/* lexer_next: the next token; TOK_EOF forever at the end. */
token_t lexer_next(lexer_t *lx);

/* token_describe: how a token kind reads in "expected X" messages. */
const char *token_describe(tok_kind_t kind);

#endif
