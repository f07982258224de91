/*
 * sema_members.c: phase 2a. A contract's enums, messages and named states,
 * its base's first. Enums and messages share one namespace (both become
 * C types `Contract_Name_t`).
 */
#include <string.h>

#include "sema.h"

/* sema_inherit: start c's lists as copies of its base's. */
static void sema_inherit(program_t *p, contract_t *c)
{
    const contract_t *b = c->base;

    if (b == NULL)
        return;
    for (size_t i = 0; i < b->enums.count; i++)
        ptrvec_push(p->arena, &c->enums, b->enums.items[i]);
    for (size_t i = 0; i < b->messages.count; i++)
        ptrvec_push(p->arena, &c->messages, b->messages.items[i]);
    for (size_t i = 0; i < b->states.count; i++)
        ptrvec_push(p->arena, &c->states, b->states.items[i]);
    for (size_t i = 0; i < b->transitions.count; i++)
        ptrvec_push(p->arena, &c->transitions, b->transitions.items[i]);
    c->start = b->start;
}

/* sema_type_name_free: a new enum or message name must be unused. */
static bool sema_type_name_free(program_t *p, contract_t *c,
                                const ident_t *id)
{
    const message_t *m = sema_find_message(c, id->text);
    const enum_def_t *e = sema_find_enum(c, id->text);
    loc_t prev;

    if (m == NULL && e == NULL)
        return names_check_type_name(p, c, id, "message or enum");
    prev = m != NULL ? m->loc : e->loc;
    sema_error(p, c, id->loc, "CONTRACT-DUPLICATE",
               "'%s' is already declared in contract '%s'", id->text,
               c->name);
    diag_note(p->diag, prev, "first declared here");
    return false;
}

static void sema_declare_message(program_t *p, contract_t *c,
                                 const message_ast_t *ast)
{
    message_t *m;

    if (!sema_type_name_free(p, c, &ast->name))
        return;
    if (c->messages.count == MODEL_MAX_MESSAGES) {
        sema_error(p, c, ast->name.loc, "CONTRACT-LIMIT",
                   "more than %u messages", MODEL_MAX_MESSAGES);
        return;
    }
    m = arena_alloc(p->arena, sizeof *m);
    m->name = ast->name.text;
    m->loc = ast->name.loc;
    m->id = (uint16_t)c->messages.count;
    m->dir = ast->dir;
    m->ast = ast;
    m->owner = c;
    ptrvec_push(p->arena, &c->messages, m);
}

/* sema_declare_state: a named state, or NULL after an error. `extend
   state` names an inherited state instead; machine_build checks it. */
static state_t *sema_declare_state(program_t *p, contract_t *c,
                                   const state_ast_t *ast)
{
    const state_t *prev = sema_find_state(c, ast->name.text);
    state_t *s;

    if (prev != NULL) {
        sema_error(p, c, ast->name.loc, "CONTRACT-DUPLICATE",
                   "state '%s' is already declared in contract '%s'",
                   ast->name.text, c->name);
        diag_note(p->diag, prev->loc, "first declared here");
        return NULL;
    }
    if (!names_check_type_name(p, c, &ast->name, "state"))
        return NULL;
    if (c->states.count == MODEL_MAX_STATES) {
        sema_error(p, c, ast->name.loc, "CONTRACT-LIMIT",
                   "more than %u states", MODEL_MAX_STATES);
        return NULL;
    }
    s = arena_alloc(p->arena, sizeof *s);
    s->name = ast->name.text;
    s->loc = ast->name.loc;
    s->index = (uint16_t)c->states.count;
    s->flags = (ast->flags & STATE_AST_TERMINAL) ? STATE_TERMINAL : 0;
    s->owner = c;
    ptrvec_push(p->arena, &c->states, s);
    return s;
}

/* sema_declare_start: record `start state`, one per contract lineage. */
static void sema_declare_start(program_t *p, contract_t *c,
                               const state_ast_t *ast, const state_t *s)
{
    if (c->start >= 0) {
        const state_t *first = c->states.items[c->start];
        sema_error(p, c, ast->keyword_loc, "CONTRACT-DUPLICATE-START",
                   "contract '%s' already has start state '%s'", c->name,
                   first->name);
        diag_note(p->diag, first->loc, "start state declared here");
        return;
    }
    c->start = s->index;
}

