/*
 * msg_queue.h — an endpoint's receive queue: a fixed ring of message slots.
 *
 * Pure code (kernel/lib/msg_queue.c), unit-tested on the host and proved
 * with Frama-C WP (docs/proofs.md): the queue is FIFO, loses nothing, and
 * never writes outside its slots or past a slot's body. The ACSL below is
 * the specification; clang reads it as comments.
 *
 * The slots and their bodies are allocated by the channel (channel.c,
 * queue_create), sized by the contract's queue bound, so queueing never
 * allocates: a full queue refuses instead. A message is queued in two
 * steps, so that its body is copied once, straight into its slot:
 * msg_queue_reserve names the next free slot (queueing nothing), the caller
 * fills that slot's body, and msg_queue_commit queues it.
 */
#ifndef INSULA_MSG_QUEUE_H
#define INSULA_MSG_QUEUE_H

#include <stdbool.h>
#include <stdint.h>

#include "insula/contract_table.h"

#define CHAN_MAX_TRANSFERS CONTRACT_MAX_HANDLES    /* handle fields per message */

typedef enum {
    TRANSFER_NONE = 0,
    TRANSFER_XBLOCK,
    TRANSFER_ENDPOINT,
} transfer_kind_t;

typedef struct {
    transfer_kind_t kind;
    uint16_t offset;          /* where the handle sits in the body */
    void *object;             /* xblock_t * or endpoint_t * */
} transfer_t;

/* One queued message; `body` holds up to the queue's body_size bytes. */
typedef struct message_slot {
    uint16_t msg_id;
    uint16_t transfer_count;
    uint32_t len;
    uint16_t next_state;      /* the contract state after this message: the
                                 sender's step, reused by the receiver */
    transfer_t transfers[CHAN_MAX_TRANSFERS];
    uint8_t *body;
} message_slot_t;

/* Messages queued at slots[head], slots[head + 1], ... (wrapping), count of them. */
typedef struct msg_queue {
    message_slot_t *slots;    /* capacity slots */
    uint32_t body_size;       /* bytes each slot's body holds */
    uint16_t capacity;
    uint16_t head;
    uint16_t count;
} msg_queue_t;

