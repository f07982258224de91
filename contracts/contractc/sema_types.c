/*
 * sema_types.c: phase 3. Field types, and the wire layout of each message:
 * fields in order, each at its natural alignment (handles at 8), explicit
 * padding in between, the whole body a multiple of 8 bytes, little-endian.
 */
#include <insula/chan_rt.h>
#include <stdio.h>
#include <string.h>

#include "sema.h"

static const struct {
    const char *name;
    uint32_t size;
    bool is_signed;
} types_scalars[] = {
    {"i8", 1, true},   {"i16", 2, true},  {"i32", 4, true},
    {"i64", 8, true},  {"u8", 1, false},  {"u16", 2, false},
    {"u32", 4, false}, {"u64", 8, false}, {"bool", 1, false},
};

/* types_named: one of the scope's enums or records, or a shared one. */
static bool types_named(program_t *p, contract_t *c, const type_ast_t *ta,
                        ftype_t *t)
{
    enum_def_t *en;
    record_def_t *rec;

    sema_find_type(p, c, ta->name.text, &en, &rec);
    if (en != NULL) {
        t->kind = FTYPE_ENUM;
        t->en = en;
        t->elem_size = t->align = en->size;
        return en->size != 0; /* a bad base was reported at the enum */
    }
    if (rec != NULL) {
        t->kind = FTYPE_RECORD;
        t->rec = rec;
        if (!sema_record_resolve(p, rec))
            return false;
        t->elem_size = rec->size;
        t->align = rec->align;
        return true;
    }
    sema_error(p, c, ta->name.loc, "CONTRACT-UNKNOWN-TYPE",
               "unknown type '%s'%s", ta->name.text,
               strcmp(ta->name.text, "bytes") == 0 ||
                       strcmp(ta->name.text, "string") == 0
                   ? " (write it with its largest size, e.g. bytes<512> in "
                     "the exchange heap, or bytes[16] inline)"
                   : sema_suggest_type(p, c, ta->name.text));
    return false;
}

/* types_inline: `bytes[N]` and `string[N]`, N bytes in the message body
   itself (no exchange-heap block): u8[N], the string's checked as text. */
static bool types_inline(const type_ast_t *ta, ftype_t *t)
{
    bool is_bytes = strcmp(ta->name.text, "bytes") == 0;

    if (!ta->is_array || (!is_bytes && strcmp(ta->name.text, "string") != 0))
        return false;
    t->kind = FTYPE_INT;
    t->elem_size = t->align = 1;
    t->inline_text = !is_bytes;
    return true;
}

/* types_plain: a scalar, an enum or a record. */
static bool types_plain(program_t *p, contract_t *c, const type_ast_t *ta,
                        ftype_t *t)
{
    if (types_inline(ta, t))
        return true;
    for (size_t i = 0; i < sizeof types_scalars / sizeof types_scalars[0];
         i++) {
        if (strcmp(types_scalars[i].name, ta->name.text) == 0) {
            t->kind = strcmp(ta->name.text, "bool") == 0 ? FTYPE_BOOL
                                                         : FTYPE_INT;
            t->elem_size = t->align = types_scalars[i].size;
            t->is_signed = types_scalars[i].is_signed;
            return true;
        }
    }
    return types_named(p, c, ta, t);
}

/* types_buffer: bytes<N> or string<N>, carried as an exchange-heap block. */
static bool types_buffer(program_t *p, contract_t *c, const type_ast_t *ta,
                         ftype_t *t)
{
    bool is_bytes = strcmp(ta->name.text, "bytes") == 0;

    if (!is_bytes && strcmp(ta->name.text, "string") != 0) {
        sema_error(p, c, ta->name.loc, "CONTRACT-UNKNOWN-TYPE",
                   "'%s<...>' is not a type: only bytes<N> and string<N> "
                   "take a size",
                   ta->name.text);
        return false;
    }
    if (ta->bound == 0 || ta->bound > MODEL_MAX_BUFFER) {
        sema_error(p, c, ta->bound_loc, "CONTRACT-BAD-SIZE",
                   "a buffer's size must be 1 to %u bytes", MODEL_MAX_BUFFER);
        return false;
    }
    t->kind = is_bytes ? FTYPE_BYTES : FTYPE_STRING;
    t->bound = (uint32_t)ta->bound;
    t->elem_size = t->align = 8;
    return true;
}

/* types_peer_state: the state an endpoint must be in (its contract's start
   state unless named); false if it cannot be known. */
static bool types_peer_state(program_t *p, contract_t *c,
                             const type_ast_t *ta, ftype_t *t)
{
    const contract_t *peer = t->peer;
    const state_t *s;

    if (!peer->order_ok || (ta->state.text == NULL && peer->start < 0)) {
        if (c != NULL)
            c->failed = true; /* the peer's own errors explain this */
        return false;
    }
    if (ta->state.text == NULL) {
        t->peer_state = (uint16_t)peer->start;
        return true;
    }
    s = sema_find_state(peer, ta->state.text);
    if (s == NULL) {
        sema_error(p, c, ta->state.loc, "CONTRACT-UNKNOWN-STATE",
                   "contract '%s' has no state '%s'%s", peer->name,
                   ta->state.text, sema_suggest_state(p, peer, ta->state.text));
        return false;
    }
    t->peer_state = s->index;
    return true;
}