/* sema_enum_value_ok: value fits the base type and is not taken. */
static bool sema_enum_value_ok(program_t *p, contract_t *c,
                               const enum_def_t *e, size_t i)
{
    const enumerator_ast_t *it = e->ast->items.items[i];
    uint64_t max = e->size == 8 ? UINT64_MAX : (1ull << (8 * e->size)) - 1;

    if (it->value > max) {
        sema_error(p, c, it->value_loc, "CONTRACT-BAD-ENUM",
                   "value %llu does not fit enum '%s' (largest %llu)",
                   (unsigned long long)it->value, e->name,
                   (unsigned long long)max);
        return false;
    }
    for (size_t j = 0; j < i; j++) {
        const enumerator_ast_t *o = e->ast->items.items[j];
        if (strcmp(o->name.text, it->name.text) == 0) {
            sema_error(p, c, it->name.loc, "CONTRACT-DUPLICATE",
                       "enum '%s' already has a value named '%s'", e->name,
                       it->name.text);
            diag_note(p->diag, o->name.loc, "first declared here");
            return false;
        }
        if (o->value == it->value) {
            sema_error(p, c, it->value_loc, "CONTRACT-DUPLICATE",
                       "value %llu is already used by '%s' in enum '%s'",
                       (unsigned long long)it->value, o->name.text, e->name);
            diag_note(p->diag, o->value_loc, "first used here");
            return false;
        }
    }
    return names_check_type_name(p, c, &it->name, "enumerator");
}

/* sema_enum_size: bytes of an enum's base type, 0 if not u8..u64. */
static uint32_t sema_enum_size(const char *base)
{
    static const char *const names[] = {"u8", "u16", "u32", "u64"};

    for (uint32_t i = 0; i < 4; i++) {
        if (strcmp(names[i], base) == 0)
            return 1u << i;
    }
    return 0;
}

static void sema_declare_enum(program_t *p, contract_t *c,
                              const enum_ast_t *ast)
{
    enum_def_t *e;

    if (!sema_type_name_free(p, c, &ast->name))
        return;
    e = arena_alloc(p->arena, sizeof *e);
    e->name = ast->name.text;
    e->loc = ast->name.loc;
    e->ast = ast;
    e->size = sema_enum_size(ast->base.text);
    if (e->size == 0)
        sema_error(p, c, ast->base.loc, "CONTRACT-BAD-ENUM",
                   "an enum's type must be u8, u16, u32 or u64, not '%s'",
                   ast->base.text);
    else if (ast->items.count == 0)
        sema_error(p, c, ast->name.loc, "CONTRACT-BAD-ENUM",
                   "enum '%s' has no values", e->name);
    for (size_t i = 0; e->size != 0 && i < ast->items.count; i++)
        sema_enum_value_ok(p, c, e, i);
    ptrvec_push(p->arena, &c->enums, e);
}

void sema_declare_members(program_t *p, contract_t *c)
{
    const contract_ast_t *ast = c->ast;

    sema_inherit(p, c);
    for (size_t i = 0; i < ast->enums.count; i++)
        sema_declare_enum(p, c, ast->enums.items[i]);
    for (size_t i = 0; i < ast->messages.count; i++)
        sema_declare_message(p, c, ast->messages.items[i]);
    for (size_t i = 0; i < ast->states.count; i++) {
        const state_ast_t *sa = ast->states.items[i];
        state_t *s;

        if (sa->flags & STATE_AST_EXTEND)
            continue;
        s = sema_declare_state(p, c, sa);
        if (s != NULL && (sa->flags & STATE_AST_START))
            sema_declare_start(p, c, sa, s);
    }
    if (c->start < 0)
        sema_error(p, c, c->loc, "CONTRACT-NO-START",
                   "contract '%s' has no start state (write 'start state "
                   "Name: ...')",
                   c->name);
}
