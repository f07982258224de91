/*
 * parser.c: recursive descent over the grammar in ../LANGUAGE.md: files,
 * contracts, messages, fields, types and enums. States are in
 * parser_state.c.
 */
#include "parser.h"

#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

void parser_advance(parser_t *p)
{
    p->tok = lexer_next(&p->lx);
}

bool parser_accept(parser_t *p, tok_kind_t kind)
{
    if (p->tok.kind != kind)
        return false;
    parser_advance(p);
    return true;
}

/* parser_syntax_error: CONTRACT-SYNTAX at the current token; fmt has one %s
   for arg, and the message ends with what was found instead. */
void parser_syntax_error(parser_t *p, const char *fmt, const char *arg)
{
    char what[160];
    const token_t *t = &p->tok;

    snprintf(what, sizeof what, fmt, arg);
    p->failed = true;
    if (t->kind == TOK_IDENT || t->kind == TOK_NUMBER)
        diag_error(p->diag, t->loc, "CONTRACT-SYNTAX", "%s, found '%.*s'",
                   what, (int)(t->loc.len > 40 ? 40 : t->loc.len),
                   t->loc.src->text + t->loc.offset);
    else
        diag_error(p->diag, t->loc, "CONTRACT-SYNTAX", "%s, found %s", what,
                   token_describe(t->kind));
}

bool parser_expect(parser_t *p, tok_kind_t kind, const char *context)
{
    char fmt[96];

    if (parser_accept(p, kind))
        return true;
    snprintf(fmt, sizeof fmt, "expected %%s %s", context);
    parser_syntax_error(p, fmt, token_describe(kind));
    return false;
}

bool parser_ident(parser_t *p, ident_t *out, const char *context)
{
    if (p->tok.kind != TOK_IDENT) {
        parser_syntax_error(p, "expected %s", context);
        return false;
    }
    out->loc = p->tok.loc;
    out->text = arena_strndup(p->arena, p->lx.src->text + p->tok.loc.offset,
                              p->tok.loc.len);
    parser_advance(p);
    return true;
}

/* parser_number: a number token into *value and *loc. */
static bool parser_number(parser_t *p, uint64_t *value, loc_t *loc,
                          const char *context)
{
    if (p->tok.kind != TOK_NUMBER) {
        parser_syntax_error(p, "expected %s", context);
        return false;
    }
    *value = p->tok.value;
    *loc = p->tok.loc;
    parser_advance(p);
    return true;
}

/* parser_endpoint_type: after `Name.`: `imp|exp [: State]`. */
static bool parser_endpoint_type(parser_t *p, type_ast_t *t)
{
    t->is_endpoint = true;
    if (!parser_ident(p, &t->side, "'imp' or 'exp' after '.'"))
        return false;
    if (parser_accept(p, TOK_COLON))
        return parser_ident(p, &t->state, "a state name after ':'");
    return true;
}

/* parser_type: `Name`, `Name<N>`, `Name.imp[:S]`, each optionally `?`
   (may be absent), then optionally `[N]` or `[..N]` (a vector). */
static bool parser_type(parser_t *p, type_ast_t *t)
{
    if (!parser_ident(p, &t->name, "a field type"))
        return false;
    if (parser_accept(p, TOK_LT)) {
        t->has_bound = true;
        if (!parser_number(p, &t->bound, &t->bound_loc, "a size after '<'") ||
            !parser_expect(p, TOK_GT, "after the size"))
            return false;
    } else if (parser_accept(p, TOK_DOT)) {
        if (!parser_endpoint_type(p, t))
            return false;
    }
    if (p->tok.kind == TOK_QUESTION) {
        t->nullable = true;
        t->nullable_loc = p->tok.loc;
        parser_advance(p);
    }
    if (parser_accept(p, TOK_LBRACKET)) {
        t->is_array = true;
        if (parser_accept(p, TOK_DOT)) {
            t->is_vector = true;
            if (!parser_expect(p, TOK_DOT, "('..N': a vector of 0 to N)"))
                return false;
        }
        if (!parser_number(p, &t->array_len, &t->array_loc,
                           "an array length") ||
            !parser_expect(p, TOK_RBRACKET, "after the array length"))
            return false;
    }
    return true;
}

/* parser_fields: `( [type name {, type name}] )`. */
static bool parser_fields(parser_t *p, message_ast_t *m)
{
    if (!parser_expect(p, TOK_LPAREN, "after the message name"))
        return false;
    if (parser_accept(p, TOK_RPAREN))
        return true;
    do {
        field_ast_t *f = arena_alloc(p->arena, sizeof *f);

        if (!parser_type(p, &f->type) ||
            !parser_ident(p, &f->name, "a field name after its type"))
            return false;
        ptrvec_push(p->arena, &m->fields, f);
    } while (parser_accept(p, TOK_COMMA));
    return parser_expect(p, TOK_RPAREN, "after the fields");
}

