/* sema.c: the order of the checking phases, and lookups they share. */
#include "sema.h"

#include <string.h>

void sema_error(program_t *p, contract_t *c, loc_t at, const char *rule,
                const char *fmt, ...)
{
    va_list ap;

    if (c != NULL)
        c->failed = true;
    va_start(ap, fmt);
    diag_verror(p->diag, at, rule, fmt, ap);
    va_end(ap);
}

bool sema_check(program_t *p)
{
    unsigned before = p->diag->errors;

    sema_declare_shared(p);
    sema_declare_contracts(p);
    for (size_t i = 0; i < p->order.count; i++) {
        sema_declare_members(p, p->order.items[i]);
        machine_build(p, p->order.items[i]);
    }
    sema_resolve_shared_records(p);
    for (size_t i = 0; i < p->order.count; i++)
        sema_resolve_fields(p, p->order.items[i]);
    for (size_t i = 0; i < p->order.count; i++)
        analysis_run(p, p->order.items[i]);
    return p->diag->errors == before;
}

contract_t *sema_find_contract(const program_t *p, const char *name)
{
    for (size_t i = 0; i < p->contracts.count; i++) {
        contract_t *c = p->contracts.items[i];
        if (strcmp(c->name, name) == 0)
            return c;
    }
    return NULL;
}

message_t *sema_find_message(const contract_t *c, const char *name)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        message_t *m = c->messages.items[i];
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

state_t *sema_find_state(const contract_t *c, const char *name)
{
    for (size_t i = 0; i < c->states.count; i++) {
        state_t *s = c->states.items[i];
        if (!(s->flags & STATE_ANONYMOUS) && strcmp(s->name, name) == 0)
            return s;
    }
    return NULL;
}
