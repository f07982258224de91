/*
 * gen_header.c: <stem>.h, the bindings a SIP includes. Calls nothing but
 * insula/chan_rt.h (and chan_switch.h for switch receive); endpoint types of
 * other contracts are emitted under per-contract guards instead of
 * including their headers, so headers never depend on each other.
 */
#include "gen.h"
#include "gen_sig.h"

/*   #ifndef INSULA_ENDPOINT_Fs
 *   #define Fs_CONTRACT_ID 0x...u
 *   typedef struct Fs_imp { chan_handle_t h; } Fs_imp_t;   (and Fs_exp_t)
 *   #endif */
static void gen_endpoint_types(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n#ifndef INSULA_ENDPOINT_%s\n#define INSULA_ENDPOINT_%s\n",
            c->name, c->name);
    fprintf(g->out, "#define %s_CONTRACT_ID 0x%08xu\n", c->name,
            (unsigned)c->id);
    for (size_t i = 0; i < c->initial.count; i++)
        fprintf(g->out, "#define %s_CONTRACT_ID_AT_%s 0x%08xu\n", c->name,
                ((const state_t *)c->initial.items[i])->name,
                (unsigned)*(const uint32_t *)c->initial_ids.items[i]);
    fprintf(g->out,
            "/* The importing (client) end of a %s channel. */\n"
            "typedef struct %s_imp { chan_handle_t h; } %s_imp_t;\n"
            "/* The exporting (service) end of a %s channel. */\n"
            "typedef struct %s_exp { chan_handle_t h; } %s_exp_t;\n",
            c->name, c->name, c->name, c->name, c->name, c->name);
    fputs("#endif\n", g->out);
}

/* gen_note_contract: add c to the list of endpoint types to emit. */
static void gen_note_contract(const gen_t *g, ptrvec_t *seen,
                              const contract_t *c)
{
    for (size_t i = 0; i < seen->count; i++) {
        if (seen->items[i] == c)
            return;
    }
    ptrvec_push(g->p->arena, seen, (void *)c);
}

/* gen_note_fields: the contracts whose endpoints these fields carry,
   inside records too. */
static void gen_note_fields(const gen_t *g, ptrvec_t *seen,
                            const ptrvec_t *fields)
{
    for (size_t k = 0; k < fields->count; k++) {
        const field_t *f = fields->items[k];
        if (f->type.kind == FTYPE_ENDPOINT)
            gen_note_contract(g, seen, f->type.peer);
        else if (f->type.kind == FTYPE_RECORD)
            gen_note_fields(g, seen, &f->type.rec->fields);
    }
}

/* gen_file_types: the shared types the file declares or its contracts
   use, each after the types it uses. */
static void gen_file_types(const gen_t *g, ptrvec_t *out)
{
    for (size_t i = 0; i < g->p->shared_enums.count; i++) {
        const enum_def_t *e = g->p->shared_enums.items[i];
        if (e->loc.src == g->src)
            gen_collect_enum(g, out, e);
    }
    for (size_t i = 0; i < g->p->shared_records.count; i++) {
        const record_def_t *r = g->p->shared_records.items[i];
        if (r->loc.src == g->src)
            gen_collect_record(g, out, r, GEN_SHARED);
    }
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (!gen_in_file(g, c))
            continue;
        for (size_t j = 0; j < c->records.count; j++)
            gen_collect_record(g, out, c->records.items[j], GEN_SHARED);
        for (size_t j = 0; j < c->messages.count; j++) {
            const message_t *m = c->messages.items[j];
            for (size_t k = 0; k < m->fields.count; k++)
                gen_collect_type(g, out,
                                 &((const field_t *)m->fields.items[k])->type,
                                 GEN_SHARED);
        }
    }
}

/* gen_all_endpoint_types: for the file's contracts, their ancestors, and
   every contract whose endpoints their messages (or shared records)
   carry. */
static void gen_all_endpoint_types(const gen_t *g, const ptrvec_t *types)
{
    ptrvec_t seen = {0};

    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (!gen_in_file(g, c))
            continue;
        for (const contract_t *a = c; a != NULL; a = a->base)
            gen_note_contract(g, &seen, a);
        for (size_t j = 0; j < c->messages.count; j++)
            gen_note_fields(g, &seen,
                            &((const message_t *)c->messages.items[j])->fields);
        for (size_t j = 0; j < c->records.count; j++)
            gen_note_fields(g, &seen,
                            &((const record_def_t *)c->records.items[j])->fields);
    }
    for (size_t i = 0; i < types->count; i++) {
        const gen_tref_t *r = types->items[i];
        if (r->rec != NULL)
            gen_note_fields(g, &seen, &r->rec->fields);
    }
    for (size_t i = 0; i < seen.count; i++)
        gen_endpoint_types(g, seen.items[i]);
}

