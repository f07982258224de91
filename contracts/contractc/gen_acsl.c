/*
 * gen_acsl.c: <stem>_acsl.h, the ACSL specification of the bindings, for
 * the static protocol check (`./insula verify --protocol`, docs/proofs.md,
 * "Contracts checked at build time"). Frama-C reads it; compilers never do.
 *
 * Each endpoint has a ghost state, the contract state its channel is in as
 * that side sees it: <Root>_<side>_ghost_state[handle], one ghost array per
 * side of a root contract (a contract that extends another shares its
 * base's array: casts keep the handle, and state indices agree). Every
 * send requires, clause by clause, that the endpoint is in a known state
 * and in none of the states where this side may not send the message, and
 * ensures the table's next state after a successful send; every receive
 * requires a state where this side receives, and ensures the message is one
 * of that state's and the state after it. Each clause is named
 * insula_protocol plus <Contract>_<side>_<fn>__in__<State> (or __known), which
 * the checker turns into "file:line: message M is not allowed in state S".
 */
#include <string.h>

#include "gen.h"
#include "gen_sig.h"

/* The contract whose ghost arrays c uses: its root base. */
static const contract_t *acsl_root(const contract_t *c)
{
    while (c->base != NULL)
        c = c->base;
    return c;
}

/* A state's name in ACSL: "Start#1" -> "Start_1" (names hold no '_'). */
static void acsl_state_name(const gen_t *g, const contract_t *c, size_t s)
{
    const state_t *st = c->states.items[s];

    for (const char *p = st->name; *p != '\0'; p++)
        fputc(*p == '#' ? '_' : *p, g->out);
}

static bool acsl_side_has(const contract_t *c, size_t s, contract_side_t side,
                          bool sends, const message_t *m)
{
    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        if (t->from == s && gen_side_sends(side, t->msg->dir) == sends &&
            (m == NULL || t->msg == m))
            return true;
    }
    return false;
}

/* The state after m from s, -1 if m is not allowed there. */
static int acsl_next(const contract_t *c, size_t s, const message_t *m)
{
    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        if (t->from == s && t->msg == m)
            return t->to;
    }
    return -1;
}

/*   ghost array, state predicates and state names of one side */
static void acsl_side_model(const gen_t *g, const contract_t *c,
                            contract_side_t side)
{
    const char *n = c->name, *s = gen_side(side);
    const char *r = acsl_root(c)->name;

    fprintf(g->out,
            "\n/*@ ghost extern int %s_%s_ghost_state[]; */\n"
            "/*@ predicate %s_%s_in{L}(chan_handle_t h, integer s) =\n"
            "        \\at(%s_%s_ghost_state[h], L) == s;\n"
            "    predicate %s_%s_known{L}(chan_handle_t h) =\n"
            "        0 <= \\at(%s_%s_ghost_state[h], L) < %zu;\n*/\n",
            r, s, n, s, r, s, n, s, r, s, c->states.count);
    fprintf(g->out,
            "/* Trusted: the channel of h is in state s on this side (an\n"
            "   endpoint from the system; the checker lists every use). */\n"
            "/*@ ghost\n"
            "  /@ requires %s_%s_ghost_assume__known: 0 <= s < %zu;\n"
            "     assigns %s_%s_ghost_state[h];\n"
            "     ensures %s_%s_in(h, s); @/\n"
            "  void %s_%s_ghost_assume(chan_handle_t h, int s);\n*/\n",
            n, s, c->states.count, r, s, n, s, n, s);
}

/*   requires insula_protocol: Fs_imp_send_Open__in__Ready_1: ... */
static void acsl_requires(const gen_t *g, const contract_t *c,
                          contract_side_t side, const char *fn,
                          bool sends, const message_t *m)
{
    const char *n = c->name, *s = gen_side(side);

    fprintf(g->out,
            "/*@ requires insula_protocol: %s_%s_%s__known: "
            "%s_%s_known(_ep.h);\n",
            n, s, fn, n, s);
    for (size_t st = 0; st < c->states.count; st++) {
        if (acsl_side_has(c, st, side, sends, m))
            continue;
        fprintf(g->out, "    requires insula_protocol: %s_%s_%s__in__", n, s,
                fn);
        acsl_state_name(g, c, st);
        fprintf(g->out, ": !%s_%s_in(_ep.h, %zu);\n", n, s, st);
    }
}

