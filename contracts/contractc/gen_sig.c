/* gen_sig.c: see gen_sig.h. */
#include <string.h>

#include "gen_sig.h"

/* gen_param: one send parameter. bools travel as 0/1 but are passed as
   bool; arrays are passed as const arrays. */
static void gen_param(const gen_t *g, const contract_t *c, const field_t *f)
{
    char ctype[160];

    if (f->type.kind == FTYPE_BOOL)
        snprintf(ctype, sizeof ctype, "bool");
    else
        gen_wire_ctype(c, &f->type, ctype, sizeof ctype);
    if (f->type.array_len)
        fprintf(g->out, ", const %s %s[%u]", ctype, f->name,
                f->type.array_len);
    else
        fprintf(g->out, ", %s %s", ctype, f->name);
}

void gen_send_params(const gen_t *g, const contract_t *c, const message_t *m)
{
    for (size_t i = 0; i < m->fields.count; i++)
        gen_param(g, c, m->fields.items[i]);
}

void gen_send_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m)
{
    const char *s = gen_side(side);

    fprintf(g->out, "err_t %s_%s_send_%s(%s_%s_t _ep", c->name, s, m->name,
            c->name, s);
    gen_send_params(g, c, m);
    fputs(")", g->out);
}

void gen_recv_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m)
{
    const char *s = gen_side(side);

    fprintf(g->out, "err_t %s_%s_recv_%s(%s_%s_t _ep", c->name, s, m->name,
            c->name, s);
    if (m->wire_size > 0)
        fprintf(g->out, ", SIP_OUT %s_%s_t *_msg", c->name, m->name);
    fputs(")", g->out);
}

/* gen_element_text: one element's type as written. */
static void gen_element_text(const ftype_t *t, char *buf, size_t cap)
{
    static const char *const sizes[] = {"", "8", "16", "", "32",
                                        "", "",  "",   "64"};

    switch (t->kind) {
    case FTYPE_INT:
        snprintf(buf, cap, "%c%s", t->is_signed ? 'i' : 'u',
                 sizes[t->elem_size]);
        if (t->inline_text)
            snprintf(buf, cap, "string");
        break;
    case FTYPE_BOOL:
        snprintf(buf, cap, "bool");
        break;
    case FTYPE_ENUM:
        snprintf(buf, cap, "%s", t->en->name);
        break;
    case FTYPE_RECORD:
        snprintf(buf, cap, "%s", t->rec->name);
        break;
    case FTYPE_BYTES:
    case FTYPE_STRING:
        snprintf(buf, cap, "%s<%u>", t->kind == FTYPE_BYTES ? "bytes"
                                                            : "string",
                 t->bound);
        break;
    case FTYPE_ENDPOINT:
        snprintf(buf, cap, "%s.%s:%s", t->peer->name, gen_side(t->side),
                 ((const state_t *)t->peer->states.items[t->peer_state])
                     ->name);
        break;
    }
}

void gen_type_text(const ftype_t *t, char *buf, size_t cap)
{
    size_t used;

    gen_element_text(t, buf, cap);
    used = strlen(buf);
    if (t->nullable && used + 1 < cap) {
        buf[used++] = '?';
        buf[used] = '\0';
    }
    if (t->array_len && used < cap)
        snprintf(buf + used, cap - used, t->vector ? "[..%u]" : "[%u]",
                 t->array_len);
}

void gen_message_comment(const gen_t *g, const message_t *m)
{
    char text[200];

    fprintf(g->out, "%s message %s(", m->dir == CONTRACT_DIR_IN ? "in" : "out",
            m->name);
    for (size_t i = 0; i < m->fields.count; i++) {
        const field_t *f = m->fields.items[i];
        gen_type_text(&f->type, text, sizeof text);
        fprintf(g->out, "%s%s %s", i ? ", " : "", text, f->name);
    }
    fputs(")", g->out);
}
