/* mock_chan_rt.c: see mock_chan_rt.h. */
#include "mock_chan_rt.h"

#include <string.h>

#define MOCK_CHANNELS 16
#define MOCK_QUEUE 8

typedef struct mock_msg {
    uint16_t id;
    size_t len;
    _Alignas(8) uint8_t body[CHAN_RT_MAX_MESSAGE];
} mock_msg_t;

typedef struct mock_end {
    mock_msg_t queue[MOCK_QUEUE]; /* messages waiting for this end */
    unsigned head, count;
    uint16_t state;               /* this end's view of the contract */
} mock_end_t;

typedef struct mock_chan {
    const contract_table_t *table;
    bool closed;
    mock_end_t end[2];            /* [CONTRACT_SIDE_IMP], [..._EXP] */
} mock_chan_t;

static mock_chan_t mock_chans[MOCK_CHANNELS];
static unsigned mock_count;
int mock_violation;
int mock_bound_exceeded;

void mock_reset(void)
{
    memset(mock_chans, 0, sizeof mock_chans);
    mock_count = 0;
    mock_violation = 0;
    mock_bound_exceeded = 0;
}

/* Handles: 1 + 2 * channel + side, so 0 is never valid. */
static mock_chan_t *mock_lookup(chan_handle_t ep, contract_side_t *side)
{
    if (ep == 0 || ep > 2u * mock_count)
        return NULL;
    *side = (contract_side_t)((ep - 1) % 2);
    return &mock_chans[(ep - 1) / 2];
}

err_t mock_chan_create(const contract_table_t *t, chan_handle_t *imp,
                       chan_handle_t *exp)
{
    mock_chan_t *c;

    if (mock_count == MOCK_CHANNELS)
        return MOCK_ERR_FULL;
    c = &mock_chans[mock_count++];
    memset(c, 0, sizeof *c);
    c->table = t;
    c->end[0].state = c->end[1].state = t->start_state;
    *imp = 2u * (mock_count - 1) + 1;
    *exp = *imp + 1;
    return OK;
}

uint16_t mock_chan_state(chan_handle_t ep)
{
    contract_side_t side;
    mock_chan_t *c = mock_lookup(ep, &side);

    return c ? c->end[side].state : 0xffff;
}

static contract_dir_t mock_send_dir(contract_side_t side)
{
    return side == CONTRACT_SIDE_IMP ? CONTRACT_DIR_IN : CONTRACT_DIR_OUT;
}

/* mock_admit: the kernel's check of one send; closes on a violation. */
static bool mock_admit(mock_chan_t *c, contract_side_t side, uint16_t id,
                       size_t len, uint16_t *next)
{
    const contract_message_t *m = contract_message_get(c->table, id);
    int rc = contract_step(c->table, c->end[side].state, id,
                           mock_send_dir(side), next);

    if (rc == CONTRACT_STEP_OK && m->wire_size != len)
        rc = MOCK_BAD_SIZE;
    if (rc != CONTRACT_STEP_OK) {
        mock_violation = rc;
        c->closed = true;
    }
    return rc == CONTRACT_STEP_OK;
}

uint64_t mock_moved[MOCK_MAX_MOVED];
unsigned mock_moved_count;

/* mock_handles: the handles of message msg_id in body, into mock_moved;
   false if a field that is not nullable holds 0, or a vector's element is
   0 below its count or not 0 past it. */
static bool mock_handles(const contract_table_t *t, uint16_t msg_id,
                         const uint8_t *body)
{
    const contract_message_t *m = contract_message_get(t, msg_id);

    mock_moved_count = 0;
    for (uint16_t i = 0; m != NULL && i < m->field_count; i++) {
        uint64_t h;

        memcpy(&h, body + m->fields[i].offset, sizeof h);
        if (m->fields[i].kind & CONTRACT_FIELD_VECTOR) {
            /* As the kernel: present below the count, 0 past it. */
            bool present = m->fields[i].index < body[m->fields[i].count_offset];
            if (present != (h != 0))
                return false;
        } else if (h == 0 && !(m->fields[i].kind & CONTRACT_FIELD_NULLABLE))
            return false;
        if (h != 0 && mock_moved_count < MOCK_MAX_MOVED)
            mock_moved[mock_moved_count++] = h;
    }
    return true;
}