/*   #ifndef INSULA_TYPE_ErrorCode ... the type, its check ... #endif */
static void gen_shared_types(const gen_t *g, const ptrvec_t *types)
{
    for (size_t i = 0; i < types->count; i++) {
        const gen_tref_t *r = types->items[i];
        const char *name = r->en != NULL ? r->en->name : r->rec->name;

        fprintf(g->out, "\n#ifndef INSULA_TYPE_%s\n#define INSULA_TYPE_%s\n",
                name, name);
        gen_tref_decl(g, NULL, r);
        gen_tref_valid(g, NULL, r);
        fputs("#endif\n", g->out);
    }
}

/* gen_local_records: c's records (inherited too), each after the records
   it holds. */
static void gen_local_records(const gen_t *g, const contract_t *c)
{
    ptrvec_t order = {0};

    for (size_t i = 0; i < c->records.count; i++)
        gen_collect_record(g, &order, c->records.items[i], GEN_LOCAL);
    for (size_t i = 0; i < order.count; i++) {
        const gen_tref_t *r = order.items[i];
        if (r->rec != NULL)
            gen_record_decl(g, c, r->rec);
    }
}

/*   typedef struct Fs_Read { xheap_handle_t buf; uint64_t offset; } Fs_Read_t;
 *   _Static_assert(sizeof(Fs_Read_t) == 16, "...");
 *   _Static_assert(offsetof(Fs_Read_t, offset) == 8, "..."); */
static void gen_message_struct(const gen_t *g, const contract_t *c,
                               const message_t *m)
{
    char tn[160], label[160];

    snprintf(tn, sizeof tn, "%s_%s", c->name, m->name);
    snprintf(label, sizeof label, "%s.%s", c->name, m->name);
    gen_struct(g, c, tn, label, &m->fields, m->wire_size);
}

static void gen_message(const gen_t *g, const contract_t *c,
                        const message_t *m)
{
    fputs("\n/* ", g->out);
    gen_message_comment(g, m);
    fprintf(g->out, ": %s */\n",
            m->dir == CONTRACT_DIR_IN ? "imp sends, exp receives"
                                      : "exp sends, imp receives");
    if (m->wire_size > 0)
        gen_message_struct(g, c, m);
}

/*   typedef struct Fs_exp_msg {
 *       uint16_t id;
 *       union { Fs_Open_t Open; ... } u;
 *   } Fs_exp_msg_t; */
static void gen_side_msg_type(const gen_t *g, const contract_t *c,
                              contract_side_t side)
{
    const char *s = gen_side(side);
    bool any = false;

    fprintf(g->out, "/* Any message %s_%s receives; id is a %s_MSG_*. */\n",
            c->name, s, c->name);
    fprintf(g->out, "typedef struct %s_%s_msg {\n    uint16_t id;\n",
            c->name, s);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir) || m->wire_size == 0)
            continue;
        if (!any)
            fputs("    union {\n", g->out);
        any = true;
        fprintf(g->out, "        %s_%s_t %s;\n", c->name, m->name, m->name);
    }
    if (any)
        fputs("    } u;\n", g->out);
    fprintf(g->out, "} %s_%s_msg_t;\n", c->name, s);
}

/*   typedef struct Fs_exp_ctx Fs_exp_ctx_t;
 *   typedef struct Fs_exp_handlers {
 *       Fs_exp_ctx_t *ctx;
 *       err_t (*on_Open)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Open_t msg);
 *   } Fs_exp_handlers_t; */
