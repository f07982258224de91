/*
 * sema_members.c: phase 2a. A contract's enums, records, messages and named
 * states, its base's first. Enums, records and messages share one
 * namespace (all become C types `Contract_Name_t`), with the shared types.
 */
#include <stdio.h>
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
    for (size_t i = 0; i < b->records.count; i++)
        ptrvec_push(p->arena, &c->records, b->records.items[i]);
    for (size_t i = 0; i < b->messages.count; i++)
        ptrvec_push(p->arena, &c->messages, b->messages.items[i]);
    for (size_t i = 0; i < b->states.count; i++)
        ptrvec_push(p->arena, &c->states, b->states.items[i]);
    for (size_t i = 0; i < b->transitions.count; i++)
        ptrvec_push(p->arena, &c->transitions, b->transitions.items[i]);
    c->start = b->start;
}

static void sema_declare_initial(program_t *p, contract_t *c, state_t *s);

/* sema_inherit_initial: the base's `initial state`s (its own and those
   it inherited: bases come first in p->order) are c's too: channels of c
   may be created in them, through the contract "C@S". */
static void sema_inherit_initial(program_t *p, contract_t *c)
{
    for (size_t i = 0; c->base != NULL && i < c->base->initial.count; i++)
        sema_declare_initial(p, c, c->base->initial.items[i]);
}

/* sema_inherited_name: whether `name` is a message, enum or record c
   inherits from its base (not a shared type). */
static bool sema_inherited_name(program_t *p, const contract_t *c,
                                const char *name)
{
    enum_def_t *e;
    record_def_t *r;

    if (c->base == NULL)
        return false;
    if (sema_find_message(c->base, name) != NULL)
        return true;
    sema_find_type(p, c->base, name, &e, &r);
    return (e != NULL && !e->shared) || (r != NULL && !r->shared);
}

/* sema_type_name_free: a new enum, record or message name must be unused,
   in the contract and among the shared types. */
static bool sema_type_name_free(program_t *p, contract_t *c,
                                const ident_t *id)
{
    const message_t *m = sema_find_message(c, id->text);
    enum_def_t *e;
    record_def_t *r;
    loc_t prev;

    sema_find_type(p, c, id->text, &e, &r);
    if (m == NULL && e == NULL && r == NULL)
        return names_check_type_name(p, c, id, "message, enum or record");
    prev = m != NULL ? m->loc : e != NULL ? e->loc : r->loc;
    if (sema_inherited_name(p, c, id->text))
        sema_error(p, c, id->loc, "CONTRACT-BAD-EXTEND",
                   "'%s' is declared in base contract '%s'; an extension "
                   "may not redeclare or change it (a client that knows "
                   "only the base decodes it by the base's layout)",
                   id->text, c->base->name);
    else if ((e != NULL && e->shared) || (r != NULL && r->shared))
        sema_error(p, c, id->loc, "CONTRACT-DUPLICATE",
                   "'%s' is already declared as a shared type", id->text);
    else
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

    if (prev != NULL && prev->owner != c) {
        sema_error(p, c, ast->name.loc, "CONTRACT-BAD-EXTEND",
                   "state '%s' is inherited from contract '%s': write "
                   "'extend state %s: ...' to add paths to it",
                   ast->name.text, prev->owner->name, ast->name.text);
        diag_note(p->diag, prev->loc, "declared here");
        return NULL;
    }
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

/* sema_declare_initial: `initial state S` of contract C: channels may be
   created in S, through the contract "C@S" (a variant of C that extends it
   with S as its start; id FNV-1a of that name). */
static void sema_declare_initial(program_t *p, contract_t *c, state_t *s)
{
    char name[256];
    uint32_t *id = arena_alloc(p->arena, sizeof *id);

    snprintf(name, sizeof name, "%s@%s", c->name, s->name);
    *id = names_fnv1a(name);
    for (size_t i = 0; i < p->contracts.count; i++) {
        const contract_t *o = p->contracts.items[i];
        bool taken = o->id == *id;

        for (size_t k = 0; k < o->initial_ids.count; k++)
            taken |= *(const uint32_t *)o->initial_ids.items[k] == *id;
        if (taken) {
            sema_error(p, c, s->loc, "CONTRACT-ID-COLLISION",
                       "'%s' hashes to the id 0x%08x of contract '%s' (or "
                       "of one of its initial states); rename one",
                       name, (unsigned)*id, o->name);
            return;
        }
    }
    ptrvec_push(p->arena, &c->initial, s);
    ptrvec_push(p->arena, &c->initial_ids, id);
}

static void sema_declare_enum(program_t *p, contract_t *c,
                              const enum_ast_t *ast)
{
    if (sema_type_name_free(p, c, &ast->name))
        ptrvec_push(p->arena, &c->enums, sema_enum_new(p, c, ast, false));
}

static void sema_declare_record(program_t *p, contract_t *c,
                                const record_ast_t *ast)
{
    record_def_t *r;

    if (!sema_type_name_free(p, c, &ast->name))
        return;
    r = arena_alloc(p->arena, sizeof *r);
    r->name = ast->name.text;
    r->loc = ast->name.loc;
    r->ast = ast;
    r->scope = c;
    ptrvec_push(p->arena, &c->records, r);
}

void sema_declare_members(program_t *p, contract_t *c)
{
    const contract_ast_t *ast = c->ast;

    sema_inherit(p, c);
    sema_inherit_initial(p, c);
    for (size_t i = 0; i < ast->enums.count; i++)
        sema_declare_enum(p, c, ast->enums.items[i]);
    for (size_t i = 0; i < ast->records.count; i++)
        sema_declare_record(p, c, ast->records.items[i]);
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
        if (s != NULL && (sa->flags & STATE_AST_INITIAL))
            sema_declare_initial(p, c, s);
    }
    if (c->start < 0)
        sema_error(p, c, c->loc, "CONTRACT-NO-START",
                   "contract '%s' has no start state (write 'start state "
                   "Name: ...')",
                   c->name);
}