/*@ // The queue's shape: every slot and body readable and writable, the
    // bodies apart from each other and from the slots.
    predicate msg_queue_shape(msg_queue_t *q) =
      \valid(q) && 0 < q->capacity && q->head < q->capacity && q->count <= q->capacity &&
      \valid(q->slots + (0 .. q->capacity - 1)) &&
      \separated(q, q->slots + (0 .. q->capacity - 1));

    predicate msg_queue_bodies(msg_queue_t *q) =
      (\forall integer i; 0 <= i < q->capacity ==>
         \valid(q->slots[i].body + (0 .. q->body_size - 1)) &&
         \separated(q->slots[i].body + (0 .. q->body_size - 1),
                    q, q->slots + (0 .. q->capacity - 1))) &&
      (\forall integer i, j; 0 <= i < q->capacity && 0 <= j < q->capacity && i != j ==>
         \separated(q->slots[i].body + (0 .. q->body_size - 1),
                    q->slots[j].body + (0 .. q->body_size - 1)));

    predicate msg_queue_ok(msg_queue_t *q) = msg_queue_shape(q) && msg_queue_bodies(q);

    // The slot holding the i-th oldest message (0 <= i < capacity).
    logic integer msg_queue_index(msg_queue_t *q, integer i) =
      q->head + i < q->capacity ? q->head + i : q->head + i - q->capacity;

    // The slot of the i-th oldest message.
    logic message_slot_t *msg_queue_at(msg_queue_t *q, integer i) =
      q->slots + msg_queue_index(q, i);

    // The i-th oldest message at L1 is the j-th at L2 (its slot may differ),
    // one predicate per part so that each is a small goal; msg_queue_same
    // is all of them.
    predicate msg_queue_same_msg_id{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \at(msg_queue_at(q, i)->msg_id, L1) == \at(msg_queue_at(q, j)->msg_id, L2);
    predicate msg_queue_same_next_state{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \at(msg_queue_at(q, i)->next_state, L1) == \at(msg_queue_at(q, j)->next_state, L2);
    predicate msg_queue_same_len{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \at(msg_queue_at(q, i)->len, L1) == \at(msg_queue_at(q, j)->len, L2);
    predicate msg_queue_same_transfer_count{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \at(msg_queue_at(q, i)->transfer_count, L1) == \at(msg_queue_at(q, j)->transfer_count, L2);
    predicate msg_queue_same_body{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \at(msg_queue_at(q, i)->body, L1) == \at(msg_queue_at(q, j)->body, L2);
    predicate msg_queue_same_transfer_kind{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \forall integer k; 0 <= k < CHAN_MAX_TRANSFERS ==>
        \at(msg_queue_at(q, i)->transfers[k].kind, L1) ==
        \at(msg_queue_at(q, j)->transfers[k].kind, L2);
    predicate msg_queue_same_transfer_offset{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \forall integer k; 0 <= k < CHAN_MAX_TRANSFERS ==>
        \at(msg_queue_at(q, i)->transfers[k].offset, L1) ==
        \at(msg_queue_at(q, j)->transfers[k].offset, L2);
    predicate msg_queue_same_transfer_object{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \forall integer k; 0 <= k < CHAN_MAX_TRANSFERS ==>
        \at(msg_queue_at(q, i)->transfers[k].object, L1) ==
        \at(msg_queue_at(q, j)->transfers[k].object, L2);
    predicate msg_queue_same_bytes{L1, L2}(msg_queue_t *q, integer i, integer j) =
      \forall integer k; 0 <= k < \at(msg_queue_at(q, i)->len, L1) &&
                         k < \at(q->body_size, L1) ==>
        \at(msg_queue_at(q, i)->body[k], L1) == \at(msg_queue_at(q, j)->body[k], L2);

    predicate msg_queue_same{L1, L2}(msg_queue_t *q, integer i, integer j) =
      msg_queue_same_msg_id{L1, L2}(q, i, j) &&
      msg_queue_same_next_state{L1, L2}(q, i, j) &&
      msg_queue_same_len{L1, L2}(q, i, j) &&
      msg_queue_same_transfer_count{L1, L2}(q, i, j) &&
      msg_queue_same_body{L1, L2}(q, i, j) &&
      msg_queue_same_transfer_kind{L1, L2}(q, i, j) &&
      msg_queue_same_transfer_offset{L1, L2}(q, i, j) &&
      msg_queue_same_transfer_object{L1, L2}(q, i, j) &&
      msg_queue_same_bytes{L1, L2}(q, i, j);
*/

/*
 * Sets `q` up over `slots` (capacity of them) with the i-th slot's body at
 * bodies + i * body_size; empty.
 */
/*@ requires \valid(q) && 0 < capacity;
    requires \valid(slots + (0 .. capacity - 1));
    requires \valid(bodies + (0 .. capacity * body_size - 1));
    requires capacity * body_size <= UINT32_MAX;
    requires \separated(q, slots + (0 .. capacity - 1), bodies + (0 .. capacity * body_size - 1));
    requires \separated(slots + (0 .. capacity - 1), bodies + (0 .. capacity * body_size - 1));
    assigns *q, slots[0 .. capacity - 1].body;
    ensures msg_queue_shape(q);
    ensures \forall integer i; 0 <= i < capacity ==> slots[i].body == bodies + i * body_size;
    ensures q->count == 0 && q->capacity == capacity && q->body_size == body_size;
    ensures q->slots == slots;
*/
void msg_queue_init(msg_queue_t *q, message_slot_t *slots, uint16_t capacity, uint8_t *bodies,
                    uint32_t body_size);

/*
 * The slot the next message goes into (its body is the caller's to fill),
 * or NULL when the queue is full. Queues nothing.
 */
/*@ requires msg_queue_ok(q);
    assigns \nothing;
    ensures q->count == q->capacity ==> \result == \null;
    ensures q->count < q->capacity ==> \result == msg_queue_at(q, q->count);
*/
message_slot_t *msg_queue_reserve(msg_queue_t *q);

/*
 * Queues the message in the slot msg_queue_reserve names, whose body the
 * caller has filled (len bytes): false, and nothing changed, when the queue
 * is full, len is longer than a slot's body, or transfer_count is over
 * CHAN_MAX_TRANSFERS. next_state is kept for the receiver.
 */
