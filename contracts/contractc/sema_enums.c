/*
 * sema_enums.c: enums, in a contract or shared. The base type is a signed
 * or unsigned integer; each enumerator has a value written (`= 5`,
 * `= -5`), implicit (the previous value + 1, or 0 first; in a flags enum
 * the next bit above every earlier value), or an earlier enumerator's
 * (`= Other`, an alias). Values fit the base, and only aliases share one.
 * A flags enum is unsigned: its values are the ORs of its members.
 */
#include <stdio.h>
#include <string.h>

#include "sema.h"

static const struct {
    const char *name;
    uint32_t size;
    bool is_signed;
} enum_bases[] = {
    {"u8", 1, false}, {"u16", 2, false}, {"u32", 4, false}, {"u64", 8, false},
    {"i8", 1, true},  {"i16", 2, true},  {"i32", 4, true},  {"i64", 8, true},
};

/* enum_base: the enum's size and signedness from its base type name. */
static bool enum_base(enum_def_t *e, const char *base)
{
    for (size_t i = 0; i < sizeof enum_bases / sizeof enum_bases[0]; i++) {
        if (strcmp(enum_bases[i].name, base) == 0) {
            e->size = enum_bases[i].size;
            e->is_signed = enum_bases[i].is_signed;
            return true;
        }
    }
    return false;
}

/* enum_max: the largest value (unsigned), or the largest positive one. */
static uint64_t enum_max(const enum_def_t *e)
{
    unsigned bits = 8 * e->size - (e->is_signed ? 1u : 0u);

    return bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
}

