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

/* gen_all_endpoint_types: for the file's contracts, their ancestors, and
   every contract whose endpoints their messages carry. */
static void gen_all_endpoint_types(const gen_t *g)
{
    ptrvec_t seen = {0};

    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (!gen_in_file(g, c))
            continue;
        for (const contract_t *a = c; a != NULL; a = a->base)
            gen_note_contract(g, &seen, a);
        for (size_t j = 0; j < c->messages.count; j++) {
            const message_t *m = c->messages.items[j];
            for (size_t k = 0; k < m->fields.count; k++) {
                const field_t *f = m->fields.items[k];
                if (f->type.kind == FTYPE_ENDPOINT)
                    gen_note_contract(g, &seen, f->type.peer);
            }
        }
    }
    for (size_t i = 0; i < seen.count; i++)
        gen_endpoint_types(g, seen.items[i]);
}

/*   typedef uint32_t Fs_Error_t;
 *   #define Fs_Error_NotFound ((Fs_Error_t)2u) */
static void gen_enum(const gen_t *g, const contract_t *c, const enum_def_t *e)
{
    static const char *const base[] = {"", "uint8_t", "uint16_t", "", "uint32_t",
                                       "", "", "", "uint64_t"};

    fprintf(g->out, "\n/* enum %s */\ntypedef %s %s_%s_t;\n", e->name,
            base[e->size], c->name, e->name);
    for (size_t i = 0; i < e->ast->items.count; i++) {
        const enumerator_ast_t *it = e->ast->items.items[i];
        fprintf(g->out, "#define %s_%s_%s ((%s_%s_t)%lluu)\n", c->name,
                e->name, it->name.text, c->name, e->name,
                (unsigned long long)it->value);
    }
}

/* gen_struct_member: "    uint8_t key[16]; (offset 8)" or padding. */
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

/*   typedef struct Fs_Read { xheap_handle_t buf; uint64_t offset; } Fs_Read_t;
 *   _Static_assert(sizeof(Fs_Read_t) == 16, "...");
 *   _Static_assert(offsetof(Fs_Read_t, offset) == 8, "..."); */
static void gen_message_struct(const gen_t *g, const contract_t *c,
                               const message_t *m)
{
    uint32_t at = 0, pad = 0;

    fprintf(g->out, "typedef struct %s_%s {\n", c->name, m->name);
    for (size_t i = 0; i < m->fields.count; i++) {
        const field_t *f = m->fields.items[i];
        gen_struct_padding(g, &pad, at, f->offset);
        gen_struct_member(g, c, f);
        at = f->offset + f->size;
    }
    gen_struct_padding(g, &pad, at, m->wire_size);
    fprintf(g->out, "} %s_%s_t;\n", c->name, m->name);
    fprintf(g->out, "_Static_assert(sizeof(%s_%s_t) == %u, \"%s.%s: size\");\n",
            c->name, m->name, m->wire_size, c->name, m->name);
    for (size_t i = 0; i < m->fields.count; i++) {
        const field_t *f = m->fields.items[i];
        fprintf(g->out,
                "_Static_assert(offsetof(%s_%s_t, %s) == %u, "
                "\"%s.%s.%s: offset\");\n",
                c->name, m->name, f->name, f->offset, c->name, m->name,
                f->name);
    }
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

/*   typedef struct Fs_exp_handlers {
 *       void *ctx;
 *       err_t (*on_Open)(void *ctx, Fs_exp_t ep, const Fs_Open_t *msg);
 *   } Fs_exp_handlers_t; */
static void gen_side_handlers(const gen_t *g, const contract_t *c,
                              contract_side_t side)
{
    const char *s = gen_side(side);

    fprintf(g->out,
            "/* Handlers for switch receive; a NULL handler refuses its "
            "message. */\ntypedef struct %s_%s_handlers {\n    void *ctx;\n",
            c->name, s);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (gen_side_sends(side, m->dir))
            continue;
        fprintf(g->out, "    err_t (*on_%s)(void *ctx, %s_%s_t ep", m->name,
                c->name, s);
        if (m->wire_size > 0)
            fprintf(g->out, ", const %s_%s_t *msg", c->name, m->name);
        fputs(");\n", g->out);
    }
    fprintf(g->out, "} %s_%s_handlers_t;\n", c->name, s);
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
    gen_side_casts(g, c, side);
}

static void gen_contract(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n/* ==== contract %s%s%s ==== */\n\n", c->name,
            c->base ? " extends " : "", c->base ? c->base->name : "");
    gen_message_ids(g, c);
    for (size_t i = 0; i < c->enums.count; i++)
        gen_enum(g, c, c->enums.items[i]);
    for (size_t i = 0; i < c->messages.count; i++)
        gen_message(g, c, c->messages.items[i]);
    gen_side_api(g, c, CONTRACT_SIDE_IMP);
    gen_side_api(g, c, CONTRACT_SIDE_EXP);
}

void gen_header(const gen_t *g)
{
    gen_stamp(g);
    gen_guard_open(g, "");
    fputs("\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n"
          "\n#include <insula/chan_rt.h>\n#include <insula/chan_switch.h>\n"
          "\n_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,\n"
          "               \"message layouts are little-endian\");\n",
          g->out);
    gen_all_endpoint_types(g);
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (gen_in_file(g, c))
            gen_contract(g, c);
    }
    gen_guard_close(g, "");
}
