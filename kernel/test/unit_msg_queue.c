/* unit_msg_queue.c — an endpoint's receive queue (kernel/lib/msg_queue.c):
 * FIFO across the wrap, a full queue and an oversized message refused with
 * nothing changed, a body filled in the reserved slot kept, next_state and
 * transfers carried. */
#include "msg_queue.h"
#include "unit.h"

#include <string.h>

enum { CAPACITY = 3, BODY = 8 };

static message_slot_t slots[CAPACITY];
static uint8_t bodies[CAPACITY * BODY];
static msg_queue_t q;

static bool push_id(uint16_t id)
{
    message_slot_t *slot = msg_queue_reserve(&q);
    if (slot == NULL)
        return false;
    memset(slot->body, id, BODY);
    transfer_t t = { .kind = TRANSFER_XBLOCK, .offset = id, .object = &slots[0] };
    return msg_queue_commit(&q, id, (uint16_t)(id + 100), id % BODY, &t, 1);
}

static bool front_is(uint16_t id)
{
    message_slot_t *m = msg_queue_front(&q);
    if (m == NULL || m->msg_id != id || m->len != id % BODY || m->transfer_count != 1 ||
        m->next_state != id + 100 ||
        m->transfers[0].offset != id)
        return false;
    for (uint32_t i = 0; i < m->len; i++) {
        if (m->body[i] != (uint8_t)id)
            return false;
    }
    return true;
}

static void test_fifo_across_wrap(void)
{
    msg_queue_init(&q, slots, CAPACITY, bodies, BODY);
    CHECK(msg_queue_front(&q) == NULL && !msg_queue_pop(&q));
    uint16_t next_in = 1, next_out = 1;
    for (int round = 0; round < 10; round++) {
        while (push_id(next_in))
            next_in++;
        CHECK(q.count == CAPACITY);
        CHECK(front_is(next_out) && msg_queue_pop(&q));
        next_out++;
        CHECK(front_is(next_out) && msg_queue_pop(&q));
        next_out++;
    }
    while (msg_queue_front(&q) != NULL) {
        CHECK(front_is(next_out));
        msg_queue_pop(&q);
        next_out++;
    }
    CHECK(next_in == next_out);
}

static void test_refusals_change_nothing(void)
{
    msg_queue_init(&q, slots, CAPACITY, bodies, BODY);
    transfer_t many[CHAN_MAX_TRANSFERS + 1] = { { 0 } };
    message_slot_t *first = msg_queue_reserve(&q);
    CHECK(first != NULL && msg_queue_reserve(&q) == first && q.count == 0);
    CHECK(!msg_queue_commit(&q, 9, 1, BODY + 1, many, 0));
    CHECK(!msg_queue_commit(&q, 9, 1, 1, many, CHAN_MAX_TRANSFERS + 1));
    CHECK(q.count == 0 && msg_queue_front(&q) == NULL);
    CHECK(msg_queue_commit(&q, 9, 1, BODY, many, CHAN_MAX_TRANSFERS));
    CHECK(q.count == 1 && msg_queue_front(&q) == first && msg_queue_reserve(&q) != first);
    for (uint16_t i = 1; i < CAPACITY; i++)
        CHECK(msg_queue_commit(&q, 9, 1, 0, many, 0));
    CHECK(msg_queue_reserve(&q) == NULL && !msg_queue_commit(&q, 9, 1, 0, many, 0));
    CHECK(q.count == CAPACITY);
}

int main(void)
{
    test_fifo_across_wrap();
    test_refusals_change_nothing();
    return unit_summary("unit_msg_queue");
}
