/*
 * channel.c — channels: queues, contract checks, delivery, close
 * (see channel.h). Ownership of endpoints and blocks (handle tables,
 * regions) is the ABI layer's business (abi_channel.c); this file only
 * moves messages and keeps each end's contract state.
 */
#include "channel.h"

#include "fmt.h"
#include "heap.h"
#include "panic.h"
#include "sip.h"

#include <stddef.h>

/* The direction of messages that `side` sends. */
static contract_dir_t send_dir(contract_side_t side)
{
    return side == CONTRACT_SIDE_IMP ? CONTRACT_DIR_IN : CONTRACT_DIR_OUT;
}

/* Largest body of the messages travelling in `dir`. */
static uint32_t largest_message(const contract_table_t *c, contract_dir_t dir)
{
    uint32_t max = 0;
    for (uint16_t i = 0; i < c->message_count; i++) {
        if (c->messages[i].dir == dir && c->messages[i].wire_size > max)
            max = c->messages[i].wire_size;
    }
    return max;
}

/* The bytes of the queue of messages arriving at side `side`. */
static uint64_t queue_bytes(const contract_table_t *c, contract_side_t side, uint16_t *capacity,
                            uint64_t *stride)
{
    contract_dir_t arriving = send_dir(side == CONTRACT_SIDE_IMP ? CONTRACT_SIDE_EXP
                                                                 : CONTRACT_SIDE_IMP);
    *capacity = c->queue_bound[arriving] > 0 ? c->queue_bound[arriving] : 1;
    *stride = (largest_message(c, arriving) + 15u) & ~15u;
    return *capacity * (sizeof(message_slot_t) + *stride);
}

/* What a channel of contract `c` takes from the kernel heap (charged to its creator). */
static uint64_t channel_bytes(const contract_table_t *c)
{
    uint16_t capacity;
    uint64_t stride;
    return sizeof(channel_t) + queue_bytes(c, CONTRACT_SIDE_IMP, &capacity, &stride) +
           queue_bytes(c, CONTRACT_SIDE_EXP, &capacity, &stride);
}

/* Allocates the queue of messages arriving at `ep` (sent by its peer). */
static err_t queue_create(endpoint_t *ep)
{
    uint16_t capacity;
    uint64_t stride;
    message_slot_t *slots = kzalloc(queue_bytes(ep->chan->contract, ep->side, &capacity, &stride));
    if (slots == NULL)
        return ERR_NO_MEMORY;
    msg_queue_init(&ep->queue, slots, capacity, (uint8_t *)(slots + capacity), (uint32_t)stride);
    return OK;
}

err_t contract_check_limits(const contract_table_t *c)
{
    for (uint16_t i = 0; i < c->message_count; i++) {
        const contract_message_t *m = &c->messages[i];
        if (m->field_count > CHAN_MAX_TRANSFERS)
            return ERR_RANGE;
        /* A vector's count lies in the body; handles lie wholly in it. */
        for (uint16_t k = 0; k < m->field_count; k++) {
            const contract_field_t *f = &m->fields[k];
            if ((uint32_t)f->offset + 8u > m->wire_size ||
                ((f->kind & CONTRACT_FIELD_VECTOR) != 0 && f->count_offset >= m->wire_size))
                return ERR_RANGE;
        }
    }
    return OK;
}

err_t channel_create(uint32_t contract_id, struct sip *owner, endpoint_t **imp, endpoint_t **exp)
{
    const contract_table_t *c = contract_find(contract_id);
    if (c == NULL)
        return ERR_NOT_FOUND;
    if (contract_check_limits(c) != OK)
        return ERR_RANGE;
    if (owner != NULL && sip_reserve(owner, (sip_need_t){ .bytes = channel_bytes(c) }) != OK)
        return ERR_QUOTA;
    channel_t *ch = kzalloc(sizeof(*ch));
    if (ch == NULL)
        return ERR_NO_MEMORY;
    ch->contract = ch->created = c;
    for (int s = 0; s < 2; s++) {
        endpoint_t *ep = &ch->ends[s];
        *ep = (endpoint_t){ .chan = ch, .side = (contract_side_t)s, .state = c->start_state,
                            .owner = owner };
    }
    if (queue_create(&ch->ends[0]) != OK || queue_create(&ch->ends[1]) != OK) {
        kfree(ch->ends[0].queue.slots);
        kfree(ch->ends[1].queue.slots);
        kfree(ch);
        return ERR_NO_MEMORY;
    }
    sip_charge_hold(owner, &ch->charge, channel_bytes(c));
    *imp = &ch->ends[CONTRACT_SIDE_IMP];
    *exp = &ch->ends[CONTRACT_SIDE_EXP];
    return OK;
}

