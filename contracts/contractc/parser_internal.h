/* parser_internal.h: the parser's state, shared by its two halves. */
#ifndef CONTRACTC_PARSER_INTERNAL_H
#define CONTRACTC_PARSER_INTERNAL_H

#include "ast.h"
#include "lexer.h"

/* Deepest nesting of `one { ... }` choices inside a state. */
#define PARSER_MAX_DEPTH 32u

typedef struct parser {
    lexer_t lx;
    token_t tok;    /* current token */
    arena_t *arena;
    diag_t *diag;
    unsigned depth; /* choice nesting */
    bool failed;    /* any syntax error so far */
} parser_t;

void parser_advance(parser_t *p);
bool parser_accept(parser_t *p, tok_kind_t kind);
bool parser_expect(parser_t *p, tok_kind_t kind, const char *context);
bool parser_ident(parser_t *p, ident_t *out, const char *context);
void parser_syntax_error(parser_t *p, const char *fmt, const char *arg);

/* parser_state: `[start|extend] state N: body` or `terminal state N;`,
   starting at the current token. */
bool parser_state(parser_t *p, contract_ast_t *c);

#endif