/*   ensures \result == 0 && \old(in(S)) ==> in(next) */
static void acsl_ensures_next(const gen_t *g, const contract_t *c,
                              contract_side_t side, const message_t *m,
                              const char *when)
{
    const char *n = c->name, *s = gen_side(side);

    for (size_t st = 0; st < c->states.count; st++) {
        int next = acsl_next(c, st, m);
        if (next < 0)
            continue;
        fprintf(g->out,
                "    ensures \\result == 0%s && \\old(%s_%s_in(_ep.h, %zu))"
                " ==> %s_%s_in(_ep.h, %d);\n",
                when, n, s, st, n, s, next);
    }
}

/* The ghost arrays of the endpoints a message carries, in its fields or
   its records' (recursively): a receive changes them (havoc; the states of
   direct fields are stated below). */
static void acsl_assigns_fields(const gen_t *g, const ptrvec_t *fields)
{
    for (size_t f = 0; f < fields->count; f++) {
        const field_t *fd = fields->items[f];
        if (fd->type.kind == FTYPE_ENDPOINT)
            fprintf(g->out, ", %s_%s_ghost_state[..]",
                    acsl_root(fd->type.peer)->name, gen_side(fd->type.side));
        else if (fd->type.kind == FTYPE_RECORD)
            acsl_assigns_fields(g, &fd->type.rec->fields);
    }
}

static void acsl_assigns_carried(const gen_t *g, const contract_t *c,
                                 contract_side_t side, const message_t *only)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_side_sends(side, m->dir) && (only == NULL || m == only))
            acsl_assigns_fields(g, &m->fields);
    }
}

/* The model of every contract whose endpoints the fields carry. */
static void acsl_model(const gen_t *g, const contract_t *c);
static void acsl_models_of_fields(const gen_t *g, const ptrvec_t *fields)
{
    for (size_t f = 0; f < fields->count; f++) {
        const field_t *fd = fields->items[f];
        if (fd->type.kind == FTYPE_ENDPOINT)
            acsl_model(g, fd->type.peer);
        else if (fd->type.kind == FTYPE_RECORD)
            acsl_models_of_fields(g, &fd->type.rec->fields);
    }
}

/* Received endpoints (not in arrays) are in the state their field names;
   access is "u.Open." (any message) or "" (recv_Open). */
static void acsl_ensures_carried(const gen_t *g, const message_t *m,
                                 const char *var, const char *access,
                                 const char *when)
{
    for (size_t f = 0; f < m->fields.count; f++) {
        const field_t *fd = m->fields.items[f];
        if (fd->type.kind != FTYPE_ENDPOINT || fd->type.array_len != 0)
            continue;
        fprintf(g->out, "    ensures \\result == 0%s", when);
        if (access[0] != '\0')
            fprintf(g->out, " && %s->id == %u", var, (unsigned)m->id);
        fprintf(g->out, " ==> %s_%s_in(%s->%s%s.h, %u);\n",
                fd->type.peer->name, gen_side(fd->type.side), var, access,
                fd->name, (unsigned)fd->type.peer_state);
    }
}

static void acsl_send(const gen_t *g, const contract_t *c,
                      contract_side_t side, const message_t *m)
{
    char fn[160];

    snprintf(fn, sizeof fn, "send_%s", m->name);
    acsl_requires(g, c, side, fn, true, m);
    fprintf(g->out, "    assigns %s_%s_ghost_state[_ep.h];\n",
            acsl_root(c)->name, gen_side(side));
    /* the kernel moves the state only with the message (channel_commit) */
    fprintf(g->out, "    ensures \\result != 0 ==> %s_%s_ghost_state[_ep.h] == "
                    "\\old(%s_%s_ghost_state[_ep.h]);\n",
            acsl_root(c)->name, gen_side(side), acsl_root(c)->name,
            gen_side(side));
    acsl_ensures_next(g, c, side, m, "");
    fputs("*/\n", g->out);
    gen_send_signature(g, c, side, m);
    fputs(";\n", g->out);
}