/* Whether end `ep`'s view and queue lie within `base` (channel_narrow). */
static bool end_within(const endpoint_t *ep, const contract_table_t *base)
{
    uint16_t state = ep->state;
    if (state >= base->state_count)
        return false;
    for (uint16_t i = 0; i < ep->queue.count; i++) {
        const message_slot_t *slot = &ep->queue.slots[(ep->queue.head + i) % ep->queue.capacity];
        uint16_t next;
        /* The peer sent it: its direction is the peer's send direction. */
        contract_dir_t dir = ep->side == CONTRACT_SIDE_IMP ? CONTRACT_DIR_OUT : CONTRACT_DIR_IN;
        if (contract_step(base, state, slot->msg_id, dir, &next) != CONTRACT_STEP_OK ||
            next != slot->next_state)
            return false;
        state = next;
    }
    return true;
}

err_t channel_narrow(channel_t *ch, uint32_t id)
{
    if (ch->contract->id == id)
        return OK;
    if (!contract_is_a(ch->contract, id))
        return ERR_WRONG_CONTRACT;
    const contract_table_t *base = contract_find(id);
    /* Invariant: every ancestor of a known contract is known (the registry
       holds every contract of the build, bases included). */
    KASSERT(base != NULL);
    if (!end_within(&ch->ends[0], base) || !end_within(&ch->ends[1], base))
        return ERR_BUSY;
    ch->contract = base;
    return OK;
}

bool channel_narrowed_away(const endpoint_t *ep, uint16_t msg_id, uint64_t len)
{
    const contract_table_t *c = ep->chan->created;
    uint16_t next;
    const contract_message_t *m = contract_message_get(c, msg_id);
    return c != ep->chan->contract && m != NULL && m->wire_size == len &&
           contract_step(c, ep->state, msg_id, send_dir(ep->side), &next) == CONTRACT_STEP_OK;
}

endpoint_t *endpoint_peer(endpoint_t *ep)
{
    return &ep->chan->ends[ep->side == CONTRACT_SIDE_IMP ? CONTRACT_SIDE_EXP : CONTRACT_SIDE_IMP];
}

bool endpoint_peer_closed(const endpoint_t *ep)
{
    return endpoint_peer((endpoint_t *)ep)->closed;
}

const contract_message_t *channel_message(const endpoint_t *ep, uint16_t msg_id)
{
    return contract_message_get(ep->chan->contract, msg_id);
}

err_t channel_check_send(const endpoint_t *ep, uint16_t msg_id, uint64_t len, char *why,
                         uint64_t why_size)
{
    uint16_t next;
    return channel_check_send_step(ep, msg_id, len, &next, why, why_size);
}

err_t channel_check_send_step(const endpoint_t *ep, uint16_t msg_id, uint64_t len,
                              uint16_t *next, char *why, uint64_t why_size)
{
    const contract_table_t *c = ep->chan->contract;
    int step = contract_step(c, ep->state, msg_id, send_dir(ep->side), next);
    if (step != CONTRACT_STEP_OK) {
        const contract_message_t *m = contract_message_get(c, msg_id);
        fmt_snprintf(why, why_size, "contract violation: %s %s in %s state %s",
                     m != NULL ? m->name : "unknown message", contract_step_error_name(step),
                     c->name, ep->state < c->state_count ? c->states[ep->state].name : "?");
        return ERR_INVALID;
    }
    const contract_message_t *m = contract_message_get(c, msg_id);
    if (len != m->wire_size) {
        fmt_snprintf(why, why_size, "contract violation: %s.%s is %u bytes, not %llu", c->name,
                     m->name, m->wire_size, (unsigned long long)len);
        return ERR_INVALID;
    }
    return OK;
}

void channel_violation_detail(const endpoint_t *ep, uint16_t msg_id, char *buf, uint64_t size)
{
    const contract_table_t *c = ep->chan->contract;
    const contract_message_t *m = contract_message_get(c, msg_id);
    bool state_ok = ep->state < c->state_count;
    uint64_t used = (uint64_t)fmt_snprintf(
        buf, size, "sent %s.%s from the %s end in state %s; allowed there:", c->name,
        m != NULL ? m->name : "(unknown message)", ep->side == CONTRACT_SIDE_IMP ? "imp" : "exp",
        state_ok ? c->states[ep->state].name : "?");
    const contract_state_t *st = state_ok ? &c->states[ep->state] : NULL;
    uint32_t listed = 0;
    for (uint32_t i = 0; st != NULL && i < st->transition_count && used < size; i++) {
        uint32_t t = (uint32_t)st->first_transition + i;
        if (t >= c->transition_count)
            break;
        const contract_message_t *allowed = contract_message_get(c, c->transitions[t].msg_id);
        bool sends = c->transitions[t].dir == (uint16_t)send_dir(ep->side);
        used += (uint64_t)fmt_snprintf(buf + used, size - used, " %s %s", sends ? "send" : "receive",
                                       allowed != NULL ? allowed->name : "?");
        listed++;
    }
    if (listed == 0 && used < size)
        fmt_snprintf(buf + used, size - used, " nothing (a terminal state)");
}

