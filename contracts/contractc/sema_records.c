/*
 * sema_records.c: shared types (enums and records declared outside any
 * contract, usable by every contract of the compilation) and records.
 *
 * Shared types and contracts share one namespace: `Error` may not be both
 * a shared enum and a contract, and a contract's own enum, record or
 * message may not take a shared type's name (CONTRACT-DUPLICATE), so a
 * name in a field always means one thing.
 *
 * A record is laid out like a message body: its fields in order at their
 * natural alignment; its size is a multiple of its alignment (the largest
 * of its fields'). Records may hold records (not themselves:
 * CONTRACT-RECORD-CYCLE), arrays, buffers and endpoints.
 */
#include <stdio.h>
#include <string.h>

#include <insula/chan_rt.h>

#include "sema.h"
#include "suggest.h"

/* shared_name_taken: is name a shared type's already? Reports it. */
static bool shared_name_taken(program_t *p, const ident_t *id)
{
    enum_def_t *e;
    record_def_t *r;

    sema_find_type(p, NULL, id->text, &e, &r);
    if (e == NULL && r == NULL)
        return false;
    sema_error(p, NULL, id->loc, "CONTRACT-DUPLICATE",
               "type '%s' is declared twice", id->text);
    diag_note(p->diag, e != NULL ? e->loc : r->loc, "first declared here");
    return true;
}

void sema_declare_shared(program_t *p)
{
    const file_ast_t *f = &p->ast;

    for (size_t i = 0; i < f->enums.count; i++) {
        const enum_ast_t *ast = f->enums.items[i];
        if (shared_name_taken(p, &ast->name) ||
            !names_check_type_name(p, NULL, &ast->name, "enum"))
            continue;
        ptrvec_push(p->arena, &p->shared_enums,
                    sema_enum_new(p, NULL, ast, true));
    }
    for (size_t i = 0; i < f->records.count; i++) {
        const record_ast_t *ast = f->records.items[i];
        record_def_t *r;

        if (shared_name_taken(p, &ast->name) ||
            !names_check_type_name(p, NULL, &ast->name, "record"))
            continue;
        r = arena_alloc(p->arena, sizeof *r);
        r->name = ast->name.text;
        r->loc = ast->name.loc;
        r->ast = ast;
        r->shared = true;
        ptrvec_push(p->arena, &p->shared_records, r);
    }
}

static void find_in(const ptrvec_t *enums, const ptrvec_t *records,
                    const char *name, enum_def_t **en, record_def_t **rec)
{
    for (size_t i = 0; *en == NULL && i < enums->count; i++) {
        enum_def_t *e = enums->items[i];
        if (strcmp(e->name, name) == 0)
            *en = e;
    }
    for (size_t i = 0; *rec == NULL && i < records->count; i++) {
        record_def_t *r = records->items[i];
        if (strcmp(r->name, name) == 0)
            *rec = r;
    }
}

void sema_find_type(const program_t *p, const contract_t *c, const char *name,
                    enum_def_t **en, record_def_t **rec)
{
    *en = NULL;
    *rec = NULL;
    if (c != NULL)
        find_in(&c->enums, &c->records, name, en, rec);
    if (*en == NULL && *rec == NULL)
        find_in(&p->shared_enums, &p->shared_records, name, en, rec);
}

bool sema_record_resolve(program_t *p, record_def_t *r)
{
    char what[96];
    uint64_t size;

    if (r->mark == 2)
        return !r->failed;
    if (r->mark == 1) {
        sema_error(p, r->scope, r->loc, "CONTRACT-RECORD-CYCLE",
                   "record '%s' contains itself", r->name);
        r->failed = true;
        return false;
    }
    r->mark = 1;
    snprintf(what, sizeof what, "record '%s'", r->name);
    if (r->ast->fields.count == 0) {
        sema_error(p, r->scope, r->loc, "CONTRACT-BAD-RECORD",
                   "record '%s' has no fields", r->name);
        r->failed = true;
    } else if (!sema_fields(p, r->scope, &r->ast->fields, what, false,
                            &r->fields, &size, &r->align, &r->handles)) {
        r->failed = true;
    } else if (size > CHAN_RT_MAX_MESSAGE) {
        sema_error(p, r->scope, r->loc, "CONTRACT-MESSAGE-TOO-BIG",
                   "record '%s' is %llu bytes; a message is at most %u",
                   r->name, (unsigned long long)size, CHAN_RT_MAX_MESSAGE);
        r->failed = true;
    } else {
        r->size = (uint32_t)size;
    }
    r->mark = 2;
    if (r->failed && r->scope != NULL)
        r->scope->failed = true;
    return !r->failed;
}

void sema_resolve_shared_records(program_t *p)
{
    for (size_t i = 0; i < p->shared_records.count; i++)
        sema_record_resolve(p, p->shared_records.items[i]);
}

/* ---- "did you mean" ---- */

const char *sema_suggest_member(program_t *p, const enum_def_t *e,
                                const char *name)
{
    suggest_t s;

    suggest_init(&s, name);
    for (size_t i = 0; i < e->members.count; i++)
        suggest_offer(&s, ((const enum_member_t *)e->members.items[i])->name);
    return suggest_text(p->arena, &s);
}

static void offer_types(suggest_t *s, const ptrvec_t *enums,
                        const ptrvec_t *records)
{
    for (size_t i = 0; i < enums->count; i++)
        suggest_offer(s, ((const enum_def_t *)enums->items[i])->name);
    for (size_t i = 0; i < records->count; i++)
        suggest_offer(s, ((const record_def_t *)records->items[i])->name);
}

const char *sema_suggest_type(program_t *p, const contract_t *c,
                              const char *name)
{
    static const char *const builtin[] = {"i8",  "i16", "i32", "i64",
                                          "u8",  "u16", "u32", "u64",
                                          "bool"};
    suggest_t s;

    suggest_init(&s, name);
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
        suggest_offer(&s, builtin[i]);
    if (c != NULL)
        offer_types(&s, &c->enums, &c->records);
    offer_types(&s, &p->shared_enums, &p->shared_records);
    return suggest_text(p->arena, &s);
}

const char *sema_suggest_contract(program_t *p, const char *name)
{
    suggest_t s;

    suggest_init(&s, name);
    for (size_t i = 0; i < p->contracts.count; i++)
        suggest_offer(&s, ((const contract_t *)p->contracts.items[i])->name);
    return suggest_text(p->arena, &s);
}

const char *sema_suggest_message(program_t *p, const contract_t *c,
                                 const char *name)
{
    suggest_t s;

    suggest_init(&s, name);
    for (size_t i = 0; i < c->messages.count; i++)
        suggest_offer(&s, ((const message_t *)c->messages.items[i])->name);
    return suggest_text(p->arena, &s);
}

const char *sema_suggest_state(program_t *p, const contract_t *c,
                               const char *name)
{
    suggest_t s;

    suggest_init(&s, name);
    for (size_t i = 0; i < c->states.count; i++) {
        const state_t *st = c->states.items[i];
        if (!(st->flags & STATE_ANONYMOUS))
            suggest_offer(&s, st->name);
    }
    return suggest_text(p->arena, &s);
}
