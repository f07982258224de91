/*
 * parser_state.c: state declarations and their bodies.
 *
 *     start state Ready: one {
 *         Read? -> (AckRead! or ReadError!) -> Ready;
 *         Close? -> AckClose! -> Closed;
 *     }
 *     terminal state Closed;
 */
#include <string.h>

#include "parser_internal.h"

static bool parser_path(parser_t *p, path_ast_t *path);

/* parser_event_after_name: the `?` or `!` after a message name. */
static bool parser_event_after_name(parser_t *p, const ident_t *name,
                                    event_ast_t **out)
{
    event_ast_t *e = arena_alloc(p->arena, sizeof *e);

    e->msg = *name;
    if (p->tok.kind == TOK_QUESTION) {
        e->dir = CONTRACT_DIR_IN;
    } else if (p->tok.kind == TOK_BANG) {
        e->dir = CONTRACT_DIR_OUT;
    } else {
        parser_syntax_error(p, "expected %s after the message name",
                            "'?' or '!'");
        return false;
    }
    e->loc = name->loc;
    e->loc.len = p->tok.loc.offset + p->tok.loc.len - name->loc.offset;
    parser_advance(p);
    *out = e;
    return true;
}

/* parser_group: after `(`: `A? or B? ... )`. */
static bool parser_group(parser_t *p, step_ast_t *step)
{
    do {
        ident_t name;
        event_ast_t *e;

        if (!parser_ident(p, &name, "a message name") ||
            !parser_event_after_name(p, &name, &e))
            return false;
        ptrvec_push(p->arena, &step->alts, e);
    } while (parser_accept(p, TOK_KW_OR));
    return parser_expect(p, TOK_RPAREN, "after the alternatives");
}

/* parser_choice: `one { path; ... }`; the current token is `one`. */
static bool parser_choice(parser_t *p, choice_ast_t **out)
{
    choice_ast_t *ch = arena_alloc(p->arena, sizeof *ch);

    ch->loc = p->tok.loc;
    if (++p->depth > PARSER_MAX_DEPTH) {
        p->failed = true;
        diag_error(p->diag, ch->loc, "CONTRACT-LIMIT",
                   "choices nested more than %u deep", PARSER_MAX_DEPTH);
        return false;
    }
    parser_advance(p);
    if (!parser_expect(p, TOK_LBRACE, "after 'one'"))
        return false;
    while (!parser_accept(p, TOK_RBRACE)) {
        path_ast_t *path = arena_alloc(p->arena, sizeof *path);

        if (!parser_path(p, path))
            return false;
        ptrvec_push(p->arena, &ch->paths, path);
    }
    p->depth--;
    *out = ch;
    return true;
}

/* parser_path_end: the `;` after a path (optional after a choice). */
static bool parser_path_end(parser_t *p, const path_ast_t *path)
{
    if (path->choice != NULL) {
        parser_accept(p, TOK_SEMI);
        return true;
    }
    return parser_expect(p, TOK_SEMI, "after the target state");
}

/* parser_path_item: one step, or the target that ends the path; sets
   *done when it read the target. */
static bool parser_path_item(parser_t *p, path_ast_t *path, bool *done)
{
    step_ast_t *step = arena_alloc(p->arena, sizeof *step);
    event_ast_t *e;
    ident_t name;

    if (p->tok.kind == TOK_KW_ONE && path->steps.count > 0) {
        *done = true;
        return parser_choice(p, &path->choice);
    }
    if (parser_accept(p, TOK_LPAREN)) {
        if (!parser_group(p, step))
            return false;
    } else {
        if (!parser_ident(p, &name, "a message or state name"))
            return false;
        if (p->tok.kind != TOK_QUESTION && p->tok.kind != TOK_BANG &&
            path->steps.count > 0) {
            path->target = name;
            *done = true;
            return true;
        }
        if (!parser_event_after_name(p, &name, &e))
            return false;
        ptrvec_push(p->arena, &step->alts, e);
    }
    ptrvec_push(p->arena, &path->steps, step);
    return parser_expect(p, TOK_ARROW, "after a message");
}

/* parser_path: `step -> {step ->} target` and its `;`. */
static bool parser_path(parser_t *p, path_ast_t *path)
{
    bool done = false;

    while (!done) {
        if (!parser_path_item(p, path, &done))
            return false;
    }
    return parser_path_end(p, path);
}

/* parser_body: `one { ... }` or a single path. */
static bool parser_body(parser_t *p, state_ast_t *s)
{
    path_ast_t *path;

    if (p->tok.kind == TOK_KW_ONE)
        return parser_choice(p, &s->body);
    s->body = arena_alloc(p->arena, sizeof *s->body);
    s->body->loc = p->tok.loc;
    path = arena_alloc(p->arena, sizeof *path);
    ptrvec_push(p->arena, &s->body->paths, path);
    return parser_path(p, path);
}

/* parser_state_prefix: `start`, `terminal`, `extend` or `initial`, then
   `state`. */
static bool parser_state_prefix(parser_t *p, state_ast_t *s)
{
    s->keyword_loc = p->tok.loc;
    if (parser_accept(p, TOK_KW_START))
        s->flags = STATE_AST_START;
    else if (parser_accept(p, TOK_KW_TERMINAL))
        s->flags = STATE_AST_TERMINAL;
    else if (parser_accept(p, TOK_KW_EXTEND))
        s->flags = STATE_AST_EXTEND;
    else if (p->tok.kind == TOK_IDENT && p->tok.loc.len == 7 &&
             memcmp(p->lx.src->text + p->tok.loc.offset, "initial", 7) == 0) {
        parser_advance(p); /* `initial` is a keyword only here */
        s->flags = STATE_AST_INITIAL;
    }
    return parser_expect(p, TOK_KW_STATE, "in a state declaration");
}

bool parser_state(parser_t *p, contract_ast_t *c)
{
    state_ast_t *s = arena_alloc(p->arena, sizeof *s);

    if (!parser_state_prefix(p, s) ||
        !parser_ident(p, &s->name, "a state name"))
        return false;
    if (s->flags & STATE_AST_TERMINAL) {
        if (!parser_expect(p, TOK_SEMI, "after a terminal state"))
            return false;
    } else if (!parser_expect(p, TOK_COLON, "after the state name") ||
               !parser_body(p, s)) {
        return false;
    }
    ptrvec_push(p->arena, &c->states, s);
    return true;
}
