/*
 * gen_types.c: enums and records in C, and the checks that validate them
 * when a message is decoded. A contract's own types are named after the
 * contract being generated (`Fs_Error_t`, inherited ones too); shared types
 * by their own name (`ErrorCode_t`) and are emitted, under a guard, into
 * every header that uses them, so headers never include each other.
 */
#include <string.h>

#include "gen.h"

void gen_type_name(const contract_t *c, const char *name, bool shared,
                   char *buf, size_t cap)
{
    if (shared || c == NULL)
        snprintf(buf, cap, "%s", name);
    else
        snprintf(buf, cap, "%s_%s", c->name, name);
}

/* ---- collecting the types fields use, each after those it uses ---- */

static bool gen_tref_has(const ptrvec_t *out, const void *def)
{
    for (size_t i = 0; i < out->count; i++) {
        const gen_tref_t *r = out->items[i];
        if (r->en == def || r->rec == def)
            return true;
    }
    return false;
}

static void gen_tref_add(const gen_t *g, ptrvec_t *out, const enum_def_t *en,
                         const record_def_t *rec)
{
    gen_tref_t *r;

    if (gen_tref_has(out, en != NULL ? (const void *)en : (const void *)rec))
        return;
    r = arena_alloc(g->p->arena, sizeof *r);
    r->en = en;
    r->rec = rec;
    ptrvec_push(g->p->arena, out, r);
}

void gen_collect_record(const gen_t *g, ptrvec_t *out, const record_def_t *rec,
                        gen_scope_t scope)
{
    for (size_t i = 0; i < rec->fields.count; i++)
        gen_collect_type(g, out, &((const field_t *)rec->fields.items[i])->type,
                         scope);
    if (rec->shared ? scope != GEN_LOCAL : scope != GEN_SHARED)
        gen_tref_add(g, out, NULL, rec);
}

void gen_collect_type(const gen_t *g, ptrvec_t *out, const ftype_t *t,
                      gen_scope_t scope)
{
    if (t->kind == FTYPE_RECORD)
        gen_collect_record(g, out, t->rec, scope);
    else if (t->kind == FTYPE_ENUM &&
             (t->en->shared ? scope != GEN_LOCAL : scope != GEN_SHARED))
        gen_tref_add(g, out, t->en, NULL);
}

void gen_collect_enum(const gen_t *g, ptrvec_t *out, const enum_def_t *en)
{
    gen_tref_add(g, out, en, NULL);
}

/* ---- declarations (headers) ---- */

/*   #define Fs_Error_NotFound ((Fs_Error_t)2u)   or ((X_t)-5) */
static void gen_enum_constant(const gen_t *g, const char *tn,
                              const enum_def_t *e, const enum_member_t *m)
{
    int64_t v = (int64_t)m->bits;

    fprintf(g->out, "#define %s_%s ((%s_t)", tn, m->name, tn);
    if (!e->is_signed)
        fprintf(g->out, "%lluu)", (unsigned long long)m->bits);
    else if (v == INT64_MIN)
        fputs("(-9223372036854775807ll - 1))", g->out);
    else
        fprintf(g->out, "%lldll)", (long long)v);
    if (m->alias_of != NULL)
        fprintf(g->out, " /* = %s */", m->alias_of);
    fputs("\n", g->out);
}

/*   typedef uint32_t Fs_Error_t;
 *   #define Fs_Error_NotFound ((Fs_Error_t)2u) */
void gen_enum_decl(const gen_t *g, const contract_t *c, const enum_def_t *e)
{
    static const char *const base[] = {"", "8", "16", "", "32",
                                       "", "", "", "64"};
    char tn[160];

    gen_type_name(c, e->name, e->shared, tn, sizeof tn);
    fprintf(g->out, "\n/* %senum %s */\ntypedef %sint%s_t %s_t;\n",
            e->flags ? "flags " : "", e->name, e->is_signed ? "" : "u",
            base[e->size], tn);
    for (size_t i = 0; i < e->members.count; i++)
        gen_enum_constant(g, tn, e, e->members.items[i]);
}