/* parser_message: `(in|out) message Name(fields);`. */
static bool parser_message(parser_t *p, contract_ast_t *c)
{
    message_ast_t *m = arena_alloc(p->arena, sizeof *m);

    m->dir = p->tok.kind == TOK_KW_IN ? CONTRACT_DIR_IN : CONTRACT_DIR_OUT;
    parser_advance(p);
    if (!parser_expect(p, TOK_KW_MESSAGE, "after 'in' or 'out'") ||
        !parser_ident(p, &m->name, "a message name") ||
        !parser_fields(p, m) ||
        !parser_expect(p, TOK_SEMI, "after the message"))
        return false;
    ptrvec_push(p->arena, &c->messages, m);
    return true;
}

/* parser_enum_term: an enumerator name or a number, for `A | B`. */
static bool parser_enum_term(parser_t *p, enumerator_ast_t *it)
{
    enum_term_ast_t *t = arena_alloc(p->arena, sizeof *t);

    t->loc = p->tok.loc;
    if (p->tok.kind == TOK_IDENT) {
        if (!parser_ident(p, &t->name, "a value after '|'"))
            return false;
    } else if (!parser_number(p, &t->value, &t->loc, "a value after '|'")) {
        return false;
    }
    ptrvec_push(p->arena, &it->terms, t);
    return true;
}

/* parser_enumerator_value: after `=`: `N`, `-N`, `Other` (an alias), or
   an OR of names and numbers `A | B | 4`. */
static bool parser_enumerator_value(parser_t *p, enumerator_ast_t *it)
{
    loc_t first = p->tok.loc;

    if (p->tok.kind == TOK_IDENT) {
        it->value_loc = p->tok.loc;
        if (!parser_ident(p, &it->alias, "a value after '='"))
            return false;
    } else {
        it->has_value = true;
        it->negative = parser_accept(p, TOK_MINUS);
        if (!parser_number(p, &it->value, &it->value_loc,
                           it->negative ? "a number after '-'"
                                        : "a value after '='"))
            return false;
    }
    if (p->tok.kind != TOK_PIPE || it->negative)
        return true;
    /* The first operand again, as a term, then the rest. */
    enum_term_ast_t *t = arena_alloc(p->arena, sizeof *t);
    t->name = it->alias;
    t->value = it->value;
    t->loc = first;
    ptrvec_push(p->arena, &it->terms, t);
    it->alias = (ident_t){0};
    it->has_value = false;
    while (parser_accept(p, TOK_PIPE)) {
        if (!parser_enum_term(p, it))
            return false;
    }
    it->value_loc = first;
    return true;
}

/* parser_enumerators: `Name [= value] {, Name [= value]} [,]` up to `}`. */
static bool parser_enumerators(parser_t *p, enum_ast_t *e)
{
    while (p->tok.kind != TOK_RBRACE) {
        enumerator_ast_t *it = arena_alloc(p->arena, sizeof *it);

        if (!parser_ident(p, &it->name, "an enumerator name"))
            return false;
        it->value_loc = it->name.loc;
        if (parser_accept(p, TOK_EQUALS) && !parser_enumerator_value(p, it))
            return false;
        ptrvec_push(p->arena, &e->items, it);
        if (!parser_accept(p, TOK_COMMA))
            break;
    }
    return parser_expect(p, TOK_RBRACE, "after the enumerators");
}

/* parser_is_word: is the current token the name `word`? (`flags` and
   `record` are keywords only where a declaration may begin, so they stay
   usable as field names.) */
static bool parser_is_word(const parser_t *p, const char *word)
{
    size_t n = strlen(word);

    return p->tok.kind == TOK_IDENT && p->tok.loc.len == n &&
           memcmp(p->lx.src->text + p->tok.loc.offset, word, n) == 0;
}

/* parser_enum: `[flags] enum Name : base { ... }` into *out. */
static bool parser_enum(parser_t *p, ptrvec_t *out)
{
    enum_ast_t *e = arena_alloc(p->arena, sizeof *e);

    if (parser_is_word(p, "flags")) {
        e->flags = true;
        e->flags_loc = p->tok.loc;
        parser_advance(p);
        if (!parser_expect(p, TOK_KW_ENUM, "after 'flags'"))
            return false;
    } else {
        parser_advance(p);
    }
    if (!parser_ident(p, &e->name, "an enum name") ||
        !parser_expect(p, TOK_COLON, "after the enum name") ||
        !parser_ident(p, &e->base, "the enum's integer type") ||
        !parser_expect(p, TOK_LBRACE, "before the enumerators") ||
        !parser_enumerators(p, e))
        return false;
    ptrvec_push(p->arena, out, e);
    return true;
}

