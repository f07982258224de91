/*
 * analysis.c: phase 4, the state machine of one contract as a graph.
 *  - each state offers messages of one direction only (CONTRACT-MIXED-CHOICE):
 *    then the two endpoints' views of the state can never disagree;
 *  - every named state is reachable from the start state;
 *  - every named state has a way out, or is declared terminal;
 *  - every cycle both sends and receives (CONTRACT-UNBOUNDED-CYCLE): the
 *    edges of one direction form an acyclic graph, and its longest path is
 *    that direction's queue bound.
 */
#include <stdio.h>
#include <string.h>

#include "sema.h"

typedef struct graph {
    size_t n;
    ptrvec_t *out; /* out[s]: transitions leaving state s */
} graph_t;

static void analysis_graph(program_t *p, const contract_t *c, graph_t *g)
{
    g->n = c->states.count;
    g->out = arena_alloc(p->arena, (g->n + 1) * sizeof *g->out);
    for (size_t i = 0; i < c->transitions.count; i++) {
        transition_t *t = c->transitions.items[i];
        ptrvec_push(p->arena, &g->out[t->from], t);
    }
}

static const char analysis_mark[] = {'?', '!'};

/* analysis_one_side: in each state, one side's turn. */
static void analysis_one_side(program_t *p, contract_t *c, const graph_t *g)
{
    for (size_t s = 0; s < g->n; s++) {
        const transition_t *first;

        if (g->out[s].count == 0)
            continue;
        first = g->out[s].items[0];
        for (size_t i = 1; i < g->out[s].count; i++) {
            const transition_t *t = g->out[s].items[i];
            if (t->msg->dir == first->msg->dir)
                continue;
            sema_error(p, c, t->loc, "CONTRACT-MIXED-CHOICE",
                       "a state either receives ('?') or sends ('!'): "
                       "'%s%c' cannot follow '%s%c' here",
                       t->msg->name, analysis_mark[t->msg->dir],
                       first->msg->name, analysis_mark[first->msg->dir]);
            diag_note(p->diag, first->loc, "this choice starts with '%s%c'",
                      first->msg->name, analysis_mark[first->msg->dir]);
            break;
        }
    }
}

/* analysis_reachable: named states the start state cannot reach. */
static void analysis_reachable(program_t *p, contract_t *c, const graph_t *g)
{
    uint16_t *queue = arena_alloc(p->arena, (g->n + 1) * sizeof *queue);
    bool *seen = arena_alloc(p->arena, g->n + 1);
    size_t head = 0, tail = 0;

    seen[c->start] = true;
    queue[tail++] = (uint16_t)c->start;
    while (head < tail) {
        uint16_t s = queue[head++];
        for (size_t i = 0; i < g->out[s].count; i++) {
            const transition_t *t = g->out[s].items[i];
            if (!seen[t->to]) {
                seen[t->to] = true;
                queue[tail++] = t->to;
            }
        }
    }
    for (size_t s = 0; s < g->n; s++) {
        const state_t *st = c->states.items[s];
        if (!seen[s] && !(st->flags & STATE_ANONYMOUS))
            sema_error(p, c, st->loc, "CONTRACT-UNREACHABLE-STATE",
                       "state '%s' cannot be reached from start state '%s'",
                       st->name,
                       ((const state_t *)c->states.items[c->start])->name);
    }
}

/* analysis_dead_ends: states with no way out that are not terminal. */
static void analysis_dead_ends(program_t *p, contract_t *c, const graph_t *g)
{
    for (size_t s = 0; s < g->n; s++) {
        const state_t *st = c->states.items[s];
        if (g->out[s].count == 0 && !(st->flags & STATE_TERMINAL))
            sema_error(p, c, st->loc, "CONTRACT-DEAD-END",
                       "state '%s' has no way out; give it a transition or "
                       "declare it 'terminal state %s;'",
                       st->name, st->name);
    }
}

/* analysis_in_edge: a dir-transition into v from a state still in the
   residual graph (live), or NULL. */
static const transition_t *analysis_in_edge(const contract_t *c, size_t v,
                                            contract_dir_t dir,
                                            const uint32_t *live)
{
    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        if (t->to == v && t->msg->dir == dir && live[t->from] > 0)
            return t;
    }
    return NULL;
}

/* analysis_cycle_text: "A -X?-> B -Y?-> A" for the m edges of a cycle,
   beginning with edge a. */