/* gen_struct_member: "    uint8_t key[16];" */
static void gen_struct_member(const gen_t *g, const contract_t *c,
                              const field_t *f)
{
    char ctype[160];

    gen_wire_ctype(c, &f->type, ctype, sizeof ctype);
    if (f->type.array_len)
        fprintf(g->out, "    %s %s[%u];\n", ctype, f->name,
                f->type.array_len);
    else
        fprintf(g->out, "    %s %s;\n", ctype, f->name);
}

static void gen_struct_padding(const gen_t *g, uint32_t *pad_index,
                               uint32_t from, uint32_t to)
{
    if (to > from)
        fprintf(g->out, "    uint8_t _pad%u[%u];\n", (*pad_index)++,
                to - from);
}

void gen_struct(const gen_t *g, const contract_t *c, const char *tn,
                const char *label, const ptrvec_t *fields, uint32_t size)
{
    uint32_t at = 0, pad = 0;

    fprintf(g->out, "typedef struct %s {\n", tn);
    for (size_t i = 0; i < fields->count; i++) {
        const field_t *f = fields->items[i];
        gen_struct_padding(g, &pad, at, f->offset);
        gen_struct_member(g, c, f);
        at = f->offset + f->size;
    }
    gen_struct_padding(g, &pad, at, size);
    fprintf(g->out, "} %s_t;\n", tn);
    fprintf(g->out, "_Static_assert(sizeof(%s_t) == %u, \"%s: size\");\n",
            tn, size, label);
    for (size_t i = 0; i < fields->count; i++) {
        const field_t *f = fields->items[i];
        fprintf(g->out,
                "_Static_assert(offsetof(%s_t, %s) == %u, "
                "\"%s.%s: offset\");\n",
                tn, f->name, f->offset, label, f->name);
    }
}

void gen_record_decl(const gen_t *g, const contract_t *c,
                     const record_def_t *r)
{
    char tn[160], label[200];

    gen_type_name(c, r->name, r->shared, tn, sizeof tn);
    snprintf(label, sizeof label, "%s%s%s", r->shared || c == NULL ? "" : c->name,
             r->shared || c == NULL ? "" : ".", r->name);
    fprintf(g->out, "\n/* record %s */\n", r->name);
    gen_struct(g, c, tn, label, &r->fields, r->size);
}

/* ---- validation (decode) ---- */

/*   static inline bool Fs_Error_valid(Fs_Error_t v)
 *   { switch (v) { case ...: return true; default: return false; } }
 * A flags enum: v is the OR of the members it contains. */
void gen_enum_valid(const gen_t *g, const contract_t *c, const enum_def_t *e)
{
    char tn[160];

    gen_type_name(c, e->name, e->shared, tn, sizeof tn);
    fprintf(g->out, "\nstatic inline bool %s_valid(%s_t v)\n{\n", tn, tn);
    if (e->flags) {
        fputs("    uint64_t _all = 0;\n\n", g->out);
        for (size_t i = 0; i < e->members.count; i++) {
            const enum_member_t *m = e->members.items[i];
            if (m->alias_of == NULL)
                fprintf(g->out,
                        "    if ((v & %s_%s) == %s_%s)\n"
                        "        _all |= (uint64_t)%s_%s;\n",
                        tn, m->name, tn, m->name, tn, m->name);
        }
        fputs("    return _all == (uint64_t)v;\n}\n", g->out);
        return;
    }
    fputs("    switch (v) {\n", g->out);
    for (size_t i = 0; i < e->members.count; i++) {
        const enum_member_t *m = e->members.items[i];
        if (m->alias_of == NULL)
            fprintf(g->out, "    case %s_%s:\n", tn, m->name);
    }
    fputs("        return true;\n    default:\n        return false;\n"
          "    }\n}\n",
          g->out);
}

/* gen_needs_check: does a value of this type need validating? */
bool gen_needs_check(const ftype_t *t)
{
    if (t->kind == FTYPE_BOOL || t->kind == FTYPE_ENUM || t->inline_text ||
        t->vector)
        return true;
    if (t->kind != FTYPE_RECORD)
        return false;
    for (size_t i = 0; i < t->rec->fields.count; i++) {
        if (gen_needs_check(&((const field_t *)t->rec->fields.items[i])->type))
            return true;
    }
    return false;
}

