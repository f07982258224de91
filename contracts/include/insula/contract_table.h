/*
 * contract_table.h: the transition tables the kernel enforces on channels.
 *
 * Shared by the kernel (which reads the tables) and contractc (which emits
 * them as plain const C data, one contract_table_t per contract, in
 * <file>_table.c). Everything here is freestanding: no libc beyond the
 * fixed-width types.
 *
 * Model. A channel has two endpoints: the *importing* side (imp, the client)
 * and the *exporting* side (exp, the service). A message is either `in`
 * (sent by imp, received by exp; written `Msg?` in states) or `out` (sent by
 * exp, received by imp; written `Msg!`). Each endpoint keeps its own view of
 * the contract state: a send is checked against, and advances, the sender's
 * view; a receive advances the receiver's view. contractc guarantees that
 * every state offers messages of one direction only, so both views follow
 * the same sequence of messages.
 *
 * Layout rules the generator guarantees (the kernel may rely on them):
 * - messages[i].id == i, states[i] describe state i;
 * - transitions are sorted by state; state s owns transitions
 *   [states[s].first_transition, + states[s].transition_count);
 * - a derived contract's messages and states begin with its base's, in the
 *   same order, so a message id or state index means the same thing in the
 *   base and in every contract that extends it;
 * - ancestors[0] is the contract's own id, then its base, its base's base...
 */
#ifndef INSULA_CONTRACT_TABLE_H
#define INSULA_CONTRACT_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* C strings (verifier/SUBSET.md, SIP-STR-NUL): every name below is a
   literal. Identical in insula/chan_rt.h and the stdlib's insula/err.h. */
#define SIP_CSTR __attribute__((annotate("insula_cstr")))

/* Direction of a message, seen from the exporting side. */
typedef enum contract_dir {
    CONTRACT_DIR_IN = 0,  /* imp -> exp: `in message`, `Msg?` */
    CONTRACT_DIR_OUT = 1, /* exp -> imp: `out message`, `Msg!` */
} contract_dir_t;

#define CONTRACT_DIR_COUNT 2

/* Which end of a channel an endpoint is. */
typedef enum contract_side {
    CONTRACT_SIDE_IMP = 0, /* sends `in` messages, receives `out` ones */
    CONTRACT_SIDE_EXP = 1, /* sends `out` messages, receives `in` ones */
} contract_side_t;

/* A message field the kernel must act on when the message is sent. */
typedef enum contract_field_kind {
    CONTRACT_FIELD_BYTES = 1,    /* exchange-heap block, <= max_bytes bytes */
    CONTRACT_FIELD_STRING = 2,   /* exchange-heap block holding text */
    CONTRACT_FIELD_ENDPOINT = 3, /* endpoint handle; ownership moves */
} contract_field_kind_t;

/*
 * Or'ed into a field's kind: the handle may be 0, meaning absent (`T?` in
 * the contract); nothing moves for it and the receiver finds 0. Without it
 * a 0 handle is refused like any handle the sender does not own.
 * contract_field_kind() strips it.
 */
#define CONTRACT_FIELD_NULLABLE 0x100u

/*
 * Or'ed into a field's kind: element `index` of a vector (`T[..N]` in the
 * contract), whose count is the byte at `count_offset` in the body. The
 * element is present (checked and moved like any handle) when index <
 * count, and must be 0 otherwise (a handle there refuses the whole
 * message). contract_field_kind() strips it.
 */
#define CONTRACT_FIELD_VECTOR 0x200u
#define contract_field_kind(f) \
    ((uint16_t)((f)->kind & ~(CONTRACT_FIELD_NULLABLE | CONTRACT_FIELD_VECTOR)))

/*
 * The most handle fields (BYTES, STRING, ENDPOINT) one message may carry:
 * contractc refuses a message with more (CONTRACT-TOO-MANY-HANDLES) and the
 * kernel moves at most this many per message and refuses to create a
 * channel of a contract whose table has more. Defined here, once.
 */
#define CONTRACT_MAX_HANDLES 8u