/*@ requires msg_queue_ok(q);
    requires \valid_read(transfers + (0 .. transfer_count - 1));
    requires \separated(transfers + (0 .. transfer_count - 1), q, q->slots + (0 .. q->capacity - 1));
    // (The shape is kept: count, head, capacity and slots below. That the
    // bodies part of msg_queue_ok is kept follows from the assigns clause,
    // which leaves every body pointer and every body byte alone; it is not
    // restated here.)
    behavior refused:
      assumes q->count == q->capacity || len > q->body_size ||
              transfer_count > CHAN_MAX_TRANSFERS;
      assigns \nothing;
      ensures \result == false;
    behavior queued:
      assumes q->count < q->capacity && len <= q->body_size &&
              transfer_count <= CHAN_MAX_TRANSFERS;
      assigns q->count, q->slots[msg_queue_index(q, q->count)].msg_id,
              q->slots[msg_queue_index(q, q->count)].next_state,
              q->slots[msg_queue_index(q, q->count)].len,
              q->slots[msg_queue_index(q, q->count)].transfer_count,
              q->slots[msg_queue_index(q, q->count)].transfers[0 .. CHAN_MAX_TRANSFERS - 1];
      ensures \result == true;
      ensures q->count == \old(q->count) + 1;
      ensures q->head == \old(q->head) && q->capacity == \old(q->capacity);
      ensures q->slots == \old(q->slots) && q->body_size == \old(q->body_size);
      // FIFO, no loss: the new message goes after every queued one, into the
      // slot msg_queue_reserve named, which none of them occupies; the
      // assigns clause above says nothing else is written, so every queued
      // message (and the new one's body) stays as it was.
      ensures msg_queue_index(q, \old(q->count)) == \old(msg_queue_index(q, q->count));
      ensures \forall integer i; 0 <= i < \old(q->count) ==>
                msg_queue_index(q, i) != msg_queue_index(q, \old(q->count));
      // The new message is the one asked for.
      ensures msg_queue_at(q, \old(q->count))->msg_id == msg_id;
      ensures msg_queue_at(q, \old(q->count))->next_state == next_state;
      ensures msg_queue_at(q, \old(q->count))->len == len;
      ensures msg_queue_at(q, \old(q->count))->transfer_count == transfer_count;
      ensures \forall integer k; 0 <= k < transfer_count ==>
                msg_queue_at(q, \old(q->count))->transfers[k].kind == transfers[k].kind;
      ensures \forall integer k; 0 <= k < transfer_count ==>
                msg_queue_at(q, \old(q->count))->transfers[k].offset == transfers[k].offset;
      ensures \forall integer k; 0 <= k < transfer_count ==>
                msg_queue_at(q, \old(q->count))->transfers[k].object == transfers[k].object;
    complete behaviors;
    disjoint behaviors;
*/
bool msg_queue_commit(msg_queue_t *q, uint16_t msg_id, uint16_t next_state, uint32_t len,
                      const transfer_t *transfers, uint16_t transfer_count);

/* The oldest message, or NULL when the queue is empty. */
/*@ requires msg_queue_ok(q);
    assigns \nothing;
    ensures q->count == 0 ==> \result == \null;
    ensures q->count > 0 ==> \result == q->slots + q->head;
*/
message_slot_t *msg_queue_front(msg_queue_t *q);

/* Drops the oldest message (its transfers and next_state already taken);
 * false when empty. */
/*@ requires msg_queue_ok(q);
    ensures msg_queue_ok(q);
    behavior empty:
      assumes q->count == 0;
      assigns \nothing;
      ensures \result == false;
    behavior dropped:
      assumes q->count > 0;
      assigns q->head, q->count;
      ensures \result == true;
      ensures q->count == \old(q->count) - 1;
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_msg_id{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_next_state{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_len{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_transfer_count{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_body{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_transfer_kind{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_transfer_offset{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_transfer_object{Pre, Post}(q, i + 1, i);
      ensures \forall integer i; 0 <= i < q->count ==> msg_queue_same_bytes{Pre, Post}(q, i + 1, i);
    complete behaviors;
    disjoint behaviors;
*/
bool msg_queue_pop(msg_queue_t *q);

#endif