static void gen_side_handlers(const gen_t *g, const contract_t *c,
                              contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    fprintf(g->out,
            "/* The handlers' state: the SIP defines struct %s_%s_ctx (one "
            "per contract\n   side, so handlers are typed, without void *). */\n"
            "typedef struct %s_%s_ctx %s_%s_ctx_t;\n",
            n, s, n, s, n, s);
    fprintf(g->out,
            "/* Handlers for switch receive; a NULL handler refuses its "
            "message. Each gets\n   the decoded message by value. */\n"
            "typedef struct %s_%s_handlers {\n    %s_%s_ctx_t *ctx;\n",
            n, s, n, s);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        fprintf(g->out, "    err_t (*on_%s)(%s_%s_ctx_t *ctx, %s_%s_t ep",
                m->name, n, s, n, s);
        if (m->wire_size > 0)
            fprintf(g->out, ", %s_%s_t msg", n, m->name);
        fputs(");\n", g->out);
    }
    fprintf(g->out, "} %s_%s_handlers_t;\n", n, s);
}

/* gen_side_receive: the receiving half of one side's API. */
static void gen_side_receive(const gen_t *g, const contract_t *c,
                             contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    gen_side_msg_type(g, c, side);
    fprintf(g->out, "err_t %s_%s_recv(%s_%s_t _ep, SIP_OUT %s_%s_msg_t *_msg);\n", n,
            s, n, s, n, s);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        gen_recv_signature(g, c, side, m);
        fputs(";\n", g->out);
    }
    gen_side_handlers(g, c, side);
    fprintf(g->out,
            "chan_case_t %s_%s_case(%s_%s_t ep, const %s_%s_handlers_t *h);\n"
            "err_t %s_%s_dispatch(const chan_case_t *c, uint16_t msg_id,\n"
            "    const void *msg, size_t len);\n",
            n, s, n, s, n, s, n, s);
}

/*   static inline Service_imp_t Fs_imp_to_Service(Fs_imp_t ep);
 *   err_t Fs_imp_from_Service(Service_imp_t ep, SIP_OUT Fs_imp_t *out); */
static void gen_side_casts(const gen_t *g, const contract_t *c,
                           contract_side_t side)
{
    const char *s = gen_side(side), *n = c->name;

    for (const contract_t *a = c->base; a != NULL; a = a->base) {
        fprintf(g->out,
                "static inline %s_%s_t %s_%s_to_%s(%s_%s_t ep)\n"
                "{\n    %s_%s_t up = {ep.h};\n    return up;\n}\n",
                a->name, s, n, s, a->name, n, s, a->name, s);
        fprintf(g->out,
                "/* OK if ep's channel follows %s (or extends it); "
                "CHAN_RT_ERR_WRONG_CONTRACT if not. */\n"
                "err_t %s_%s_from_%s(%s_%s_t ep, SIP_OUT %s_%s_t *out);\n",
                n, n, s, a->name, a->name, s, n, s);
    }
}

static void gen_side_api(const gen_t *g, const contract_t *c,
                         contract_side_t side)
{
    fprintf(g->out, "\n/* %s_%s: the %s side. */\n", c->name,
            gen_side(side), side == CONTRACT_SIDE_IMP ? "importing (client)"
                                                      : "exporting (service)");
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_side_sends(side, m->dir))
            continue;
        gen_send_signature(g, c, side, m);
        fputs(";\n", g->out);
    }
    if (gen_side_receives_any(c, side))
        gen_side_receive(g, c, side);
    gen_side_call_decls(g, c, side);
    gen_side_casts(g, c, side);
}

static void gen_contract(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n/* ==== contract %s%s%s ==== */\n\n", c->name,
            c->base ? " extends " : "", c->base ? c->base->name : "");
    gen_message_ids(g, c);
    for (size_t i = 0; i < c->enums.count; i++)
        gen_enum_decl(g, c, c->enums.items[i]);
    gen_local_records(g, c);
    for (size_t i = 0; i < c->messages.count; i++)
        gen_message(g, c, c->messages.items[i]);
    gen_side_api(g, c, CONTRACT_SIDE_IMP);
    gen_side_api(g, c, CONTRACT_SIDE_EXP);
}

void gen_header(const gen_t *g)
{
    ptrvec_t types = {0};

    gen_stamp(g);
    gen_guard_open(g, "");
    fputs("\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n"
          "\n#include <insula/chan_rt.h>\n#include <insula/chan_switch.h>\n"
          "\n_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,\n"
          "               \"message layouts are little-endian\");\n",
          g->out);
    gen_file_types(g, &types);
    gen_all_endpoint_types(g, &types);
    gen_shared_types(g, &types);
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (gen_in_file(g, c))
            gen_contract(g, c);
    }
    gen_guard_close(g, "");
}
