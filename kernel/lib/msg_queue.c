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

/* The slot `i` places after the oldest message (i <= capacity). */
/*@ requires \valid_read(q) && 0 < q->capacity && q->head < q->capacity && i <= q->capacity;
    assigns \nothing;
    ensures \result == msg_queue_index(q, i);
*/
static uint16_t msg_queue_slot(const msg_queue_t *q, uint32_t i)
{
    uint32_t at = (uint32_t)q->head + i;
    return (uint16_t)(at < q->capacity ? at : at - q->capacity);
}

/*@ requires n <= CHAN_MAX_TRANSFERS;
    requires \valid(slot) && \valid_read(src + (0 .. n - 1));
    requires \separated(slot, src + (0 .. n - 1));
    assigns slot->transfers[0 .. CHAN_MAX_TRANSFERS - 1];
    ensures \forall integer k; 0 <= k < n ==> slot->transfers[k].kind == src[k].kind;
    ensures \forall integer k; 0 <= k < n ==> slot->transfers[k].offset == src[k].offset;
    ensures \forall integer k; 0 <= k < n ==> slot->transfers[k].object == src[k].object;
*/
static void transfers_copy(message_slot_t *slot, const transfer_t *src, uint16_t n)
{
    /*@ loop invariant 0 <= i <= n;
        loop invariant \forall integer k; 0 <= k < i ==> slot->transfers[k].kind == src[k].kind;
        loop invariant \forall integer k; 0 <= k < i ==>
                         slot->transfers[k].offset == src[k].offset;
        loop invariant \forall integer k; 0 <= k < i ==>
                         slot->transfers[k].object == src[k].object;
        loop assigns i, slot->transfers[0 .. CHAN_MAX_TRANSFERS - 1];
        loop variant n - i;
    */
    for (uint16_t i = 0; i < n; i++) {
        slot->transfers[i].kind = src[i].kind;
        slot->transfers[i].offset = src[i].offset;
        slot->transfers[i].object = src[i].object;
    }
}

message_slot_t *msg_queue_reserve(msg_queue_t *q)
{
    return q->count < q->capacity ? &q->slots[msg_queue_slot(q, q->count)] : NULL;
}

bool msg_queue_commit(msg_queue_t *q, uint16_t msg_id, uint16_t next_state, uint32_t len,
                      const transfer_t *transfers, uint16_t transfer_count)
{
    if (q->count >= q->capacity || len > q->body_size || transfer_count > CHAN_MAX_TRANSFERS)
        return false;
    message_slot_t *slot = &q->slots[msg_queue_slot(q, q->count)];
    slot->msg_id = msg_id;
    slot->next_state = next_state;
    slot->len = len;
    slot->transfer_count = transfer_count;
    transfers_copy(slot, transfers, transfer_count);
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