static void analysis_cycle_text(const contract_t *c,
                                const transition_t *const *fwd, size_t m,
                                size_t a, char *text, size_t cap)
{
    size_t used = 0;

    text[0] = '\0';
    for (size_t i = 0; i < m && used < cap; i++) {
        const transition_t *t = fwd[(a + i) % m];
        used += (size_t)snprintf(
            text + used, cap - used, "%s -%s%c-> ",
            ((const state_t *)c->states.items[t->from])->name, t->msg->name,
            analysis_mark[t->msg->dir]);
    }
    if (used < cap)
        snprintf(text + used, cap - used, "%s",
                 ((const state_t *)c->states.items[fwd[a]->from])->name);
}

/* analysis_report_cycle: walk backwards from v (every live state has a live
   predecessor) until a state repeats, then report that cycle at its
   earliest-written transition. */
static void analysis_report_cycle(program_t *p, contract_t *c, size_t v,
                                  contract_dir_t dir, const uint32_t *live)
{
    size_t n = c->states.count + 1, len = 0, m = 0, a = 0;
    const transition_t **back = arena_alloc(p->arena, n * sizeof *back);
    const transition_t **fwd = arena_alloc(p->arena, n * sizeof *fwd);
    int *pos = arena_alloc(p->arena, n * sizeof *pos);
    char text[320];

    memset(pos, 0xff, n * sizeof *pos);
    while (pos[v] < 0) {
        pos[v] = (int)len;
        back[len] = analysis_in_edge(c, v, dir, live);
        /* Invariant: a state left over by Kahn's algorithm has an incoming
           edge from another left-over state. */
        if (back[len] == NULL)
            return;
        v = back[len++]->from;
    }
    for (size_t i = len; i-- > (size_t)pos[v];) {
        fwd[m] = back[i];
        if (fwd[m]->loc.offset < fwd[a]->loc.offset)
            a = m;
        m++;
    }
    analysis_cycle_text(c, fwd, m, a, text, sizeof text);
    sema_error(p, c, fwd[a]->loc, "CONTRACT-UNBOUNDED-CYCLE",
               "cycle %s has only '%c' messages: every cycle must both send "
               "and receive, or its queue has no bound",
               text, analysis_mark[dir]);
}

/* analysis_kahn: Kahn's algorithm over the dir-edges. Leaves in indeg the
   in-degree of each state among the states it could not order (zero for
   the rest) and returns the longest path among those it could. */
static uint32_t analysis_kahn(program_t *p, const contract_t *c,
                              const graph_t *g, contract_dir_t dir,
                              uint32_t *indeg)
{
    uint32_t *depth = arena_alloc(p->arena, (g->n + 1) * sizeof *depth);
    uint16_t *ready = arena_alloc(p->arena, (g->n + 1) * sizeof *ready);
    size_t head = 0, tail = 0;
    uint32_t best = 0;

    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        indeg[t->to] += t->msg->dir == dir;
    }
    for (size_t s = 0; s < g->n; s++)
        if (indeg[s] == 0)
            ready[tail++] = (uint16_t)s;
    while (head < tail) {
        uint16_t u = ready[head++];
        for (size_t i = 0; i < g->out[u].count; i++) {
            const transition_t *t = g->out[u].items[i];
            if (t->msg->dir != dir)
                continue;
            if (depth[u] + 1 > depth[t->to])
                depth[t->to] = depth[u] + 1;
            best = depth[t->to] > best ? depth[t->to] : best;
            if (--indeg[t->to] == 0)
                ready[tail++] = t->to;
        }
    }
    return best;
}

/* analysis_direction: the dir-edges must be acyclic; their longest path is
   the queue bound for dir. Otherwise report one cycle. */
static void analysis_direction(program_t *p, contract_t *c, const graph_t *g,
                               contract_dir_t dir)
{
    uint32_t *indeg = arena_alloc(p->arena, (g->n + 1) * sizeof *indeg);
    uint32_t best = analysis_kahn(p, c, g, dir, indeg);

    for (size_t s = 0; s < g->n; s++) {
        if (indeg[s] > 0) {
            analysis_report_cycle(p, c, s, dir, indeg);
            return;
        }
    }
    c->bound[dir] = (uint16_t)best;
}

void analysis_run(program_t *p, contract_t *c)
{
    graph_t g;

    if (c->base != NULL && c->base->failed)
        c->failed = true;
    if (c->failed)
        return;
    analysis_graph(p, c, &g);
    analysis_one_side(p, c, &g);
    analysis_reachable(p, c, &g);
    analysis_dead_ends(p, c, &g);
    analysis_direction(p, c, &g, CONTRACT_DIR_IN);
    analysis_direction(p, c, &g, CONTRACT_DIR_OUT);
}
