/*
 * gen_source.c: <stem>.c, the bindings' implementation. Encoding copies
 * arguments into a zeroed struct (padding stays zero) and calls
 * chan_rt_send; decoding checks the length and every bool and enum value
 * before any handler runs (decode, then invoke).
 */
#include "gen.h"
#include "gen_sig.h"

/*   static err_t Fs_Open_decode(const void *_buf, size_t _len, Fs_Open_t *_msg) */
static void gen_decode(const gen_t *g, const contract_t *c, const message_t *m)
{
    if (m->wire_size == 0) {
        fprintf(g->out,
                "\nstatic err_t %s_%s_decode(size_t _len)\n{\n"
                "    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;\n}\n",
                c->name, m->name);
        return;
    }
    fprintf(g->out,
            "\nstatic err_t %s_%s_decode(const void *_buf, size_t _len, "
            "%s_%s_t *_msg)\n{\n"
            "    if (_len != sizeof *_msg)\n        return CHAN_RT_ERR_DECODE;\n"
            "    __builtin_memcpy(_msg, _buf, sizeof *_msg);\n",
            c->name, m->name, c->name, m->name);
    for (size_t i = 0; i < m->fields.count; i++)
        gen_check_field(g, c, m->fields.items[i], "_msg->",
                        "CHAN_RT_ERR_DECODE");
    fputs("    return OK;\n}\n", g->out);
}

/*   _msg.mode = mode;   _msg.flag = flag ? 1u : 0u;   memcpy for arrays;
 *   a vector's first `count` elements (the rest stay 0) */
static void gen_encode_field(const gen_t *g, const field_t *f)
{
    const char *n = f->name;

    if (f->type.vector)
        fprintf(g->out,
                "    if (%s > %uu)\n        return CHAN_RT_ERR_RANGE;\n"
                "    for (size_t _i = 0; _i < %s; _i++)\n"
                "        _msg.%s[_i] = %s[_i];\n",
                f->count->name, f->type.array_len, f->count->name, n, n);
    else if (f->type.array_len && f->type.kind == FTYPE_BOOL)
        fprintf(g->out,
                "    for (size_t _i = 0; _i < %u; _i++)\n"
                "        _msg.%s[_i] = %s[_i] ? 1u : 0u;\n",
                f->type.array_len, n, n);
    else if (f->type.array_len)
        fprintf(g->out, "    __builtin_memcpy(_msg.%s, %s, sizeof _msg.%s);\n",
                n, n, n);
    else if (f->type.kind == FTYPE_BOOL)
        fprintf(g->out, "    _msg.%s = %s ? 1u : 0u;\n", n, n);
    else
        fprintf(g->out, "    _msg.%s = %s;\n", n, n);
}

/*   Fs_Open_t _msg;   memset, then every field (a message with a body) */
void gen_encode_body(const gen_t *g, const contract_t *c, const message_t *m)
{
    fprintf(g->out,
            "    %s_%s_t _msg;\n\n"
            "    __builtin_memset(&_msg, 0, sizeof _msg);\n",
            c->name, m->name);
    for (size_t i = 0; i < m->fields.count; i++)
        gen_encode_field(g, m->fields.items[i]);
}

static void gen_send(const gen_t *g, const contract_t *c,
                     contract_side_t side, const message_t *m)
{
    fputs("\n", g->out);
    gen_send_signature(g, c, side, m);
    if (m->wire_size == 0) {
        fprintf(g->out,
                "\n{\n    return chan_rt_send(_ep.h, %s_MSG_%s, NULL, 0);\n}\n",
                c->name, m->name);
        return;
    }
    fputs("\n{\n", g->out);
    gen_encode_body(g, c, m);
    fprintf(g->out,
            "    return chan_rt_send(_ep.h, %s_MSG_%s, &_msg, sizeof _msg);\n}\n",
            c->name, m->name);
}

/* gen_side_has_body: does this side receive any message with a body? */
static bool gen_side_has_body(const contract_t *c, contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_side_sends(side, m->dir) && m->wire_size > 0)
            return true;
    }
    return false;
}

/*   static err_t Fs_exp_decode(uint16_t _id, const void *_buf, size_t _len,
 *                              Fs_exp_msg_t *_msg)   (a switch over ids) */
static void gen_side_decode(const gen_t *g, const contract_t *c,
                            contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    fprintf(g->out,
            "\nstatic err_t %s_%s_decode(uint16_t _id, const void *_buf, "
            "size_t _len,\n    %s_%s_msg_t *_msg)\n{\n",
            n, s, n, s);
    if (!gen_side_has_body(c, side))
        fputs("    (void)_buf;\n", g->out);
    fputs("    _msg->id = _id;\n    switch (_id) {\n", g->out);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        fprintf(g->out, "    case %s_MSG_%s:\n", n, m->name);
        if (m->wire_size > 0)
            fprintf(g->out,
                    "        return %s_%s_decode(_buf, _len, &_msg->u.%s);\n",
                    n, m->name, m->name);
        else
            fprintf(g->out, "        return %s_%s_decode(_len);\n", n,
                    m->name);
    }
    fputs("    default:\n        return CHAN_RT_ERR_UNEXPECTED;\n    }\n}\n",
          g->out);
}

/*   err_t Fs_exp_recv(Fs_exp_t _ep, Fs_exp_msg_t *_msg) */
static void gen_side_recv(const gen_t *g, const contract_t *c,
                          contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    fprintf(g->out,
            "\nerr_t %s_%s_recv(%s_%s_t _ep, %s_%s_msg_t *_msg)\n{\n"
            "    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];\n"
            "    uint16_t _id;\n    size_t _len;\n"
            "    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, "
            "&_len);\n\n"
            "    if (_rc != OK)\n        return _rc;\n"
            "    return %s_%s_decode(_id, _buf, _len, _msg);\n}\n",
            n, s, n, s, n, s, n, s);
}