/* types_endpoint: `Contract.imp` or `Contract.exp`, maybe `:State`. */
static bool types_endpoint(program_t *p, contract_t *c, const type_ast_t *ta,
                           ftype_t *t)
{
    const char *side = ta->side.text;

    t->kind = FTYPE_ENDPOINT;
    t->elem_size = t->align = 8;
    t->peer = sema_find_contract(p, ta->name.text);
    if (t->peer == NULL) {
        sema_error(p, c, ta->name.loc, "CONTRACT-UNKNOWN-CONTRACT",
                   "unknown contract '%s'%s (is the file that declares it "
                   "on the command line?)",
                   ta->name.text, sema_suggest_contract(p, ta->name.text));
        return false;
    }
    if (strcmp(side, "imp") != 0 && strcmp(side, "exp") != 0) {
        sema_error(p, c, ta->side.loc, "CONTRACT-BAD-ENDPOINT",
                   "an endpoint is '%s.imp' or '%s.exp', not '%s.%s'",
                   ta->name.text, ta->name.text, ta->name.text, side);
        return false;
    }
    t->side = side[0] == 'i' ? CONTRACT_SIDE_IMP : CONTRACT_SIDE_EXP;
    return types_peer_state(p, c, ta, t);
}

/* types_array: `T[N]`: each element laid out in turn; an array of
   buffers or endpoints carries one block or endpoint per element. */
static bool types_array(program_t *p, contract_t *c, const type_ast_t *ta,
                        ftype_t *t)
{
    if (ta->array_len == 0 || ta->array_len > CHAN_RT_MAX_MESSAGE) {
        sema_error(p, c, ta->array_loc, "CONTRACT-BAD-SIZE",
                   "an array's length must be 1 to %u", CHAN_RT_MAX_MESSAGE);
        return false;
    }
    t->array_len = (uint32_t)ta->array_len;
    return true;
}

/* types_vector: `T[..N]`: 0 to N blocks or endpoints, each its own, the
   count on the wire; the elements past the count are 0 and move nothing. */
static bool types_vector(program_t *p, contract_t *c, const type_ast_t *ta,
                         ftype_t *t)
{
    if ((t->kind != FTYPE_BYTES && t->kind != FTYPE_STRING &&
         t->kind != FTYPE_ENDPOINT) || t->nullable) {
        sema_error(p, c, ta->array_loc, "CONTRACT-BAD-VECTOR",
                   "a vector '[..N]' holds buffers or endpoints, each "
                   "present (not '?'): the elements past its count are the "
                   "absent ones");
        return false;
    }
    t->vector = true;
    return true;
}

/* types_nullable: only a buffer or an endpoint may be absent. */
static bool types_nullable(program_t *p, contract_t *c, const type_ast_t *ta,
                           ftype_t *t)
{
    if (t->kind != FTYPE_BYTES && t->kind != FTYPE_STRING &&
        t->kind != FTYPE_ENDPOINT) {
        sema_error(p, c, ta->nullable_loc, "CONTRACT-BAD-NULLABLE",
                   "only buffers and endpoints may be absent ('?'); a "
                   "value always has one");
        return false;
    }
    t->nullable = true;
    return true;
}

static bool types_resolve(program_t *p, contract_t *c, const type_ast_t *ta,
                          ftype_t *t)
{
    bool ok;

    if (ta->is_endpoint)
        ok = types_endpoint(p, c, ta, t);
    else if (ta->has_bound)
        ok = types_buffer(p, c, ta, t);
    else
        ok = types_plain(p, c, ta, t);
    if (ok && ta->nullable)
        ok = types_nullable(p, c, ta, t);
    if (ok && ta->is_array)
        ok = types_array(p, c, ta, t);
    if (ok && ta->is_vector)
        ok = types_vector(p, c, ta, t);
    return ok;
}

/* types_field_name_free: no two fields of a message or record share a
   name. */
static bool types_field_name_free(program_t *p, contract_t *c,
                                  const char *what, const ptrvec_t *fields,
                                  const ident_t *name)
{
    for (size_t i = 0; i < fields->count; i++) {
        const field_t *f = fields->items[i];
        if (strcmp(f->name, name->text) == 0) {
            sema_error(p, c, name->loc, "CONTRACT-DUPLICATE",
                       "%s already has a field '%s'", what, name->text);
            diag_note(p->diag, f->loc, "first declared here");
            return false;
        }
    }
    return names_check_field_name(p, c, name);
}

static uint64_t types_align_up(uint64_t v, uint32_t a)
{
    return (v + a - 1) & ~(uint64_t)(a - 1);
}

/* types_field_handles: blocks and endpoints in one field, all elements. */
static uint32_t types_field_handles(const ftype_t *t)
{
    uint32_t n = t->array_len ? t->array_len : 1;

    if (t->kind == FTYPE_RECORD)
        return n * t->rec->handles;
    return t->kind == FTYPE_BYTES || t->kind == FTYPE_STRING ||
                   t->kind == FTYPE_ENDPOINT
               ? n
               : 0;
}

