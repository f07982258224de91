/*
 * sema_types.c: phase 3. Field types, and the wire layout of each message:
 * fields in order, each at its natural alignment (handles at 8), explicit
 * padding in between, the whole body a multiple of 8 bytes, little-endian.
 */
#include <insula/chan_rt.h>
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

/* types_plain: a scalar or one of c's enums. */
static bool types_plain(program_t *p, contract_t *c, const type_ast_t *ta,
                        ftype_t *t)
{
    for (size_t i = 0; i < sizeof types_scalars / sizeof types_scalars[0];
         i++) {
        if (strcmp(types_scalars[i].name, ta->name.text) == 0) {
            t->kind = strcmp(ta->name.text, "bool") == 0 ? FTYPE_BOOL
                                                         : FTYPE_INT;
            t->elem_size = types_scalars[i].size;
            t->is_signed = types_scalars[i].is_signed;
            return true;
        }
    }
    t->en = sema_find_enum(c, ta->name.text);
    if (t->en != NULL && t->en->size != 0) {
        t->kind = FTYPE_ENUM;
        t->elem_size = t->en->size;
        return true;
    }
    if (t->en == NULL)
        sema_error(p, c, ta->name.loc, "CONTRACT-UNKNOWN-TYPE",
                   "unknown type '%s'%s", ta->name.text,
                   strcmp(ta->name.text, "bytes") == 0 ||
                           strcmp(ta->name.text, "string") == 0
                       ? " (write it with its largest size, e.g. bytes<512>)"
                       : "");
    c->failed = true;
    return false;
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
    t->elem_size = 8;
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
                   "contract '%s' has no state '%s'", peer->name,
                   ta->state.text);
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
    t->elem_size = 8;
    t->peer = sema_find_contract(p, ta->name.text);
    if (t->peer == NULL) {
        sema_error(p, c, ta->name.loc, "CONTRACT-UNKNOWN-CONTRACT",
                   "unknown contract '%s' (is the file that declares it on "
                   "the command line?)",
                   ta->name.text);
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

/* types_array: `T[N]` of integers, bools or enums. */
static bool types_array(program_t *p, contract_t *c, const type_ast_t *ta,
                        ftype_t *t)
{
    if (t->kind != FTYPE_INT && t->kind != FTYPE_BOOL &&
        t->kind != FTYPE_ENUM) {
        sema_error(p, c, ta->array_loc, "CONTRACT-BAD-ARRAY",
                   "arrays hold integers, bools or enums; send buffers and "
                   "endpoints one per field");
        return false;
    }
    if (ta->array_len == 0 || ta->array_len > CHAN_RT_MAX_MESSAGE) {
        sema_error(p, c, ta->array_loc, "CONTRACT-BAD-SIZE",
                   "an array's length must be 1 to %u", CHAN_RT_MAX_MESSAGE);
        return false;
    }
    t->array_len = (uint32_t)ta->array_len;
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
    if (ok && ta->is_array)
        ok = types_array(p, c, ta, t);
    return ok;
}

/* types_field_name_free: no two fields of a message share a name. */
static bool types_field_name_free(program_t *p, contract_t *c,
                                  const message_t *m, const ident_t *name)
{
    for (size_t i = 0; i < m->fields.count; i++) {
        const field_t *f = m->fields.items[i];
        if (strcmp(f->name, name->text) == 0) {
            sema_error(p, c, name->loc, "CONTRACT-DUPLICATE",
                       "message '%s' already has a field '%s'", m->name,
                       name->text);
            diag_note(p->diag, f->loc, "first declared here");
            return false;
        }
    }
    return names_check_field_name(p, c, name);
}

static uint32_t types_align_up(uint32_t v, uint32_t a)
{
    return (v + a - 1) & ~(a - 1);
}

/* types_handle_count: the kernel moves at most CONTRACT_MAX_HANDLES
   blocks and endpoints per message (insula/contract_table.h). */
static void types_handle_count(program_t *p, contract_t *c, const message_t *m)
{
    unsigned handles = 0;

    for (size_t i = 0; i < m->fields.count; i++) {
        ftype_kind_t k = ((const field_t *)m->fields.items[i])->type.kind;

        handles += k == FTYPE_BYTES || k == FTYPE_STRING || k == FTYPE_ENDPOINT;
    }
    if (handles > CONTRACT_MAX_HANDLES)
        sema_error(p, c, m->loc, "CONTRACT-TOO-MANY-HANDLES",
                   "message '%s' carries %u blocks and endpoints; the limit "
                   "is %u",
                   m->name, handles, CONTRACT_MAX_HANDLES);
}

/* types_layout: offsets, padding and the body size of m. */
static void types_layout(program_t *p, contract_t *c, message_t *m)
{
    uint32_t off = 0;

    for (size_t i = 0; i < m->fields.count; i++) {
        field_t *f = m->fields.items[i];
        uint32_t n = f->type.array_len ? f->type.array_len : 1;

        off = types_align_up(off, f->type.elem_size);
        f->offset = off;
        f->size = f->type.elem_size * n;
        off += f->size;
    }
    m->wire_size = types_align_up(off, 8);
    types_handle_count(p, c, m);
    if (m->wire_size > CHAN_RT_MAX_MESSAGE)
        sema_error(p, c, m->loc, "CONTRACT-MESSAGE-TOO-BIG",
                   "message '%s' is %u bytes; the limit is %u (put bulk data "
                   "in bytes<N>)",
                   m->name, m->wire_size, CHAN_RT_MAX_MESSAGE);
}

/* types_message: resolve the fields of one message, then lay it out. */
static void types_message(program_t *p, contract_t *c, message_t *m)
{
    const message_ast_t *ast = m->ast;
    bool ok = true;

    if (ast->fields.count > MODEL_MAX_FIELDS) {
        sema_error(p, c, m->loc, "CONTRACT-LIMIT",
                   "message '%s' has more than %u fields", m->name,
                   MODEL_MAX_FIELDS);
        return;
    }
    for (size_t i = 0; i < ast->fields.count; i++) {
        const field_ast_t *fa = ast->fields.items[i];
        field_t *f = arena_alloc(p->arena, sizeof *f);

        f->name = fa->name.text;
        f->loc = fa->name.loc;
        if (!types_field_name_free(p, c, m, &fa->name) ||
            !types_resolve(p, c, &fa->type, &f->type)) {
            ok = false;
            continue;
        }
        ptrvec_push(p->arena, &m->fields, f);
    }
    if (ok)
        types_layout(p, c, m);
}

void sema_resolve_fields(program_t *p, contract_t *c)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        message_t *m = c->messages.items[i];

        if (m->owner == c)
            types_message(p, c, m);
    }
}
