/*
 * machine.c: phase 2b. State bodies become transitions. A path
 * `Read? -> AckRead! -> Ready` from state S adds an anonymous state S#n:
 * S -Read?-> S#n -AckRead!-> Ready. A group `(A! or B!)` gives one
 * transition per alternative to the same next state; a target
 * `one { ... }` is a fresh anonymous state with those paths.
 */
#include <stdio.h>
#include <string.h>

#include "sema.h"

typedef struct machine {
    program_t *p;
    contract_t *c;
    const char *root; /* the named state the paths start from */
} machine_t;

static void machine_choice(machine_t *m, int from, const choice_ast_t *ch);

/* machine_new_state: an anonymous state named after the root; -1 when the
   contract has too many states. */
static int machine_new_state(machine_t *m, loc_t loc)
{
    contract_t *c = m->c;
    state_t *s;
    char name[96];

    if (c->states.count == MODEL_MAX_STATES) {
        sema_error(m->p, c, loc, "CONTRACT-LIMIT", "more than %u states",
                   MODEL_MAX_STATES);
        return -1;
    }
    snprintf(name, sizeof name, "%.80s#%zu", m->root, c->states.count);
    s = arena_alloc(m->p->arena, sizeof *s);
    s->name = arena_strndup(m->p->arena, name, strlen(name));
    s->loc = loc;
    s->index = (uint16_t)c->states.count;
    s->flags = STATE_ANONYMOUS;
    s->owner = c;
    ptrvec_push(m->p->arena, &c->states, s);
    return s->index;
}

/* machine_target: the named state a path ends in, or -1. */
static int machine_target(machine_t *m, const ident_t *name)
{
    const state_t *s = sema_find_state(m->c, name->text);

    if (s != NULL)
        return s->index;
    sema_error(m->p, m->c, name->loc, "CONTRACT-UNKNOWN-STATE",
               "unknown state '%s' in contract '%s'%s", name->text, m->c->name,
               sema_suggest_state(m->p, m->c, name->text));
    return -1;
}

/* machine_find: the transition already leaving `from` on msg, or NULL. */
static const transition_t *machine_find(const contract_t *c, int from,
                                        const message_t *msg)
{
    for (size_t i = 0; i < c->transitions.count; i++) {
        const transition_t *t = c->transitions.items[i];
        if (t->from == from && t->msg == msg)
            return t;
    }
    return NULL;
}

/* machine_message: the message an event names, checked for direction. */
static const message_t *machine_message(machine_t *m, const event_ast_t *e)
{
    const message_t *msg = sema_find_message(m->c, e->msg.text);
    static const char *const dir_word[] = {"in", "out"};
    static const char mark[] = {'?', '!'};

    if (msg == NULL) {
        sema_error(m->p, m->c, e->msg.loc, "CONTRACT-UNKNOWN-MESSAGE",
                   "unknown message '%s' in contract '%s'%s", e->msg.text,
                   m->c->name, sema_suggest_message(m->p, m->c, e->msg.text));
        return NULL;
    }
    if (msg->dir != e->dir) {
        sema_error(m->p, m->c, e->loc, "CONTRACT-WRONG-DIRECTION",
                   "'%s' is an '%s' message: write '%s%c'", msg->name,
                   dir_word[msg->dir], msg->name, mark[msg->dir]);
        diag_note(m->p->diag, msg->loc, "declared here");
        return NULL;
    }
    return msg;
}

/* machine_extension_ok: an extension adds only its own messages to the
   states it inherits (`extend state`). A base message there would be a
   transition the base does not have: a client that knows only the base
   would see its own message where its contract does not allow it. */
static bool machine_extension_ok(machine_t *m, int from, const message_t *msg,
                                 const event_ast_t *e)
{
    const state_t *s = m->c->states.items[from];
    const transition_t *prev;

    if (s->owner == m->c || msg->owner == m->c)
        return true;
    prev = machine_find(m->c, from, msg);
    if (prev != NULL)
        return true; /* CONTRACT-AMBIGUOUS says more */
    sema_error(m->p, m->c, e->loc, "CONTRACT-BAD-EXTEND",
               "'%s' is a message of base contract '%s': 'extend state %s' "
               "may add only this contract's own messages to the state",
               msg->name, msg->owner->name, s->name);
    diag_note(m->p->diag, msg->loc, "declared here");
    return false;
}

/* machine_add: from -e-> to, unless e is unknown, misdirected or already
   leaves `from`. */