/* parser_record: `record Name { type name; ... }` into *out. */
static bool parser_record(parser_t *p, ptrvec_t *out)
{
    record_ast_t *r = arena_alloc(p->arena, sizeof *r);

    parser_advance(p);
    if (!parser_ident(p, &r->name, "a record name") ||
        !parser_expect(p, TOK_LBRACE, "before the record's fields"))
        return false;
    while (!parser_accept(p, TOK_RBRACE)) {
        field_ast_t *f = arena_alloc(p->arena, sizeof *f);

        if (!parser_type(p, &f->type) ||
            !parser_ident(p, &f->name, "a field name after its type") ||
            !parser_expect(p, TOK_SEMI, "after the record field"))
            return false;
        ptrvec_push(p->arena, &r->fields, f);
    }
    ptrvec_push(p->arena, out, r);
    return true;
}

static bool parser_member(parser_t *p, contract_ast_t *c)
{
    switch (p->tok.kind) {
    case TOK_KW_IN:
    case TOK_KW_OUT:
        return parser_message(p, c);
    case TOK_KW_ENUM:
        return parser_enum(p, &c->enums);
    case TOK_KW_START:
    case TOK_KW_STATE:
    case TOK_KW_TERMINAL:
    case TOK_KW_EXTEND:
        return parser_state(p, c);
    default:
        if (parser_is_word(p, "flags"))
            return parser_enum(p, &c->enums);
        if (parser_is_word(p, "record"))
            return parser_record(p, &c->records);
        if (parser_is_word(p, "initial"))
            return parser_state(p, c);
        parser_syntax_error(p, "expected %s",
                            "a message, enum, record or state declaration");
        return false;
    }
}

/* parser_sync_member: after an error, skip to just past the next `;` or
   balanced `}` at this level, or to the `}` or `contract` ending it. */
static void parser_sync_member(parser_t *p)
{
    unsigned depth = 0;

    for (;;) {
        switch (p->tok.kind) {
        case TOK_EOF:
        case TOK_KW_CONTRACT:
            return;
        case TOK_LBRACE:
            depth++;
            break;
        case TOK_RBRACE:
            if (depth == 0)
                return;
            if (--depth == 0) {
                parser_advance(p);
                return;
            }
            break;
        case TOK_SEMI:
            if (depth == 0) {
                parser_advance(p);
                return;
            }
            break;
        default:
            break;
        }
        parser_advance(p);
    }
}

/* parser_members: members up to the closing `}` of a contract. */
static void parser_members(parser_t *p, contract_ast_t *c)
{
    bool recovering = false;

    while (p->tok.kind != TOK_RBRACE) {
        if (p->tok.kind == TOK_EOF || p->tok.kind == TOK_KW_CONTRACT) {
            if (!recovering)
                parser_syntax_error(p, "expected %s",
                                    "'}' to end the contract");
            return;
        }
        p->depth = 0;
        recovering = !parser_member(p, c);
        if (recovering)
            parser_sync_member(p);
    }
    parser_advance(p);
}

/* parser_contract: `contract Name [extends Base] { members }`. */
static bool parser_contract(parser_t *p, ptrvec_t *out)
{
    contract_ast_t *c = arena_alloc(p->arena, sizeof *c);

    c->src = p->lx.src;
    parser_advance(p);
    if (!parser_ident(p, &c->name, "a contract name"))
        return false;
    if (parser_accept(p, TOK_KW_EXTENDS) &&
        !parser_ident(p, &c->base, "a contract name after 'extends'"))
        return false;
    if (!parser_expect(p, TOK_LBRACE, "to begin the contract"))
        return false;
    ptrvec_push(p->arena, out, c);
    parser_members(p, c);
    return true;
}

/* parser_top: a contract, or a shared enum or record. */
static bool parser_top(parser_t *p, file_ast_t *out)
{
    if (p->tok.kind == TOK_KW_CONTRACT)
        return parser_contract(p, &out->contracts);
    if (p->tok.kind == TOK_KW_ENUM || parser_is_word(p, "flags"))
        return parser_enum(p, &out->enums);
    if (parser_is_word(p, "record"))
        return parser_record(p, &out->records);
    parser_syntax_error(p, "expected %s",
                        "'contract', 'enum', 'flags enum' or 'record' at "
                        "the top level");
    return false;
}

/* parser_at_sync: where parsing resumes after an error at the top level
   (`flags` and `record` are not keywords, so they are no sync points). */
static bool parser_at_sync(const parser_t *p)
{
    return p->tok.kind == TOK_EOF || p->tok.kind == TOK_KW_CONTRACT ||
           p->tok.kind == TOK_KW_ENUM;
}

bool parser_parse(arena_t *arena, diag_t *diag, const source_t *src,
                  file_ast_t *out)
{
    parser_t p = {.arena = arena, .diag = diag};

    lexer_init(&p.lx, src, diag);
    parser_advance(&p);
    while (p.tok.kind != TOK_EOF) {
        if (parser_top(&p, out))
            continue;
        /* Resume at the next contract or enum. */
        while (!parser_at_sync(&p))
            parser_advance(&p);
    }
    return !p.failed;
}