/* err_t C_side_recv(ep, *_msg): any message of the current state. */
static void acsl_recv_any(const gen_t *g, const contract_t *c,
                          contract_side_t side)
{
    const char *n = c->name, *s = gen_side(side);
    char when[64];

    acsl_requires(g, c, side, "recv", false, NULL);
    fprintf(g->out, "    assigns %s_%s_ghost_state[_ep.h], *_msg",
            acsl_root(c)->name, s);
    acsl_assigns_carried(g, c, side, NULL);
    fputs(";\n", g->out);
    for (size_t st = 0; st < c->states.count; st++) {
        if (!acsl_side_has(c, st, side, false, NULL))
            continue;
        fprintf(g->out, "    ensures \\result == 0 && \\old(%s_%s_in(_ep.h, %zu)) ==>\n"
                        "        ", n, s, st);
        const char *sep = "";
        for (size_t i = 0; i < c->messages.count; i++) {
            const message_t *m = c->messages.items[i];
            if (!gen_side_sends(side, m->dir) && acsl_next(c, st, m) >= 0) {
                fprintf(g->out, "%s_msg->id == %u", sep, (unsigned)m->id);
                sep = " || ";
            }
        }
        fputs(";\n", g->out);
    }
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        snprintf(when, sizeof when, " && _msg->id == %u", (unsigned)m->id);
        acsl_ensures_next(g, c, side, m, when);
        char access[160];
        snprintf(access, sizeof access, "u.%s.", m->name);
        acsl_ensures_carried(g, m, "_msg", access, "");
    }
    fputs("*/\n", g->out);
    fprintf(g->out, "err_t %s_%s_recv(%s_%s_t _ep, SIP_OUT %s_%s_msg_t *_msg);\n",
            n, s, n, s, n, s);
}

/* err_t C_side_recv_M(ep, *_msg): M, or an error. */
static void acsl_recv_one(const gen_t *g, const contract_t *c,
                          contract_side_t side, const message_t *m)
{
    const char *n = c->name, *s = gen_side(side);
    char fn[160];

    snprintf(fn, sizeof fn, "recv_%s", m->name);
    acsl_requires(g, c, side, fn, false, NULL);
    fprintf(g->out, "    assigns %s_%s_ghost_state[_ep.h]", acsl_root(c)->name,
            s);
    if (m->wire_size > 0)
        fputs(", *_msg", g->out);
    acsl_assigns_carried(g, c, side, m);
    fputs(";\n", g->out);
    for (size_t st = 0; st < c->states.count; st++) {
        if (acsl_side_has(c, st, side, false, NULL) && acsl_next(c, st, m) < 0)
            fprintf(g->out, "    ensures \\result != 0 || "
                            "!\\old(%s_%s_in(_ep.h, %zu));\n", n, s, st);
    }
    acsl_ensures_next(g, c, side, m, "");
    if (m->wire_size > 0)
        acsl_ensures_carried(g, m, "_msg", "", "");
    fputs("*/\n", g->out);
    gen_recv_signature(g, c, side, m);
    fputs(";\n", g->out);
}

/* The reply's ids allowed in state mid, and the state after each: one
   group of ensures per state st the call may start from. */
static void acsl_call_after(const gen_t *g, const contract_t *c,
                            contract_side_t side, size_t st, int mid)
{
    const char *n = c->name, *s = gen_side(side);
    char when[96];

    fprintf(g->out, "    ensures \\result == 0 && \\old(%s_%s_in(_ep.h, %zu)) ==>\n"
                    "        ", n, s, st);
    const char *sep = "";
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *r = c->messages.items[i];
        if (!gen_side_sends(side, r->dir) && acsl_next(c, (size_t)mid, r) >= 0) {
            fprintf(g->out, "%s_reply->id == %u", sep, (unsigned)r->id);
            sep = " || ";
        }
    }
    fputs(";\n", g->out);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *r = c->messages.items[i];
        int next = gen_side_sends(side, r->dir) ? -1 : acsl_next(c, (size_t)mid, r);
        if (next < 0)
            continue;
        fprintf(g->out, "    ensures \\result == 0 && \\old(%s_%s_in(_ep.h, %zu)) && "
                        "_reply->id == %u ==> %s_%s_in(_ep.h, %d);\n",
                n, s, st, (unsigned)r->id, n, s, next);
        char access[160];
        snprintf(access, sizeof access, "u.%s.", r->name);
        snprintf(when, sizeof when, " && \\old(%s_%s_in(_ep.h, %zu))", n, s, st);
        acsl_ensures_carried(g, r, "_reply", access, when);
    }
}