/*   err_t Fs_exp_recv_Open(Fs_exp_t _ep, Fs_Open_t *_msg): receive, and
 *   CHAN_RT_ERR_UNEXPECTED if the message is another one. */
static void gen_side_recv_one(const gen_t *g, const contract_t *c,
                              contract_side_t side, const message_t *m)
{
    const char *s = gen_side(side), *n = c->name;

    fputs("\n", g->out);
    gen_recv_signature(g, c, side, m);
    fprintf(g->out,
            "\n{\n    %s_%s_msg_t _any;\n"
            "    err_t _rc = %s_%s_recv(_ep, &_any);\n\n"
            "    if (_rc != OK)\n        return _rc;\n"
            "    if (_any.id != %s_MSG_%s)\n"
            "        return CHAN_RT_ERR_UNEXPECTED;\n",
            n, s, n, s, n, m->name);
    if (m->wire_size > 0)
        fprintf(g->out, "    *_msg = _any.u.%s;\n", m->name);
    fputs("    return OK;\n}\n", g->out);
}

/*   err_t Fs_exp_dispatch(const chan_case_t *_case, uint16_t _id,
 *                         const void *_buf, size_t _len)
 *   decode, then call _h->on_<Msg>; and Fs_exp_case() */
static void gen_side_dispatch(const gen_t *g, const contract_t *c,
                              contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    fprintf(g->out,
            "\nerr_t %s_%s_dispatch(const chan_case_t *_case, uint16_t _id,\n"
            "    const void *_buf, size_t _len)\n{\n"
            "    const %s_%s_handlers_t *_h = _case->handlers;\n"
            "    %s_%s_t _ep = {_case->ep};\n    %s_%s_msg_t _msg;\n"
            "    err_t _rc = %s_%s_decode(_id, _buf, _len, &_msg);\n\n"
            "    if (_rc != OK)\n        return _rc;\n    switch (_id) {\n",
            n, s, n, s, n, s, n, s, n, s);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        fprintf(g->out,
                "    case %s_MSG_%s:\n        if (_h->on_%s == NULL)\n"
                "            return CHAN_RT_ERR_NO_HANDLER;\n"
                "        return _h->on_%s(_h->ctx, _ep%s%s);\n",
                n, m->name, m->name, m->name, m->wire_size ? ", _msg.u." : "",
                m->wire_size ? m->name : "");
    }
    fputs("    default:\n        return CHAN_RT_ERR_UNEXPECTED;\n    }\n}\n",
          g->out);
    fprintf(g->out,
            "\nchan_case_t %s_%s_case(%s_%s_t ep, const %s_%s_handlers_t *h)\n"
            "{\n    chan_case_t c = {ep.h, %s_%s_dispatch, h};\n\n"
            "    return c;\n}\n",
            n, s, n, s, n, s, n, s);
}

/*   err_t Fs_imp_from_Service(Service_imp_t ep, Fs_imp_t *out) */
static void gen_side_casts(const gen_t *g, const contract_t *c,
                           contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    for (const contract_t *a = c->base; a != NULL; a = a->base)
        fprintf(g->out,
                "\nerr_t %s_%s_from_%s(%s_%s_t ep, %s_%s_t *out)\n{\n"
                "    err_t rc = chan_rt_contract_is(ep.h, %s_CONTRACT_ID);\n\n"
                "    if (rc != OK)\n        return rc;\n"
                "    out->h = ep.h;\n    return OK;\n}\n",
                n, s, a->name, a->name, s, n, s, n);
}

static void gen_side_impl(const gen_t *g, const contract_t *c,
                          contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            gen_send(g, c, side, m);
    }
    if (gen_side_receives_any(c, side)) {
        gen_side_decode(g, c, side);
        gen_side_recv(g, c, side);
        for (size_t i = 0; i < c->messages.count; i++) {
            const message_t *m = c->messages.items[i];
            if (!gen_side_sends(side, m->dir))
                gen_side_recv_one(g, c, side, m);
        }
        gen_side_dispatch(g, c, side);
    }
    gen_side_calls(g, c, side);
    gen_side_casts(g, c, side);
}

/* gen_contract_checks: the checks of c's own enums and records its
   messages carry (shared ones are in the header), each after those it
   calls. */
static void gen_contract_checks(const gen_t *g, const contract_t *c)
{
    ptrvec_t order = {0};

    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        for (size_t j = 0; j < m->fields.count; j++) {
            const field_t *f = m->fields.items[j];
            if (gen_needs_check(&f->type))
                gen_collect_type(g, &order, &f->type, GEN_LOCAL);
        }
    }
    for (size_t i = 0; i < order.count; i++)
        gen_tref_valid(g, c, order.items[i]);
}

static void gen_contract_impl(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n/* ==== contract %s ==== */\n", c->name);
    gen_contract_checks(g, c);
    for (size_t i = 0; i < c->messages.count; i++)
        gen_decode(g, c, c->messages.items[i]);
    gen_side_impl(g, c, CONTRACT_SIDE_IMP);
    gen_side_impl(g, c, CONTRACT_SIDE_EXP);
}

void gen_source(const gen_t *g)
{
    gen_stamp(g);
    fprintf(g->out, "#include \"%s.h\"\n", g->stem);
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (gen_in_file(g, c))
            gen_contract_impl(g, c);
    }
}
