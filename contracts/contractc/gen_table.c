/*
 * gen_table.c: <stem>_table.h and <stem>_table.c, the tables the kernel
 * enforces (layout in insula/contract_table.h).
 */
#include <string.h>

#include "gen.h"

static const char *const gen_dir_name[] = {"CONTRACT_DIR_IN",
                                           "CONTRACT_DIR_OUT"};

/*   #define Fs_CONTRACT_ID 0x1a2b3c4du
 *   #define Fs_STATE_Ready 1u        (named states only)
 *   extern const contract_table_t contract_table_Fs; */
static void gen_table_decl(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "\n/* contract %s */\n", c->name);
    fprintf(g->out, "#define %s_CONTRACT_ID 0x%08xu\n", c->name,
            (unsigned)c->id);
    gen_message_ids(g, c);
    for (size_t i = 0; i < c->states.count; i++) {
        const state_t *s = c->states.items[i];
        if (!(s->flags & STATE_ANONYMOUS))
            fprintf(g->out, "#define %s_STATE_%s %uu\n", c->name, s->name,
                    (unsigned)s->index);
    }
    fprintf(g->out, "extern const contract_table_t contract_table_%s;\n",
            c->name);
    for (size_t i = 0; i < c->initial.count; i++) {
        const state_t *s = c->initial.items[i];
        fprintf(g->out,
                "/* %s created in state %s (the contract \"%s@%s\"). */\n"
                "#define %s_CONTRACT_ID_AT_%s 0x%08xu\n"
                "extern const contract_table_t contract_table_%s_at_%s;\n",
                c->name, s->name, c->name, s->name, c->name, s->name,
                (unsigned)*(const uint32_t *)c->initial_ids.items[i], c->name,
                s->name);
    }
}

void gen_table_header(const gen_t *g)
{
    gen_stamp(g);
    gen_guard_open(g, "_TABLE");
    fputs("\n#include <insula/contract_table.h>\n", g->out);
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (gen_in_file(g, c))
            gen_table_decl(g, c);
    }
    gen_guard_close(g, "_TABLE");
}

/*   {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 8, .max_bytes = 0,
 *    .contract_id = 0x...u, .side = CONTRACT_SIDE_EXP, .state = 0},
 * for one handle at `offset`; `path` names it ("attrs.data[1]"). */
/* ", .count_offset = 8, .index = 1" for a vector's element k, else "". */
static const char *gen_vector_text(const field_t *f, uint32_t k)
{
    static char text[64];

    text[0] = '\0';
    if (f->type.vector)
        snprintf(text, sizeof text, ",\n     .count_offset = %u, .index = %u",
                 f->count->offset, k);
    return text;
}

static void gen_table_field(const gen_t *g, const field_t *f, uint32_t k,
                            uint32_t offset, const char *path)
{
    const ftype_t *t = &f->type;
    const char *kind = t->kind == FTYPE_BYTES    ? "CONTRACT_FIELD_BYTES"
                       : t->kind == FTYPE_STRING ? "CONTRACT_FIELD_STRING"
                                                 : "CONTRACT_FIELD_ENDPOINT";
    bool ep = t->kind == FTYPE_ENDPOINT;

    fprintf(g->out,
            "    {.kind = %s%s, .offset = %u, .max_bytes = %u,\n"
            "     .contract_id = 0x%08xu, .side = %s, .state = %u%s}, "
            "/* %s */\n",
            kind,
            t->nullable ? " | CONTRACT_FIELD_NULLABLE"
            : t->vector ? " | CONTRACT_FIELD_VECTOR"
                        : "",
            offset,
            ep ? 0u : t->bound, ep ? (unsigned)t->peer->id : 0u,
            ep && t->side == CONTRACT_SIDE_EXP ? "CONTRACT_SIDE_EXP"
                                               : "CONTRACT_SIDE_IMP",
            ep ? (unsigned)t->peer_state : 0u, gen_vector_text(f, k), path);
}

static bool gen_is_handle(const ftype_t *t)
{
    return t->kind == FTYPE_BYTES || t->kind == FTYPE_STRING ||
           t->kind == FTYPE_ENDPOINT;
}

/* gen_table_handles: every handle in fields (laid out from `base`), each
   element of an array, inside records too, in offset order; the count.
   With emit false, only counts. */
static unsigned gen_table_handles(const gen_t *g, const ptrvec_t *fields,
                                  uint32_t base, const char *prefix, bool emit)
{
    unsigned n = 0;

    for (size_t i = 0; i < fields->count; i++) {
        const field_t *f = fields->items[i];
        uint32_t count = f->type.array_len ? f->type.array_len : 1;

        if (!gen_is_handle(&f->type) && f->type.kind != FTYPE_RECORD)
            continue;
        for (uint32_t k = 0; k < count; k++) {
            char path[256];
            uint32_t at = base + f->offset + k * f->type.elem_size;

            if (f->type.array_len)
                snprintf(path, sizeof path, "%s%s[%u]", prefix, f->name, k);
            else
                snprintf(path, sizeof path, "%s%s", prefix, f->name);
            if (f->type.kind == FTYPE_RECORD) {
                strncat(path, ".", sizeof path - strlen(path) - 1);
                n += gen_table_handles(g, &f->type.rec->fields, at, path, emit);
                continue;
            }
            if (emit)
                gen_table_field(g, f, k, at, path);
            n++;
        }
    }
    return n;
}

