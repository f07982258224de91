/*
 * contract_step.c: the check the kernel runs on every message of a channel.
 *
 * Pure and freestanding: reads only the const tables contractc emits (see
 * insula/contract_table.h), allocates nothing, takes no locks. The caller
 * owns the endpoint's state and serialises updates to it.
 */
#include <insula/contract_table.h>

/* contract_message_get: the message with id msg_id, or NULL. */
const contract_message_t *contract_message_get(const contract_table_t *t,
                                               uint16_t msg_id)
{
    if (t == NULL || msg_id >= t->message_count)
        return NULL;
    return &t->messages[msg_id];
}

/* contract_transition_find: the transition for msg_id out of state, or NULL.
   The state index must already be valid. */
/*@ requires contract_table_readable(t) && state < t->state_count;
    assigns \nothing;
    behavior found:
      assumes \exists integer i; contract_offers(t, state, msg_id, i);
      ensures \exists integer i; contract_offers(t, state, msg_id, i) &&
                \result == t->transitions + i;
    behavior none:
      assumes !\exists integer i; contract_offers(t, state, msg_id, i);
      ensures \result == \null;
    complete behaviors;
    disjoint behaviors;
*/
static const contract_transition_t *
contract_transition_find(const contract_table_t *t, uint16_t state,
                         uint16_t msg_id)
{
    const contract_state_t *s = &t->states[state];
    uint32_t end = (uint32_t)s->first_transition + s->transition_count;

    if (end > t->transition_count)
        return NULL; /* a malformed table allows nothing */
    /*@ loop invariant s->first_transition <= i <= end;
        loop invariant \forall integer j; s->first_transition <= j < i ==>
                         t->transitions[j].msg_id != msg_id;
        loop assigns i;
        loop variant end - i;
    */
    for (uint32_t i = s->first_transition; i < end; i++) {
        if (t->transitions[i].msg_id == msg_id) {
            //@ assert contract_offers(t, state, msg_id, i);
            return &t->transitions[i];
        }
    }
    return NULL;
}

/* contract_step: see contract_table.h for the errors and their order. */
int contract_step(const contract_table_t *t, uint16_t state, uint16_t msg_id,
                  contract_dir_t dir, uint16_t *next)
{
    const contract_message_t *m;
    const contract_transition_t *tr;

    if (t == NULL || state >= t->state_count)
        return CONTRACT_STEP_BAD_STATE;
    m = contract_message_get(t, msg_id);
    if (m == NULL)
        return CONTRACT_STEP_UNKNOWN_MESSAGE;
    if (m->dir != (uint16_t)dir)
        return CONTRACT_STEP_WRONG_DIRECTION;
    tr = contract_transition_find(t, state, msg_id);
    if (tr == NULL || tr->dir != (uint16_t)dir || tr->next >= t->state_count)
        return CONTRACT_STEP_NOT_ALLOWED;
    //@ assert contract_allows(t, state, msg_id, dir, tr->next);
    *next = tr->next;
    return CONTRACT_STEP_OK;
}

/* contract_is_a: true when t is contract `id` or one of its descendants. */
bool contract_is_a(const contract_table_t *t, uint32_t id)
{
    if (t == NULL)
        return false;
    /*@ loop invariant 0 <= i <= t->ancestor_count;
        loop invariant \forall integer j; 0 <= j < i ==> t->ancestors[j] != id;
        loop assigns i;
        loop variant t->ancestor_count - i;
    */
    for (uint16_t i = 0; i < t->ancestor_count; i++) {
        if (t->ancestors[i] == id)
            return true;
    }
    return false;
}

/* contract_step_error_name: for reports such as "contract violation". */
const char *contract_step_error_name(int err)
{
    switch (err) {
    case CONTRACT_STEP_OK:
        return "ok";
    case CONTRACT_STEP_BAD_STATE:
        return "bad state";
    case CONTRACT_STEP_UNKNOWN_MESSAGE:
        return "unknown message";
    case CONTRACT_STEP_WRONG_DIRECTION:
        return "message sent in the wrong direction";
    case CONTRACT_STEP_NOT_ALLOWED:
        return "message not allowed in this state";
    default:
        return "unknown error";
    }
}