__attribute__((always_inline)) void channel_copy(uint8_t *dst, const uint8_t *src, uint64_t len)
{
    uint64_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t word;
        __builtin_memcpy(&word, src + i, 8);
        __builtin_memcpy(dst + i, &word, 8);
    }
    for (; i < len; i++)
        dst[i] = src[i];
}

message_slot_t *channel_slot_next(endpoint_t *ep)
{
    message_slot_t *slot = msg_queue_reserve(&endpoint_peer(ep)->queue);
    /* Invariant: the contract's queue bound holds, so the peer has room. */
    KASSERT(slot != NULL);
    return slot;
}

void channel_commit(endpoint_t *ep, uint16_t msg_id, uint16_t next, uint32_t len,
                    const transfer_t *transfers, uint16_t transfer_count)
{
    bool queued = msg_queue_commit(&endpoint_peer(ep)->queue, msg_id, next, len, transfers,
                                   transfer_count);
    /* Invariant: checked by channel_check_send_step (room, size, handles). */
    KASSERT(queued);
    ep->state = next;
}

void channel_deliver(endpoint_t *ep, uint16_t msg_id, const uint8_t *body, uint32_t len,
                     const transfer_t *transfers, uint16_t transfer_count)
{
    uint16_t next;
    int step = contract_step(ep->chan->contract, ep->state, msg_id, send_dir(ep->side), &next);
    /* Invariant: the caller checked the message (channel_check_send). */
    KASSERT(step == CONTRACT_STEP_OK);
    channel_copy(channel_slot_next(ep)->body, body, len);
    channel_commit(ep, msg_id, next, len, transfers, transfer_count);
}

message_slot_t *endpoint_front(endpoint_t *ep)
{
    return msg_queue_front(&ep->queue);
}

void endpoint_pop(endpoint_t *ep)
{
    message_slot_t *slot = msg_queue_front(&ep->queue);
    KASSERT(slot != NULL);
    /* The sender's step, carried in the slot: one step per message. */
    ep->state = slot->next_state;
    msg_queue_pop(&ep->queue);
}

/* Destroys what a queued message carries (blocks freed, endpoints closed). */
static void slot_discard(message_slot_t *slot, const char *reason)
{
    for (uint16_t i = 0; i < slot->transfer_count; i++) {
        transfer_t *t = &slot->transfers[i];
        if (t->kind == TRANSFER_XBLOCK)
            xblock_destroy(t->object);
        else if (t->kind == TRANSFER_ENDPOINT)
            endpoint_close(t->object, reason);
    }
    slot->transfer_count = 0;
}

/*
 * Closing an end destroys what is queued at it, which may close endpoints
 * in flight, whose queues may hold more: closes nest. Channels are freed
 * only when the outermost close finishes, so no queue being walked is freed
 * under it.
 */
static int close_depth;
static channel_t *free_pending;

static void channels_free_pending(void)
{
    while (free_pending != NULL) {
        channel_t *ch = free_pending;
        free_pending = ch->free_next;
        sip_charge_drop(&ch->charge);
        kfree(ch->ends[0].queue.slots);
        kfree(ch->ends[1].queue.slots);
        kfree(ch);
    }
}

void endpoint_close(endpoint_t *ep, const char *reason)
{
    if (ep->closed)
        return;
    close_depth++;
    channel_t *ch = ep->chan;
    if (!endpoint_peer(ep)->closed) {
        size_t i = 0;
        for (; reason[i] && i + 1 < CHAN_REASON_MAX; i++)
            ch->close_reason[i] = reason[i];
        ch->close_reason[i] = '\0';
    }
    ep->closed = true;
    ep->owner = NULL;
    thread_wake_all(&ep->waiters);
    if (!endpoint_peer(ep)->closed)
        endpoint_wake_owner(endpoint_peer(ep));
    message_slot_t *slot;
    while ((slot = msg_queue_front(&ep->queue)) != NULL) {
        slot_discard(slot, "its channel was closed in flight");
        msg_queue_pop(&ep->queue);
    }
    if (endpoint_peer(ep)->closed) {
        ch->free_next = free_pending;
        free_pending = ch;
    }
    if (--close_depth == 0)
        channels_free_pending();
}