static void machine_add(machine_t *m, int from, int to, const event_ast_t *e)
{
    const message_t *msg = machine_message(m, e);
    const transition_t *prev;
    transition_t *t;

    if (msg == NULL || from < 0 || to < 0)
        return;
    if (!machine_extension_ok(m, from, msg, e))
        return;
    prev = machine_find(m->c, from, msg);
    if (prev != NULL) {
        sema_error(m->p, m->c, e->loc, "CONTRACT-AMBIGUOUS",
                   "'%s' already leads out of state '%s'; a message may "
                   "appear once per state",
                   msg->name,
                   ((const state_t *)m->c->states.items[from])->name);
        diag_note(m->p->diag, prev->loc, "first transition on '%s' here",
                  msg->name);
        return;
    }
    if (m->c->transitions.count == MODEL_MAX_TRANSITIONS) {
        sema_error(m->p, m->c, e->loc, "CONTRACT-LIMIT",
                   "more than %u transitions", MODEL_MAX_TRANSITIONS);
        return;
    }
    t = arena_alloc(m->p->arena, sizeof *t);
    t->from = (uint16_t)from;
    t->to = (uint16_t)to;
    t->msg = msg;
    t->loc = e->loc;
    ptrvec_push(m->p->arena, &m->c->transitions, t);
}

/* machine_step_to: the state after step i of path: a fresh anonymous
   state, the target, or (for a choice target) a fresh one for the choice. */
static int machine_step_to(machine_t *m, const path_ast_t *path, size_t i)
{
    const step_ast_t *step = path->steps.items[i];
    const event_ast_t *first = step->alts.items[0];

    if (i + 1 < path->steps.count || path->choice != NULL)
        return machine_new_state(m, first->loc);
    return machine_target(m, &path->target);
}

static void machine_path(machine_t *m, int from, const path_ast_t *path)
{
    int cur = from;

    for (size_t i = 0; i < path->steps.count && cur >= 0; i++) {
        const step_ast_t *step = path->steps.items[i];
        int next = machine_step_to(m, path, i);

        for (size_t j = 0; j < step->alts.count; j++)
            machine_add(m, cur, next, step->alts.items[j]);
        cur = next;
    }
    if (path->choice != NULL && cur >= 0)
        machine_choice(m, cur, path->choice);
}

static void machine_choice(machine_t *m, int from, const choice_ast_t *ch)
{
    for (size_t i = 0; i < ch->paths.count; i++)
        machine_path(m, from, ch->paths.items[i]);
}

/* machine_extended: the inherited, non-terminal state `extend state` names,
   or NULL after an error. */
static const state_t *machine_extended(machine_t *m, const state_ast_t *ast)
{
    const state_t *s = sema_find_state(m->c, ast->name.text);

    if (s == NULL) {
        sema_error(m->p, m->c, ast->name.loc, "CONTRACT-UNKNOWN-STATE",
                   "no inherited state '%s' to extend%s", ast->name.text,
                   sema_suggest_state(m->p, m->c, ast->name.text));
        return NULL;
    }
    if (s->owner == m->c || (s->flags & STATE_TERMINAL)) {
        sema_error(m->p, m->c, ast->keyword_loc, "CONTRACT-BAD-EXTEND",
                   "'extend state' adds paths to a non-terminal state of "
                   "the base contract; '%s' is %s",
                   s->name, s->owner == m->c ? "declared in this contract"
                                             : "terminal");
        return NULL;
    }
    return s;
}

/* machine_declared: the state this declaration created, or NULL when it
   was rejected (e.g. a duplicate). */
static const state_t *machine_declared(machine_t *m, const state_ast_t *ast)
{
    const state_t *s = sema_find_state(m->c, ast->name.text);

    if (s == NULL || s->loc.src != ast->name.loc.src ||
        s->loc.offset != ast->name.loc.offset)
        return NULL;
    return s;
}

void machine_build(program_t *p, contract_t *c)
{
    machine_t m = {p, c, NULL};

    for (size_t i = 0; i < c->ast->states.count; i++) {
        const state_ast_t *ast = c->ast->states.items[i];
        const state_t *s;

        if (ast->body == NULL)
            continue;
        s = (ast->flags & STATE_AST_EXTEND) ? machine_extended(&m, ast)
                                            : machine_declared(&m, ast);
        if (s == NULL)
            continue;
        m.root = s->name;
        machine_choice(&m, s->index, ast->body);
    }
}