typedef struct contract_field {
    uint16_t kind;        /* contract_field_kind_t */
    uint16_t offset;      /* byte offset of the 64-bit handle in the message */
    uint32_t max_bytes;   /* BYTES, STRING: largest block size allowed */
    uint32_t contract_id; /* ENDPOINT: the contract it must be or extend */
    uint16_t side;        /* ENDPOINT: contract_side_t of the endpoint */
    uint16_t state;       /* ENDPOINT: state index (in that contract) the
                             endpoint must be in when it is sent */
    uint16_t count_offset; /* VECTOR: where its count (a byte) is */
    uint16_t index;       /* VECTOR: which element this is */
} contract_field_t;

typedef struct contract_message {
    SIP_CSTR const char *name;
    uint16_t id;          /* index in contract_table_t.messages */
    uint16_t dir;         /* contract_dir_t */
    uint32_t wire_size;   /* exact byte length of the message body */
    uint16_t field_count; /* number of entries in fields */
    const contract_field_t *fields; /* handles only; NULL if none */
} contract_message_t;

#define CONTRACT_STATE_TERMINAL 0x1u /* declared terminal: no messages */
#define CONTRACT_STATE_ANONYMOUS 0x2u /* inside a sequence (`A? -> B!`) */

typedef struct contract_state {
    SIP_CSTR const char *name; /* "Ready", or "Ready#2" when anonymous */
    uint16_t flags;           /* CONTRACT_STATE_* */
    uint16_t first_transition;
    uint16_t transition_count;
} contract_state_t;

typedef struct contract_transition {
    uint16_t state;  /* from */
    uint16_t msg_id;
    uint16_t dir;    /* contract_dir_t, equal to the message's */
    uint16_t next;   /* to */
} contract_transition_t;

typedef struct contract_table {
    uint32_t id;          /* FNV-1a of the contract name */
    SIP_CSTR const char *name;
    uint16_t ancestor_count;
    const uint32_t *ancestors; /* own id first, then each base in turn */
    uint16_t message_count;
    const contract_message_t *messages;
    uint16_t state_count;
    const contract_state_t *states;
    uint16_t transition_count;
    const contract_transition_t *transitions;
    uint16_t start_state;
    /* queue_bound[d]: the most messages of direction d the sending side can
       send before it must receive one; the receive queue of the other side
       never holds more, so it can be preallocated. */
    uint16_t queue_bound[CONTRACT_DIR_COUNT];
} contract_table_t;

/* Results of contract_step (0 = allowed). */
typedef enum contract_step_err {
    CONTRACT_STEP_OK = 0,
    CONTRACT_STEP_BAD_STATE = 1,       /* state index out of range */
    CONTRACT_STEP_UNKNOWN_MESSAGE = 2, /* msg_id not in the contract */
    CONTRACT_STEP_WRONG_DIRECTION = 3, /* message exists, other direction */
    CONTRACT_STEP_NOT_ALLOWED = 4,     /* valid message, not in this state */
} contract_step_err_t;

/*@ // ACSL (docs/proofs.md): the kernel's reading of a table. Clang reads
    // these as comments.
    predicate contract_table_readable(contract_table_t *t) =
      \valid_read(t) &&
      \valid_read(t->messages + (0 .. t->message_count - 1)) &&
      \valid_read(t->states + (0 .. t->state_count - 1)) &&
      \valid_read(t->transitions + (0 .. t->transition_count - 1));

    // State s's transitions are transitions[first .. end), inside the table.
    logic integer contract_first(contract_table_t *t, integer s) = t->states[s].first_transition;
    logic integer contract_end(contract_table_t *t, integer s) =
      t->states[s].first_transition + t->states[s].transition_count;

    // i is the first transition of state s for message msg.
    predicate contract_offers(contract_table_t *t, integer s, integer msg, integer i) =
      contract_end(t, s) <= t->transition_count &&
      contract_first(t, s) <= i < contract_end(t, s) && t->transitions[i].msg_id == msg &&
      \forall integer j; contract_first(t, s) <= j < i ==> t->transitions[j].msg_id != msg;

    // Only one transition is the first for a message.
    lemma contract_offers_unique:
      \forall contract_table_t *t, integer s, msg, i, j;
        contract_offers(t, s, msg, i) && contract_offers(t, s, msg, j) ==> i == j;

    // The table lets message msg travel in direction dir from state s, to next.
    predicate contract_allows(contract_table_t *t, integer s, integer msg, integer dir,
                              integer next) =
      0 <= s < t->state_count && 0 <= msg < t->message_count &&
      t->messages[msg].dir == dir &&
      \exists integer i; contract_offers(t, s, msg, i) &&
        t->transitions[i].dir == dir && t->transitions[i].next == next &&
        next < t->state_count;
*/

