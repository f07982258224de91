/*
 * gen_call.c: the request/reply calls of a side's bindings. A message the
 * side sends after which every state it can lead to is the peer's turn
 * (the side can only wait) gets a call: the message sent and the next one
 * received in one kernel entry (chan_rt_call), decoded as <side>_recv
 * decodes. For a client that is a request and its reply; for a service
 * (the exporting side) a reply and the next request.
 */
#include "gen.h"
#include "gen_sig.h"

/* gen_leads_to_peer: after `m` (sent by its direction's side), is every
   state it may reach a state where only the peer sends? */
static bool gen_leads_to_peer(const contract_t *c, const message_t *m)
{
    bool any = false;

    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        if (t->msg != m)
            continue;
        bool peer_moves = false;
        for (size_t k = 0; k < c->transitions.count; k++) {
            const transition_t *next = c->transitions.items[k];
            if (next->from != t->to)
                continue;
            if (next->msg->dir == m->dir)
                return false;    /* the side may send again */
            peer_moves = true;
        }
        if (!peer_moves)
            return false;        /* a terminal state: nothing to wait for */
        any = true;
    }
    return any;
}

bool gen_has_call(const contract_t *c, contract_side_t side,
                         const message_t *m)
{
    return gen_side_sends(side, m->dir) && gen_leads_to_peer(c, m);
}

/*   err_t Fs_imp_call_Open(Fs_imp_t _ep, <Open's parameters>,
 *                          SIP_OUT Fs_imp_msg_t *_reply) */
void gen_call_signature(const gen_t *g, const contract_t *c,
                               contract_side_t side, const message_t *m)
{
    const char *s = gen_side(side), *n = c->name;

    fprintf(g->out, "err_t %s_%s_call_%s(%s_%s_t _ep", n, s, m->name, n, s);
    gen_send_params(g, c, m);
    fprintf(g->out, ", SIP_OUT %s_%s_msg_t *_reply)", n, s);
}

void gen_side_call_decls(const gen_t *g, const contract_t *c,
                         contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_has_call(c, side, m))
            continue;
        fprintf(g->out, "/* %s_%s_send_%s, then the next message received, "
                "in one kernel entry. */\n", c->name, gen_side(side), m->name);
        gen_call_signature(g, c, side, m);
        fputs(";\n", g->out);
    }
}

/*   Fs_Open_t _msg; ...; chan_rt_call(...); Fs_imp_decode(...) */
static void gen_call(const gen_t *g, const contract_t *c,
                     contract_side_t side, const message_t *m)
{
    const char *s = gen_side(side), *n = c->name;

    fputs("\n", g->out);
    gen_call_signature(g, c, side, m);
    fputs("\n{\n", g->out);
    if (m->wire_size > 0)
        gen_encode_body(g, c, m);
    fprintf(g->out,
            "    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];\n"
            "    uint16_t _id;\n    size_t _len;\n    bool _sent;\n"
            "    err_t _rc = chan_rt_call(_ep.h, %s_MSG_%s, %s, %s, &_id, _buf,\n"
            "        sizeof _buf, &_len, &_sent);\n\n"
            "    if (_rc != OK)\n        return _rc;\n"
            "    return %s_%s_decode(_id, _buf, _len, _reply);\n}\n",
            n, m->name, m->wire_size > 0 ? "&_msg" : "NULL",
            m->wire_size > 0 ? "sizeof _msg" : "0", n, s);
}

void gen_side_calls(const gen_t *g, const contract_t *c, contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_has_call(c, side, m))
            gen_call(g, c, side, m);
    }
}
