/*
 * sema_contracts.c: phase 1. Every contract gets a unique name and id, its
 * `extends` is resolved, and the contracts are ordered so that each comes
 * after its base (cycles are errors).
 */
#include "sema.h"

/* sema_shared_type_named: contracts and shared types share a namespace. */
static bool sema_shared_type_named(program_t *p, const ident_t *id)
{
    enum_def_t *e;
    record_def_t *r;

    sema_find_type(p, NULL, id->text, &e, &r);
    if (e == NULL && r == NULL)
        return false;
    sema_error(p, NULL, id->loc, "CONTRACT-DUPLICATE",
               "'%s' is already declared as a shared type", id->text);
    diag_note(p->diag, e != NULL ? e->loc : r->loc, "first declared here");
    return true;
}

/* sema_declare_one: a contract_t for ast, unless its name is taken. */
static void sema_declare_one(program_t *p, contract_ast_t *ast)
{
    contract_t *prev = sema_find_contract(p, ast->name.text);
    contract_t *c;

    if (prev != NULL) {
        sema_error(p, prev, ast->name.loc, "CONTRACT-DUPLICATE",
                   "contract '%s' is declared twice", ast->name.text);
        diag_note(p->diag, prev->loc, "first declared here");
        return;
    }
    if (sema_shared_type_named(p, &ast->name))
        return;
    c = arena_alloc(p->arena, sizeof *c);
    c->name = ast->name.text;
    c->loc = ast->name.loc;
    c->id = names_fnv1a(c->name);
    c->ast = ast;
    c->start = -1;
    names_check_type_name(p, c, &ast->name, "contract");
    ptrvec_push(p->arena, &p->contracts, c);
}

/* sema_check_ids: contract ids are hashes of names; refuse collisions. */
static void sema_check_ids(program_t *p)
{
    for (size_t i = 0; i < p->contracts.count; i++) {
        contract_t *a = p->contracts.items[i];
        for (size_t j = 0; j < i; j++) {
            contract_t *b = p->contracts.items[j];
            if (a->id == b->id)
                sema_error(p, a, a->loc, "CONTRACT-ID-COLLISION",
                           "contracts '%s' and '%s' hash to the same id "
                           "0x%08x; rename one",
                           a->name, b->name, (unsigned)a->id);
        }
    }
}

/* sema_link_base: resolve `extends`. */
static void sema_link_base(program_t *p, contract_t *c)
{
    const ident_t *base = &c->ast->base;

    if (base->text == NULL)
        return;
    c->base = sema_find_contract(p, base->text);
    if (c->base == NULL)
        sema_error(p, c, base->loc, "CONTRACT-UNKNOWN-CONTRACT",
                   "unknown contract '%s'%s (is the file that declares it "
                   "on the command line?)",
                   base->text, sema_suggest_contract(p, base->text));
}

/* sema_order_visit: append c to p->order after its base chain; false when
   the chain is broken: an unknown base, or a loop (reported at the contract
   that closes it). */
static bool sema_order_visit(program_t *p, contract_t *c)
{
    bool ok = true;

    if (c->mark == 2)
        return c->order_ok;
    if (c->mark == 1) {
        sema_error(p, c, c->ast->base.loc, "CONTRACT-EXTENDS-CYCLE",
                   "contract '%s' extends itself through '%s'", c->name,
                   c->ast->base.text);
        return false;
    }
    c->mark = 1;
    if (c->ast->base.text != NULL)
        ok = c->base != NULL && sema_order_visit(p, c->base);
    c->mark = 2;
    c->order_ok = ok;
    if (ok)
        ptrvec_push(p->arena, &p->order, c);
    else
        c->failed = true;
    return ok;
}

void sema_declare_contracts(program_t *p)
{
    for (size_t i = 0; i < p->ast.contracts.count; i++) {
        if (p->contracts.count == MODEL_MAX_CONTRACTS) {
            contract_ast_t *ast = p->ast.contracts.items[i];
            sema_error(p, NULL, ast->name.loc, "CONTRACT-LIMIT",
                       "more than %u contracts", MODEL_MAX_CONTRACTS);
            break;
        }
        sema_declare_one(p, p->ast.contracts.items[i]);
    }
    sema_check_ids(p);
    for (size_t i = 0; i < p->contracts.count; i++)
        sema_link_base(p, p->contracts.items[i]);
    for (size_t i = 0; i < p->contracts.count; i++)
        sema_order_visit(p, p->contracts.items[i]);
}