/* types_layout: offsets of fields in order, each at its alignment. */
static void types_layout(ptrvec_t *fields, uint64_t *size, uint32_t *align,
                         uint32_t *handles)
{
    uint64_t off = 0;

    *align = 1;
    *handles = 0;
    for (size_t i = 0; i < fields->count; i++) {
        field_t *f = fields->items[i];
        uint32_t n = f->type.array_len ? f->type.array_len : 1;

        off = types_align_up(off, f->type.align);
        f->offset = (uint32_t)off;
        f->size = f->type.elem_size * n;
        off += f->size;
        if (f->type.align > *align)
            *align = f->type.align;
        *handles += types_field_handles(&f->type);
        if (off > CHAN_RT_MAX_MESSAGE)
            break; /* too big: reported by the caller; offsets stay small */
    }
    *size = types_align_up(off, *align);
}

/* types_vector_count: the u8 field `NAME_count` a vector's count travels
   in, just before it; false when that name is taken or f is in a record. */
static bool types_vector_count(program_t *p, contract_t *c, const char *what,
                               bool in_message, ptrvec_t *out, field_t *f)
{
    char name[160];
    field_t *n = arena_alloc(p->arena, sizeof *n);
    ident_t id = {.loc = f->loc};

    if (!in_message) {
        sema_error(p, c, f->loc, "CONTRACT-BAD-VECTOR",
                   "a vector '[..N]' may only be a message's field, not a "
                   "record's");
        return false;
    }
    snprintf(name, sizeof name, "%s_count", f->name);
    id.text = arena_strndup(p->arena, name, strlen(name));
    if (!types_field_name_free(p, c, what, out, &id))
        return false;
    n->name = id.text;
    n->loc = f->loc;
    n->type.kind = FTYPE_INT;
    n->type.elem_size = n->type.align = 1;
    f->count = n;
    ptrvec_push(p->arena, out, n);
    return true;
}

bool sema_fields(program_t *p, contract_t *c, const ptrvec_t *asts,
                 const char *what, bool in_message, ptrvec_t *out,
                 uint64_t *size, uint32_t *align, uint32_t *handles)
{
    bool ok = true;

    if (asts->count > MODEL_MAX_FIELDS) {
        sema_error(p, c, ((const field_ast_t *)asts->items[0])->name.loc,
                   "CONTRACT-LIMIT", "%s has more than %u fields", what,
                   MODEL_MAX_FIELDS);
        return false;
    }
    for (size_t i = 0; i < asts->count; i++) {
        const field_ast_t *fa = asts->items[i];
        field_t *f = arena_alloc(p->arena, sizeof *f);

        f->name = fa->name.text;
        f->loc = fa->name.loc;
        if (!types_field_name_free(p, c, what, out, &fa->name) ||
            !types_resolve(p, c, &fa->type, &f->type)) {
            ok = false;
            continue;
        }
        if (f->type.vector &&
            !types_vector_count(p, c, what, in_message, out, f)) {
            ok = false;
            continue;
        }
        ptrvec_push(p->arena, out, f);
    }
    if (ok)
        types_layout(out, size, align, handles);
    return ok;
}

/* types_message: resolve the fields of one message, then check its size
   and its handles (the kernel moves at most CONTRACT_MAX_HANDLES blocks
   and endpoints per message, insula/contract_table.h). */
static void types_message(program_t *p, contract_t *c, message_t *m)
{
    char what[96];
    uint64_t size;
    uint32_t align, handles;

    snprintf(what, sizeof what, "message '%s'", m->name);
    if (!sema_fields(p, c, &m->ast->fields, what, true, &m->fields, &size,
                     &align, &handles))
        return;
    size = types_align_up(size, 8);
    m->wire_size = size > CHAN_RT_MAX_MESSAGE ? CHAN_RT_MAX_MESSAGE + 8
                                              : (uint32_t)size;
    if (handles > CONTRACT_MAX_HANDLES)
        sema_error(p, c, m->loc, "CONTRACT-TOO-MANY-HANDLES",
                   "message '%s' carries %u blocks and endpoints; the limit "
                   "is %u",
                   m->name, handles, CONTRACT_MAX_HANDLES);
    if (size > CHAN_RT_MAX_MESSAGE)
        sema_error(p, c, m->loc, "CONTRACT-MESSAGE-TOO-BIG",
                   "message '%s' is %llu bytes; the limit is %u (put bulk "
                   "data in bytes<N>)",
                   m->name, (unsigned long long)size, CHAN_RT_MAX_MESSAGE);
}

void sema_resolve_fields(program_t *p, contract_t *c)
{
    for (size_t i = 0; i < c->records.count; i++) {
        record_def_t *r = c->records.items[i];

        if (r->scope == c)
            sema_record_resolve(p, r);
    }
    for (size_t i = 0; i < c->messages.count; i++) {
        message_t *m = c->messages.items[i];

        if (m->owner == c)
            types_message(p, c, m);
    }
}
