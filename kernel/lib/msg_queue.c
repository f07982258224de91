/*
 * msg_queue.c — an endpoint's receive queue (see msg_queue.h, which holds
 * the ACSL contracts this file is proved against: docs/proofs.md).
 */
#include "msg_queue.h"

#include <stddef.h>

void msg_queue_init(msg_queue_t *q, message_slot_t *slots, uint16_t capacity, uint8_t *bodies,
                    uint32_t body_size)
{
    /*@ loop invariant 0 <= i <= capacity;
        loop invariant \forall integer k; 0 <= k < i ==> slots[k].body == bodies + k * body_size;
        loop assigns i, slots[0 .. capacity - 1].body;
        loop variant capacity - i;
    */
    for (uint16_t i = 0; i < capacity; i++)
        slots[i].body = bodies + (uint32_t)i * body_size;
    *q = (msg_queue_t){ .slots = slots, .body_size = body_size, .capacity = capacity };
}

/* The slot `i` places after the oldest message (i < capacity). */
/*@ requires \valid_read(q) && 0 < q->capacity && q->head < q->capacity && i < q->capacity;
    assigns \nothing;
    ensures \result == msg_queue_index(q, i);
*/
static uint16_t msg_queue_slot(const msg_queue_t *q, uint32_t i)
{
    uint32_t at = (uint32_t)q->head + i;
    return (uint16_t)(at < q->capacity ? at : at - q->capacity);
}

bool msg_queue_push(msg_queue_t *q, uint16_t msg_id, const uint8_t *body, uint32_t len,
                    const transfer_t *transfers, uint16_t transfer_count)
{
    if (q->count >= q->capacity || len > q->body_size || transfer_count > CHAN_MAX_TRANSFERS)
        return false;
    uint16_t at = msg_queue_slot(q, q->count);
    message_slot_t *slot = &q->slots[at];
    //@ assert \valid(slot->body + (0 .. q->body_size - 1));
    //@ assert \separated(body + (0 .. len - 1), slot->body + (0 .. q->body_size - 1));
    //@ assert \forall integer j; 0 <= j < q->count ==> msg_queue_index(q, j) != at;
    slot->msg_id = msg_id;
    slot->len = len;
    slot->transfer_count = transfer_count;
    /*@ loop invariant 0 <= i <= transfer_count;
        loop invariant \forall integer k; 0 <= k < i ==>
          slot->transfers[k].kind == transfers[k].kind &&
          slot->transfers[k].offset == transfers[k].offset &&
          slot->transfers[k].object == transfers[k].object;
        loop invariant \forall integer j; 0 <= j < q->capacity ==>
          q->slots[j].body == \at(q->slots[j].body, LoopEntry);
        loop assigns i, slot->transfers[0 .. CHAN_MAX_TRANSFERS - 1];
        loop variant transfer_count - i;
    */
    for (uint16_t i = 0; i < transfer_count; i++)
        slot->transfers[i] = transfers[i];
    /*@ loop invariant 0 <= i <= len;
        loop invariant \forall integer k; 0 <= k < i ==> slot->body[k] == body[k];
        loop invariant \valid(slot->body + (0 .. q->body_size - 1));
        loop invariant \separated(body + (0 .. len - 1), slot->body + (0 .. q->body_size - 1));
        loop assigns i, slot->body[0 .. len - 1];
        loop variant len - i;
    */
    for (uint32_t i = 0; i < len; i++)
        slot->body[i] = body[i];
    q->count++;
    return true;
}

message_slot_t *msg_queue_front(msg_queue_t *q)
{
    return q->count > 0 ? &q->slots[q->head] : NULL;
}

bool msg_queue_pop(msg_queue_t *q)
{
    if (q->count == 0)
        return false;
    q->head = msg_queue_slot(q, 1);
    q->count--;
    return true;
}