/* gen_table_fields: the handle fields of m; returns how many. */
static unsigned gen_table_fields(const gen_t *g, const contract_t *c,
                                 const message_t *m)
{
    unsigned n = gen_table_handles(g, &m->fields, 0, "", false);

    if (n == 0)
        return 0;
    fprintf(g->out, "static const contract_field_t %s_%s_fields[] = {\n",
            c->name, m->name);
    gen_table_handles(g, &m->fields, 0, "", true);
    fputs("};\n", g->out);
    return n;
}

static void gen_table_messages(const gen_t *g, const contract_t *c)
{
    unsigned *nfields =
        arena_alloc(g->p->arena, (c->messages.count + 1) * sizeof *nfields);

    for (size_t i = 0; i < c->messages.count; i++)
        nfields[i] = gen_table_fields(g, c, c->messages.items[i]);
    if (c->messages.count == 0)
        return;
    fprintf(g->out, "static const contract_message_t %s_messages[] = {\n",
            c->name);
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        fprintf(g->out,
                "    {.name = \"%s\", .id = %s_MSG_%s, .dir = %s, "
                ".wire_size = %u,\n     .field_count = %u, .fields = ",
                m->name, c->name, m->name, gen_dir_name[m->dir], m->wire_size,
                nfields[i]);
        if (nfields[i] > 0)
            fprintf(g->out, "%s_%s_fields},\n", c->name, m->name);
        else
            fputs("NULL},\n", g->out);
    }
    fputs("};\n", g->out);
}

/* gen_sorted_transitions: c's transitions ordered by source state (stable);
   first[s] is the index of state s's first one, first[n] the total. */
static const transition_t **gen_sorted_transitions(const gen_t *g,
                                                   const contract_t *c,
                                                   uint32_t *first)
{
    size_t n = c->states.count, total = c->transitions.count;
    const transition_t **out =
        arena_alloc(g->p->arena, (total + 1) * sizeof *out);
    uint32_t *fill = arena_alloc(g->p->arena, (n + 1) * sizeof *fill);

    for (size_t i = 0; i < total; i++)
        first[((const transition_t *)c->transitions.items[i])->from + 1]++;
    for (size_t s = 0; s < n; s++)
        first[s + 1] += first[s];
    for (size_t i = 0; i < total; i++) {
        const transition_t *t = c->transitions.items[i];
        out[first[t->from] + fill[t->from]++] = t;
    }
    return out;
}

static void gen_table_states(const gen_t *g, const contract_t *c,
                             const uint32_t *first)
{
    fprintf(g->out, "static const contract_state_t %s_states[] = {\n",
            c->name);
    for (size_t s = 0; s < c->states.count; s++) {
        const state_t *st = c->states.items[s];
        const char *flags = (st->flags & STATE_TERMINAL)
                                ? "CONTRACT_STATE_TERMINAL"
                            : (st->flags & STATE_ANONYMOUS)
                                ? "CONTRACT_STATE_ANONYMOUS"
                                : "0";
        fprintf(g->out,
                "    {.name = \"%s\", .flags = %s, .first_transition = %u, "
                ".transition_count = %u},\n",
                st->name, flags, first[s], first[s + 1] - first[s]);
    }
    fputs("};\n", g->out);
}

/*   {.state = 0, .msg_id = Fs_MSG_Open, .dir = CONTRACT_DIR_IN,
 *    .next = 5}, (Ready -Open?-> Ready#5) */
static void gen_table_transitions(const gen_t *g, const contract_t *c,
                                  const transition_t **sorted)
{
    static const char mark[] = {'?', '!'};

    if (c->transitions.count == 0)
        return;
    fprintf(g->out,
            "static const contract_transition_t %s_transitions[] = {\n",
            c->name);
    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = sorted[i];
        fprintf(g->out,
                "    {.state = %u, .msg_id = %s_MSG_%s, .dir = %s, "
                ".next = %u}, /* %s -%s%c-> %s */\n",
                t->from, c->name, t->msg->name, gen_dir_name[t->msg->dir],
                t->to, ((const state_t *)c->states.items[t->from])->name,
                t->msg->name, mark[t->msg->dir],
                ((const state_t *)c->states.items[t->to])->name);
    }
    fputs("};\n", g->out);
}