/*
 * contract_step: may message msg_id travel in direction dir from state?
 * On CONTRACT_STEP_OK stores the state after it in *next; otherwise *next
 * is untouched. Errors, checked in this order: CONTRACT_STEP_BAD_STATE,
 * CONTRACT_STEP_UNKNOWN_MESSAGE, CONTRACT_STEP_WRONG_DIRECTION,
 * CONTRACT_STEP_NOT_ALLOWED.
 */
/*@ requires t == \null || contract_table_readable(t);
    requires dir == CONTRACT_DIR_IN || dir == CONTRACT_DIR_OUT;
    requires \valid(next);
    requires t != \null ==> \separated(next, t, t->messages + (0 .. t->message_count - 1),
                                        t->states + (0 .. t->state_count - 1),
                                        t->transitions + (0 .. t->transition_count - 1));
    behavior bad_state:
      assumes t == \null || state >= t->state_count;
      assigns \nothing;
      ensures \result == CONTRACT_STEP_BAD_STATE;
    behavior unknown_message:
      assumes t != \null && state < t->state_count && msg_id >= t->message_count;
      assigns \nothing;
      ensures \result == CONTRACT_STEP_UNKNOWN_MESSAGE;
    behavior wrong_direction:
      assumes t != \null && state < t->state_count && msg_id < t->message_count;
      assumes t->messages[msg_id].dir != dir;
      assigns \nothing;
      ensures \result == CONTRACT_STEP_WRONG_DIRECTION;
    behavior not_allowed:
      assumes t != \null && state < t->state_count && msg_id < t->message_count;
      assumes t->messages[msg_id].dir == dir;
      assumes !\exists integer n; contract_allows(t, state, msg_id, dir, n);
      assigns \nothing;
      ensures \result == CONTRACT_STEP_NOT_ALLOWED;
    behavior allowed:
      assumes t != \null && \exists integer n; contract_allows(t, state, msg_id, dir, n);
      assigns *next;
      ensures \result == CONTRACT_STEP_OK;
      ensures \let n = *next; \at(contract_allows(t, state, msg_id, dir, n), Pre);
    complete behaviors;
    disjoint behaviors;
*/
int contract_step(const contract_table_t *t, uint16_t state, uint16_t msg_id,
                  contract_dir_t dir, uint16_t *next);

/* contract_message_get: the message with this id, or NULL if none. */
/*@ requires t == \null || contract_table_readable(t);
    assigns \nothing;
    ensures t == \null || msg_id >= t->message_count ==> \result == \null;
    ensures t != \null && msg_id < t->message_count ==> \result == t->messages + msg_id;
*/
const contract_message_t *contract_message_get(const contract_table_t *t,
                                               uint16_t msg_id);

/* contract_is_a: is t the contract `id`, or does it extend it? */
/*@ requires t == \null || (\valid_read(t) &&
               \valid_read(t->ancestors + (0 .. t->ancestor_count - 1)));
    assigns \nothing;
    ensures \result == true <==> t != \null &&
      \exists integer i; 0 <= i < t->ancestor_count && t->ancestors[i] == id;
*/
bool contract_is_a(const contract_table_t *t, uint32_t id);

/* contract_step_error_name: a fixed string naming a contract_step result. */
SIP_CSTR const char *contract_step_error_name(int err);

#endif /* INSULA_CONTRACT_TABLE_H */