err_t chan_rt_send(chan_handle_t ep, uint16_t msg_id, const void *msg,
                   size_t len)
{
    contract_side_t side;
    mock_chan_t *c = mock_lookup(ep, &side);
    mock_end_t *peer;
    uint16_t next;
    mock_msg_t *slot;

    if (c == NULL)
        return CHAN_RT_ERR_BAD_HANDLE;
    if (c->closed || !mock_admit(c, side, msg_id, len, &next))
        return CHAN_RT_ERR_CLOSED;
    if (!mock_handles(c->table, msg_id, msg))
        return CHAN_RT_ERR_BAD_HANDLE;
    peer = &c->end[1 - side];
    if (peer->count == MOCK_QUEUE)
        return MOCK_ERR_FULL;
    slot = &peer->queue[(peer->head + peer->count++) % MOCK_QUEUE];
    slot->id = msg_id;
    slot->len = len;
    if (len > 0)
        memcpy(slot->body, msg, len);
    if (peer->count > c->table->queue_bound[mock_send_dir(side)])
        mock_bound_exceeded = 1;
    c->end[side].state = next;
    return OK;
}

err_t chan_rt_recv(chan_handle_t ep, uint16_t *msg_id, void *buf, size_t cap,
                   size_t *len)
{
    contract_side_t side;
    mock_chan_t *c = mock_lookup(ep, &side);
    mock_end_t *me;
    mock_msg_t *m;

    if (c == NULL)
        return CHAN_RT_ERR_BAD_HANDLE;
    me = &c->end[side];
    if (me->count == 0)
        return c->closed ? CHAN_RT_ERR_CLOSED : MOCK_ERR_WOULD_BLOCK;
    m = &me->queue[me->head];
    if (m->len > cap)
        return CHAN_RT_ERR_TOO_BIG;
    /* The receiver's view follows the same message (admitted at send). */
    if (contract_step(c->table, me->state, m->id,
                      mock_send_dir((contract_side_t)(1 - side)),
                      &me->state) != CONTRACT_STEP_OK)
        mock_violation = -1;
    *msg_id = m->id;
    *len = m->len;
    memcpy(buf, m->body, m->len);
    me->head = (me->head + 1) % MOCK_QUEUE;
    me->count--;
    return OK;
}

void (*mock_on_wait)(void);

err_t chan_rt_call(chan_handle_t ep, uint16_t msg_id, const void *msg, size_t len,
                   uint16_t *reply_id, void *buf, size_t cap, size_t *reply_len,
                   bool *sent)
{
    contract_side_t side;
    mock_chan_t *c;
    err_t rc = chan_rt_send(ep, msg_id, msg, len);

    *sent = rc == OK;
    if (rc != OK)
        return rc;
    c = mock_lookup(ep, &side);
    if (c != NULL && c->end[side].count == 0 && mock_on_wait != NULL)
        mock_on_wait();
    return chan_rt_recv(ep, reply_id, buf, cap, reply_len);
}

err_t __insula_chan_rt_wait_any(const chan_handle_t *eps, size_t count, size_t capacity,
                                size_t *ready)
{
    if (count == 0 || count > capacity)
        return CHAN_RT_ERR_RANGE;
    for (size_t i = 0; i < count; i++) {
        contract_side_t side;
        mock_chan_t *c = mock_lookup(eps[i], &side);

        if (c == NULL) {
            *ready = i;
            return CHAN_RT_ERR_BAD_HANDLE;
        }
        if (c->end[side].count > 0 || c->closed) {
            *ready = i;
            return OK;
        }
    }
    return MOCK_ERR_WOULD_BLOCK;
}

err_t chan_rt_contract_is(chan_handle_t ep, uint32_t contract_id)
{
    contract_side_t side;
    mock_chan_t *c = mock_lookup(ep, &side);

    if (c == NULL)
        return CHAN_RT_ERR_BAD_HANDLE;
    return contract_is_a(c->table, contract_id) ? OK
                                                : CHAN_RT_ERR_WRONG_CONTRACT;
}