static enum_member_t *enum_member_find(const enum_def_t *e, const char *name)
{
    for (size_t i = 0; i < e->members.count; i++) {
        enum_member_t *m = e->members.items[i];
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

/* enum_written: `= N` or `= -N`, into *bits if it fits. */
static bool enum_written(program_t *p, contract_t *c, const enum_def_t *e,
                         const enumerator_ast_t *it, uint64_t *bits)
{
    uint64_t max = enum_max(e);
    bool fits = it->negative ? e->is_signed && it->value <= max + 1
                             : it->value <= max;

    if (!fits) {
        sema_error(p, c, it->value_loc, "CONTRACT-BAD-ENUM",
                   "value %s%llu does not fit enum '%s' (%s%llu to %llu)",
                   it->negative ? "-" : "", (unsigned long long)it->value,
                   e->name, e->is_signed ? "-" : "",
                   e->is_signed ? (unsigned long long)max + 1 : 0ull,
                   (unsigned long long)max);
        return false;
    }
    *bits = it->negative ? 0 - it->value : it->value;
    return true;
}

/* enum_next_bit: a flags enum's implicit value, the bit above every
   earlier value's bits (1 first); false if it does not fit. */
static bool enum_next_bit(const enum_def_t *e, uint64_t *next)
{
    uint64_t all = 0;
    unsigned top;

    for (size_t i = 0; i < e->members.count; i++)
        all |= ((const enum_member_t *)e->members.items[i])->bits;
    if (all == 0) {
        *next = 1;
        return true;
    }
    top = 63u - (unsigned)__builtin_clzll(all);
    if (top + 1 >= 8 * e->size)
        return false;
    *next = 1ull << (top + 1);
    return true;
}

/* enum_implicit: the value of an enumerator written without one. */
static bool enum_implicit(program_t *p, contract_t *c, const enum_def_t *e,
                          const enumerator_ast_t *it, uint64_t *bits)
{
    const enum_member_t *prev =
        e->members.count ? e->members.items[e->members.count - 1] : NULL;
    bool fits;

    if (e->flags) {
        fits = enum_next_bit(e, bits);
    } else if (prev == NULL) {
        *bits = 0;
        fits = true;
    } else {
        fits = e->is_signed ? (int64_t)prev->bits < (int64_t)enum_max(e)
                            : prev->bits < enum_max(e);
        *bits = prev->bits + 1;
    }
    if (!fits)
        sema_error(p, c, it->name.loc, "CONTRACT-BAD-ENUM",
                   "the implicit value of '%s' does not fit enum '%s' "
                   "(write one)",
                   it->name.text, e->name);
    return fits;
}

/* enum_or: `A | B | 4`: the OR of earlier enumerators and numbers. */
static bool enum_or(program_t *p, contract_t *c, const enum_def_t *e,
                    const enumerator_ast_t *it, uint64_t *bits)
{
    uint64_t all = 0;

    for (size_t i = 0; i < it->terms.count; i++) {
        const enum_term_ast_t *t = it->terms.items[i];
        const enum_member_t *m;

        if (t->name.text == NULL) {
            all |= t->value;
            continue;
        }
        m = enum_member_find(e, t->name.text);
        if (m == NULL) {
            sema_error(p, c, t->loc, "CONTRACT-BAD-ENUM",
                       "'%s' is not an earlier value of enum '%s'%s",
                       t->name.text, e->name,
                       sema_suggest_member(p, e, t->name.text));
            return false;
        }
        all |= m->bits;
    }
    if (e->is_signed ? (int64_t)all > (int64_t)enum_max(e) ||
                           (int64_t)all < -(int64_t)enum_max(e) - 1
                     : all > enum_max(e)) {
        sema_error(p, c, it->value_loc, "CONTRACT-BAD-ENUM",
                   "the value of '%s' does not fit enum '%s'", it->name.text,
                   e->name);
        return false;
    }
    *bits = all;
    return true;
}

/* enum_value: an enumerator's value; its alias target in *alias. */
static bool enum_value(program_t *p, contract_t *c, const enum_def_t *e,
                       const enumerator_ast_t *it, uint64_t *bits,
                       const char **alias)
{
    const enum_member_t *target;

    if (it->has_value)
        return enum_written(p, c, e, it, bits);
    if (it->terms.count > 0)
        return enum_or(p, c, e, it, bits);
    if (it->alias.text == NULL)
        return enum_implicit(p, c, e, it, bits);
    target = enum_member_find(e, it->alias.text);
    if (target == NULL) {
        sema_error(p, c, it->alias.loc, "CONTRACT-BAD-ENUM",
                   "'%s' is not an earlier value of enum '%s'%s",
                   it->alias.text, e->name, sema_suggest_member(p, e, it->alias.text));
        return false;
    }
    *bits = target->bits;
    *alias = target->name;
    return true;
}

/* enum_unique: a new member's name, and unless it is an alias its value,
   are not taken. */
static bool enum_unique(program_t *p, contract_t *c, const enum_def_t *e,
                        const enum_member_t *m)
{
    for (size_t j = 0; j < e->members.count; j++) {
        const enum_member_t *o = e->members.items[j];
        if (strcmp(o->name, m->name) == 0) {
            sema_error(p, c, m->loc, "CONTRACT-DUPLICATE",
                       "enum '%s' already has a value named '%s'", e->name,
                       m->name);
            diag_note(p->diag, o->loc, "first declared here");
            return false;
        }
        if (m->alias_of == NULL && o->alias_of == NULL && o->bits == m->bits) {
            char value[24];

            if (e->is_signed)
                snprintf(value, sizeof value, "%lld", (long long)m->bits);
            else
                snprintf(value, sizeof value, "%llu",
                         (unsigned long long)m->bits);
            sema_error(p, c, m->value_loc, "CONTRACT-DUPLICATE",
                       "value %s is already used by '%s' in enum '%s' "
                       "(write '%s = %s' for an alias)",
                       value, o->name, e->name, m->name, o->name);
            diag_note(p->diag, o->value_loc, "first used here");
            return false;
        }
    }
    return names_check_type_name(p, c, &(ident_t){m->name, m->loc},
                                 "enumerator");
}

/* enum_members: resolve every enumerator in order. */
static void enum_members(program_t *p, contract_t *c, enum_def_t *e)
{
    for (size_t i = 0; i < e->ast->items.count; i++) {
        const enumerator_ast_t *it = e->ast->items.items[i];
        enum_member_t *m = arena_alloc(p->arena, sizeof *m);

        m->name = it->name.text;
        m->loc = it->name.loc;
        m->value_loc = it->value_loc;
        if (!enum_value(p, c, e, it, &m->bits, &m->alias_of)) {
            if (!it->has_value && it->alias.text == NULL &&
                it->terms.count == 0)
                break; /* the values after it would not fit either */
            continue;
        }
        if (!enum_unique(p, c, e, m))
            continue;
        ptrvec_push(p->arena, &e->members, m);
    }
}

enum_def_t *sema_enum_new(program_t *p, contract_t *c, const enum_ast_t *ast,
                          bool shared)
{
    enum_def_t *e = arena_alloc(p->arena, sizeof *e);

    e->name = ast->name.text;
    e->loc = ast->name.loc;
    e->ast = ast;
    e->flags = ast->flags;
    e->shared = shared;
    if (!enum_base(e, ast->base.text)) {
        sema_error(p, c, ast->base.loc, "CONTRACT-BAD-ENUM",
                   "an enum's type must be an integer type (u8 ... u64, "
                   "i8 ... i64), not '%s'",
                   ast->base.text);
        return e;
    }
    if (e->flags && e->is_signed) {
        sema_error(p, c, ast->base.loc, "CONTRACT-BAD-ENUM",
                   "a flags enum's type must be unsigned, not '%s'",
                   ast->base.text);
        e->size = 0;
        return e;
    }
    if (ast->items.count == 0)
        sema_error(p, c, ast->name.loc, "CONTRACT-BAD-ENUM",
                   "enum '%s' has no values", e->name);
    enum_members(p, c, e);
    return e;
}