/* gen_check_element: the test that is true of one bad element. */
static void gen_check_element(const gen_t *g, const contract_t *c,
                              const field_t *f, const char *base,
                              const char *index)
{
    char tn[160];

    if (f->type.kind == FTYPE_BOOL) {
        fprintf(g->out, "%s%s%s > 1u", base, f->name, index);
    } else if (f->type.kind == FTYPE_ENUM) {
        gen_type_name(c, f->type.en->name, f->type.en->shared, tn, sizeof tn);
        fprintf(g->out, "!%s_valid(%s%s%s)", tn, base, f->name, index);
    } else {
        gen_type_name(c, f->type.rec->name, f->type.rec->shared, tn,
                      sizeof tn);
        fprintf(g->out, "!%s_valid(&%s%s%s)", tn, base, f->name, index);
    }
}

/* A vector: its count within bounds, its first `count` elements present
   and the rest 0 (the kernel checked as much; the mock runtime did not). */
static void gen_check_vector(const gen_t *g, const field_t *f,
                             const char *base, const char *fail)
{
    const char *h = f->type.kind == FTYPE_ENDPOINT ? ".h" : "";

    fprintf(g->out,
            "    if (%s%s > %uu)\n        return %s;\n"
            "    for (size_t _i = 0; _i < %uu; _i++) {\n"
            "        if ((_i < %s%s) != (%s%s[_i]%s != 0))\n"
            "            return %s;\n    }\n",
            base, f->count->name, f->type.array_len, fail, f->type.array_len,
            base, f->count->name, base, f->name, h, fail);
}

void gen_check_field(const gen_t *g, const contract_t *c, const field_t *f,
                     const char *base, const char *fail)
{
    bool array = f->type.array_len > 0;

    if (!gen_needs_check(&f->type))
        return;
    if (f->type.vector) {
        gen_check_vector(g, f, base, fail);
        return;
    }
    if (f->type.inline_text) {
        fprintf(g->out, "    if (!chan_rt_text_valid(%s%s, %u))\n"
                        "        return %s;\n",
                base, f->name, f->type.array_len, fail);
        return;
    }
    if (array)
        fprintf(g->out, "    for (size_t _i = 0; _i < %u; _i++) {\n",
                f->type.array_len);
    fputs(array ? "        if (" : "    if (", g->out);
    gen_check_element(g, c, f, base, array ? "[_i]" : "");
    fprintf(g->out, array ? ")\n            return %s;\n    }\n"
                          : ")\n        return %s;\n",
            fail);
}

/*   static inline bool Fs_Attrs_valid(const Fs_Attrs_t *_r)
 *   { if (_r->dir > 1u) return false; ... return true; } */
void gen_record_valid(const gen_t *g, const contract_t *c,
                      const record_def_t *r)
{
    char tn[160];
    bool any = false;

    gen_type_name(c, r->name, r->shared, tn, sizeof tn);
    fprintf(g->out, "\nstatic inline bool %s_valid(const %s_t *_r)\n{\n", tn,
            tn);
    for (size_t i = 0; i < r->fields.count; i++) {
        const field_t *f = r->fields.items[i];
        any |= gen_needs_check(&f->type);
        gen_check_field(g, c, f, "_r->", "false");
    }
    if (!any)
        fputs("    (void)_r;\n", g->out);
    fputs("    return true;\n}\n", g->out);
}

void gen_tref_valid(const gen_t *g, const contract_t *c, const gen_tref_t *r)
{
    if (r->en != NULL)
        gen_enum_valid(g, c, r->en);
    else
        gen_record_valid(g, c, r->rec);
}

void gen_tref_decl(const gen_t *g, const contract_t *c, const gen_tref_t *r)
{
    if (r->en != NULL)
        gen_enum_decl(g, c, r->en);
    else
        gen_record_decl(g, c, r->rec);
}