static void gen_table_ancestors(const gen_t *g, const contract_t *c)
{
    fprintf(g->out, "static const uint32_t %s_ancestors[] = {", c->name);
    for (const contract_t *a = c; a != NULL; a = a->base)
        fprintf(g->out, "%s0x%08xu /* %s */", a == c ? "" : ", ",
                (unsigned)a->id, a->name);
    fputs("};\n", g->out);
}

static unsigned gen_depth(const contract_t *c)
{
    unsigned n = 0;

    for (; c != NULL; c = c->base)
        n++;
    return n;
}

/* gen_table_struct: const contract_table_t contract_table_Fs = {...}; */
static void gen_table_struct(const gen_t *g, const contract_t *c)
{
    const char *n = c->name;

    fprintf(g->out, "const contract_table_t contract_table_%s = {\n", n);
    fprintf(g->out, "    .id = %s_CONTRACT_ID,\n    .name = \"%s\",\n", n, n);
    fprintf(g->out, "    .ancestor_count = %u,\n    .ancestors = %s_ancestors,\n",
            gen_depth(c), n);
    fprintf(g->out, "    .message_count = %zu,\n    .messages = ",
            c->messages.count);
    fprintf(g->out, c->messages.count ? "%s_messages,\n" : "NULL,\n", n);
    fprintf(g->out, "    .state_count = %zu,\n    .states = %s_states,\n",
            c->states.count, n);
    fprintf(g->out, "    .transition_count = %zu,\n    .transitions = ",
            c->transitions.count);
    fprintf(g->out, c->transitions.count ? "%s_transitions,\n" : "NULL,\n",
            n);
    fprintf(g->out, "    .start_state = %d,\n", c->start);
    fprintf(g->out,
            "    .queue_bound = {[CONTRACT_DIR_IN] = %u, "
            "[CONTRACT_DIR_OUT] = %u},\n};\n",
            c->bound[CONTRACT_DIR_IN], c->bound[CONTRACT_DIR_OUT]);
}

/* gen_table_initial: the variant of c whose channels start in state
   c->initial[i]: c's own lists, another id and start, c as its base. */
static void gen_table_initial(const gen_t *g, const contract_t *c, size_t i)
{
    const state_t *s = c->initial.items[i];
    const char *n = c->name;

    fprintf(g->out, "\n/* contract %s@%s: %s, created in state %s */\n", n,
            s->name, n, s->name);
    fprintf(g->out,
            "static const uint32_t %s_at_%s_ancestors[] = {0x%08xu /* %s@%s */",
            n, s->name, (unsigned)*(const uint32_t *)c->initial_ids.items[i], n,
            s->name);
    for (const contract_t *a = c; a != NULL; a = a->base)
        fprintf(g->out, ", 0x%08xu /* %s */", (unsigned)a->id, a->name);
    fputs("};\n", g->out);
    fprintf(g->out,
            "const contract_table_t contract_table_%s_at_%s = {\n"
            "    .id = %s_CONTRACT_ID_AT_%s,\n    .name = \"%s@%s\",\n"
            "    .ancestor_count = %u,\n    .ancestors = %s_at_%s_ancestors,\n"
            "    .message_count = %zu,\n    .messages = %s%s,\n"
            "    .state_count = %zu,\n    .states = %s_states,\n"
            "    .transition_count = %zu,\n    .transitions = %s%s,\n"
            "    .start_state = %u,\n",
            n, s->name, n, s->name, n, s->name, gen_depth(c) + 1, n, s->name,
            c->messages.count, c->messages.count ? n : "NULL",
            c->messages.count ? "_messages" : "", c->states.count, n,
            c->transitions.count, c->transitions.count ? n : "NULL",
            c->transitions.count ? "_transitions" : "", (unsigned)s->index);
    fprintf(g->out,
            "    .queue_bound = {[CONTRACT_DIR_IN] = %u, "
            "[CONTRACT_DIR_OUT] = %u},\n};\n",
            c->bound[CONTRACT_DIR_IN], c->bound[CONTRACT_DIR_OUT]);
}

static void gen_table_contract(const gen_t *g, const contract_t *c)
{
    uint32_t *first =
        arena_alloc(g->p->arena, (c->states.count + 2) * sizeof *first);
    const transition_t **sorted = gen_sorted_transitions(g, c, first);

    fprintf(g->out, "\n/* contract %s%s%s */\n", c->name,
            c->base ? " extends " : "", c->base ? c->base->name : "");
    gen_table_ancestors(g, c);
    gen_table_messages(g, c);
    gen_table_states(g, c, first);
    gen_table_transitions(g, c, sorted);
    gen_table_struct(g, c);
    for (size_t i = 0; i < c->initial.count; i++)
        gen_table_initial(g, c, i);
}

void gen_table_source(const gen_t *g)
{
    gen_stamp(g);
    fprintf(g->out, "#include \"%s_table.h\"\n", g->stem);
    for (size_t i = 0; i < g->p->contracts.count; i++) {
        const contract_t *c = g->p->contracts.items[i];
        if (gen_in_file(g, c))
            gen_table_contract(g, c);
    }
}