/* err_t C_side_call_M(ep, ..., *_reply): send_M, then the next message
   received. On success the state is the one after M and the reply; on an
   error nothing is said (the runtime does not tell whether M went out), so
   the endpoint's state is unknown and the SIP can only stop using it. */
static void acsl_call(const gen_t *g, const contract_t *c,
                      contract_side_t side, const message_t *m)
{
    char fn[160];

    snprintf(fn, sizeof fn, "call_%s", m->name);
    acsl_requires(g, c, side, fn, true, m);
    fprintf(g->out, "    assigns %s_%s_ghost_state[_ep.h], *_reply",
            acsl_root(c)->name, gen_side(side));
    acsl_assigns_carried(g, c, side, NULL);
    fputs(";\n", g->out);
    for (size_t st = 0; st < c->states.count; st++) {
        int mid = acsl_next(c, st, m);
        if (mid >= 0)
            acsl_call_after(g, c, side, st, mid);
    }
    fputs("*/\n", g->out);
    gen_call_signature(g, c, side, m);
    fputs(";\n", g->out);
}

/* Switch receive runs the SIP's handlers from the runtime, out of WP's
   sight: the static check refuses it rather than assume anything. */
static void acsl_switch(const gen_t *g, const contract_t *c,
                        contract_side_t side)
{
    const char *n = c->name, *s = gen_side(side);

    fprintf(g->out,
            "/*@ requires insula_protocol: %s_%s_case__switch_receive: \\false;\n"
            "    assigns \\nothing; */\n"
            "chan_case_t %s_%s_case(%s_%s_t ep, const %s_%s_handlers_t *h);\n",
            n, s, n, s, n, s, n, s);
}

static void acsl_side(const gen_t *g, const contract_t *c,
                      contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            acsl_send(g, c, side, m);
        if (gen_has_call(c, side, m))
            acsl_call(g, c, side, m);
    }
    if (!gen_side_receives_any(c, side))
        return;
    acsl_recv_any(g, c, side);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_side_sends(side, m->dir))
            acsl_recv_one(g, c, side, m);
    }
    acsl_switch(g, c, side);
}

/*   #define Fs_S_Ready 1    (every state, for ghost code and ACSL) */
static void acsl_state_names(const gen_t *g, const contract_t *c)
{
    for (size_t st = 0; st < c->states.count; st++) {
        fprintf(g->out, "#define %s_S_", c->name);
        acsl_state_name(g, c, st);
        fprintf(g->out, " %zu\n", st);
    }
}

/* A contract's ghost model, once per translation unit (any file that
   carries its endpoints emits it too, like the endpoint types). */
static void acsl_model(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n#ifndef INSULA_ACSL_MODEL_%s\n"
                    "#define INSULA_ACSL_MODEL_%s\n", c->name, c->name);
    acsl_state_names(g, c);
    acsl_side_model(g, c, CONTRACT_SIDE_IMP);
    acsl_side_model(g, c, CONTRACT_SIDE_EXP);
    fprintf(g->out, "#endif\n");
}

void gen_acsl(const gen_t *g)
{
    gen_stamp(g);
    fprintf(g->out,
            "/* ACSL for the bindings of %s.h: the static protocol check\n"
            "   (docs/proofs.md). Only Frama-C includes this file. */\n",
            g->stem);
    gen_guard_open(g, "_ACSL");
    fprintf(g->out, "\n#include \"%s.h\"\n", g->stem);
    for (size_t i = 0; i < g->p->order.count; i++) {
        const contract_t *c = g->p->order.items[i];
        if (!gen_in_file(g, c))
            continue;
        fprintf(g->out, "\n/* ==== contract %s ==== */\n", c->name);
        for (const contract_t *a = c; a != NULL; a = a->base)
            acsl_model(g, a);
        for (size_t j = 0; j < c->messages.count; j++)
            acsl_models_of_fields(
                g, &((const message_t *)c->messages.items[j])->fields);
        fputs("\n", g->out);
        acsl_side(g, c, CONTRACT_SIDE_IMP);
        acsl_side(g, c, CONTRACT_SIDE_EXP);
    }
    gen_guard_close(g, "_ACSL");
}
