/*
 * abi_channel.c — the channel and exchange-heap entries of the ABI, and the
 * ownership rules behind them (see channel.h and abi/abi.h).
 *
 * Ownership: an endpoint or block a SIP owns is reachable only through a
 * handle in that SIP's table; a block's pages are also one of the SIP's
 * writable regions (so ABI buffers may point into it) and are charged to
 * its quota. A send removes the handles (and the region and charge) from
 * the sender before the message is queued; a receive installs them in the
 * receiver. In between, the message owns them.
 */
#include "abi_internal.h"
#include "channel.h"
#include "sip.h"

#include "console.h"
#include "platform.h"
#include "timer.h"

#define WAIT_ANY_MAX 16
#define KILL_REASON_MAX 96

/* ---- ownership ---- */

err_t sip_own_endpoint(sip_t *sip, endpoint_t *ep, uint64_t *handle)
{
    err_t rc = handle_insert(&sip->handles, HANDLE_ENDPOINT, ep, handle);
    if (rc == OK)
        ep->owner = sip;
    return rc;
}

static err_t own_xblock(sip_t *sip, xblock_t *b, uint64_t *handle)
{
    err_t rc = sip_region_add(sip, b->base, b->pages, REGION_XBLOCK, true);
    if (rc != OK)
        return rc;
    rc = handle_insert(&sip->handles, HANDLE_XBLOCK, b, handle);
    if (rc != OK) {
        sip_region_forget(sip, b->base);
        return rc;
    }
    b->owner = sip;
    sip->heap_bytes += b->pages * PAGE_SIZE;
    return OK;
}

static void disown_xblock(sip_t *sip, xblock_t *b)
{
    sip_region_forget(sip, b->base);
    sip->heap_bytes -= b->pages * PAGE_SIZE;
    b->owner = NULL;
}

static void wake_owner(endpoint_t *ep)
{
    if (ep->owner != NULL)
        thread_wake_all(&ep->owner->chan_waiters);
}

static void close_and_tell(endpoint_t *ep, const char *reason)
{
    endpoint_t *peer = endpoint_peer(ep);
    endpoint_close(ep, reason);
    if (!peer->closed)
        wake_owner(peer);
}

void sip_channels_release(sip_t *sip, const char *reason)
{
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &sip->handles.slots[i];
        if (s->type == HANDLE_ENDPOINT) {
            close_and_tell(s->object, reason);
        } else if (s->type == HANDLE_XBLOCK) {
            disown_xblock(sip, s->object);
            xblock_destroy(s->object);
        } else {
            continue;
        }
        *s = (handle_slot_t){ .generation = s->generation + 1 };
        sip->handles.used--;
    }
}

/* ---- helpers ---- */

static bool writable(const sip_t *sip, const void *p, uint64_t len)
{
    return sip_owns(sip, (uint64_t)(uintptr_t)p, len, true);
}

static bool readable(const sip_t *sip, const void *p, uint64_t len)
{
    return sip_owns(sip, (uint64_t)(uintptr_t)p, len, false);
}

static endpoint_t *endpoint_of(const sip_t *sip, abi_handle_t h)
{
    void *object;
    return handle_lookup(&sip->handles, h, HANDLE_ENDPOINT, &object) == OK ? object : NULL;
}

/* ---- create, status ---- */

abi_status_t abi_chan_create(uint32_t contract_id, abi_handle_t *imp, abi_handle_t *exp)
{
    sip_t *sip = sip_current();
    if (!writable(sip, imp, sizeof(*imp)) || !writable(sip, exp, sizeof(*exp)))
        return ABI_ERR_BAD_ADDRESS;
    if (sip->handles.used + 2 > HANDLE_TABLE_SIZE)
        return ABI_ERR_QUOTA;
    bool enabled = irq_save();
    endpoint_t *i, *e;
    err_t rc = channel_create(contract_id, sip, &i, &e);
    if (rc == OK) {
        sip_own_endpoint(sip, i, imp);
        sip_own_endpoint(sip, e, exp);
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

abi_status_t abi_chan_status(abi_handle_t h, abi_chan_status_t *st)
{
    sip_t *sip = sip_current();
    endpoint_t *ep = endpoint_of(sip, h);
    if (ep == NULL)
        return ABI_ERR_BAD_HANDLE;
    if (!writable(sip, st, sizeof(*st)))
        return ABI_ERR_BAD_ADDRESS;
    bool enabled = irq_save();
    *st = (abi_chan_status_t){ .contract_id = ep->chan->contract->id, .side = ep->side,
                               .state = ep->state, .closed = endpoint_peer_closed(ep),
                               .queued = ep->queue_count };
    _Static_assert(sizeof(st->reason) == CHAN_REASON_MAX, "reason sizes agree");
    for (size_t i = 0; st->closed && i < CHAN_REASON_MAX; i++)
        st->reason[i] = ep->chan->close_reason[i];
    irq_restore(enabled);
    return ABI_OK;
}

/* ---- send ---- */

typedef struct {
    uint8_t body[CHAN_MAX_MESSAGE];
    transfer_t transfers[CHAN_MAX_TRANSFERS];
    uint64_t handles[CHAN_MAX_TRANSFERS];
    uint16_t count;
} outgoing_t;

/* Checks one handle field of the message: the caller must own a suitable object. */
static err_t field_decode(const sip_t *sip, const endpoint_t *from, const contract_field_t *f,
                          uint64_t h, transfer_t *t)
{
    void *object;
    if (f->kind == CONTRACT_FIELD_ENDPOINT) {
        if (handle_lookup(&sip->handles, h, HANDLE_ENDPOINT, &object) != OK)
            return ERR_BAD_HANDLE;
        endpoint_t *ep = object;
        bool same_channel = ep->chan == from->chan;
        bool state_ok = f->state == 0xFFFFu || ep->state == f->state;
        if (same_channel || !contract_is_a(ep->chan->contract, f->contract_id) ||
            ep->side != f->side || !state_ok)
            return ERR_BAD_HANDLE;
        *t = (transfer_t){ TRANSFER_ENDPOINT, f->offset, ep };
        return OK;
    }
    if (handle_lookup(&sip->handles, h, HANDLE_XBLOCK, &object) != OK)
        return ERR_BAD_HANDLE;
    if (((xblock_t *)object)->size > f->max_bytes)
        return ERR_RANGE;
    *t = (transfer_t){ TRANSFER_XBLOCK, f->offset, object };
    return OK;
}

static uint64_t read_u64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static void write_u64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Decodes every handle field; a handle may appear once. */
static err_t fields_decode(const sip_t *sip, const endpoint_t *ep, const contract_message_t *m,
                           outgoing_t *out)
{
    out->count = 0;
    for (uint16_t i = 0; i < m->field_count && i < CHAN_MAX_TRANSFERS; i++) {
        uint64_t h = read_u64(out->body + m->fields[i].offset);
        for (uint16_t k = 0; k < out->count; k++) {
            if (out->handles[k] == h)
                return ERR_BAD_HANDLE;
        }
        err_t rc = field_decode(sip, ep, &m->fields[i], h, &out->transfers[i]);
        if (rc != OK)
            return rc;
        out->handles[out->count++] = h;
    }
    return m->field_count <= CHAN_MAX_TRANSFERS ? OK : ERR_RANGE;
}

/* The caller broke the contract: it ends, and the peer learns why. */
__attribute__((noreturn)) static void violation(sip_t *sip, const char *why)
{
    kprintf("sip %s[%u]: %s\n", sip->name, sip->id, why);
    sip_kill(sip, why);
    thread_exit();
}

/* Takes the decoded objects away from the sender. */
static void fields_detach(sip_t *sip, outgoing_t *out)
{
    for (uint16_t i = 0; i < out->count; i++) {
        handle_type_t type;
        void *object;
        handle_remove(&sip->handles, out->handles[i], &type, &object);
        if (type == HANDLE_XBLOCK)
            disown_xblock(sip, object);
        else
            ((endpoint_t *)object)->owner = NULL;
        write_u64(out->body + out->transfers[i].offset, 0);
    }
}

abi_status_t abi_chan_send(abi_handle_t h, uint32_t msg_id, const void *msg, uint64_t len)
{
    static outgoing_t out;    /* single CPU, interrupts off while in use */
    sip_t *sip = sip_current();
    endpoint_t *ep = endpoint_of(sip, h);
    if (ep == NULL)
        return ABI_ERR_BAD_HANDLE;
    if (!readable(sip, msg, len))
        return ABI_ERR_BAD_ADDRESS;
    bool enabled = irq_save();
    char why[KILL_REASON_MAX];
    if (endpoint_peer_closed(ep)) {
        irq_restore(enabled);
        return ABI_ERR_CLOSED;
    }
    /* An id past 16 bits is checked as 0xFFFF, which no contract has (ids
     * are below message_count <= 0xFFFF), so `why` always gets its reason. */
    uint16_t id = msg_id > UINT16_MAX ? UINT16_MAX : (uint16_t)msg_id;
    if (channel_check_send(ep, id, len, why, sizeof(why)) != OK)
        violation(sip, why);
    const uint8_t *src = msg;
    for (uint64_t i = 0; i < len; i++)
        out.body[i] = src[i];
    err_t rc = fields_decode(sip, ep, channel_message(ep, id), &out);
    if (rc == OK) {
        fields_detach(sip, &out);
        channel_deliver(ep, id, out.body, (uint32_t)len, out.transfers, out.count);
        wake_owner(endpoint_peer(ep));
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

/* ---- receive ---- */

/* Ready when a message waits or the peer is gone. */
static bool endpoint_ready(endpoint_t *ep)
{
    return ep->queue_count > 0 || endpoint_peer_closed(ep);
}

/*
 * Blocks until one of the endpoints is ready or the deadline passes;
 * interrupts are off. The handles are looked up again before every look at
 * the endpoints: another thread of the caller may have closed one before or
 * while this one waited, and its endpoint (even its channel, reused since)
 * may be gone. Errors: ERR_TIMEOUT, ERR_BAD_HANDLE.
 */
static err_t wait_for(sip_t *sip, const abi_handle_t *handles, endpoint_t *const *eps,
                      uint32_t count, uint64_t timeout_ns, uint32_t *ready)
{
    uint64_t deadline = timeout_ns == ABI_WAIT_FOREVER ? 0 : time_ns_after(timeout_ns);
    for (;;) {
        for (uint32_t i = 0; i < count; i++) {
            if (endpoint_of(sip, handles[i]) != eps[i])
                return ERR_BAD_HANDLE;
        }
        for (uint32_t i = 0; i < count; i++) {
            if (endpoint_ready(eps[i])) {
                *ready = i;
                return OK;
            }
        }
        uint64_t left = deadline == 0 ? THREAD_FOREVER : time_ns_until(deadline);
        if (timeout_ns == 0 || left == 0)
            return ERR_TIMEOUT;
        thread_block(&sip->chan_waiters, left);
    }
}

/* Gives the receiver the objects a message carries; rewrites their handles. */
static err_t transfers_install(sip_t *sip, message_slot_t *slot)
{
    uint32_t blocks = 0;
    for (uint16_t i = 0; i < slot->transfer_count; i++)
        blocks += slot->transfers[i].kind == TRANSFER_XBLOCK;
    if (sip->handles.used + slot->transfer_count > HANDLE_TABLE_SIZE ||
        sip->region_count + blocks > SIP_MAX_REGIONS)
        return ERR_QUOTA;
    for (uint16_t i = 0; i < slot->transfer_count; i++) {
        transfer_t *t = &slot->transfers[i];
        uint64_t h = 0;
        if (t->kind == TRANSFER_XBLOCK)
            own_xblock(sip, t->object, &h);
        else
            sip_own_endpoint(sip, t->object, &h);
        write_u64(slot->body + t->offset, h);
    }
    slot->transfer_count = 0;
    return OK;
}

/*
 * Are chan_recv's outputs the caller's writable memory? Checked before it
 * waits and again after: while it waited, another of the caller's threads
 * may have freed them or sent them away in a block.
 */
static bool recv_outputs_owned(const sip_t *sip, const uint32_t *msg_id, const void *buf,
                               uint64_t cap, const uint64_t *len)
{
    return writable(sip, msg_id, sizeof(*msg_id)) && writable(sip, len, sizeof(*len)) &&
           writable(sip, buf, cap);
}

abi_status_t abi_chan_recv(abi_handle_t h, uint64_t timeout_ns, uint32_t *msg_id,
                                  void *buf, uint64_t cap, uint64_t *len)
{
    sip_t *sip = sip_current();
    endpoint_t *ep = endpoint_of(sip, h);
    if (ep == NULL)
        return ABI_ERR_BAD_HANDLE;
    if (!recv_outputs_owned(sip, msg_id, buf, cap, len))
        return ABI_ERR_BAD_ADDRESS;
    bool enabled = irq_save();
    uint32_t ready;
    err_t rc = wait_for(sip, &h, &ep, 1, timeout_ns, &ready);
    message_slot_t *slot = rc == OK ? endpoint_front(ep) : NULL;
    abi_status_t st = rc == OK && slot == NULL ? ABI_ERR_CLOSED : abi_status_of(rc);
    if (slot != NULL && slot->len > cap)
        st = ABI_ERR_RANGE;
    else if (slot != NULL && !recv_outputs_owned(sip, msg_id, buf, cap, len))
        st = ABI_ERR_BAD_ADDRESS;    /* given away while it waited; the message stays */
    else if (slot != NULL && (rc = transfers_install(sip, slot)) != OK)
        st = abi_status_of(rc);
    else if (slot != NULL) {
        uint8_t *dst = buf;
        for (uint32_t i = 0; i < slot->len; i++)
            dst[i] = slot->body[i];
        *msg_id = slot->msg_id;
        *len = slot->len;
        endpoint_pop(ep);
    }
    irq_restore(enabled);
    return st;
}

abi_status_t abi_chan_wait_any(const abi_handle_t *handles, uint32_t count,
                                      uint64_t timeout_ns, uint32_t *ready)
{
    sip_t *sip = sip_current();
    endpoint_t *eps[WAIT_ANY_MAX];
    abi_handle_t hs[WAIT_ANY_MAX];    /* copied: the caller's array may change meanwhile */
    if (count == 0 || count > WAIT_ANY_MAX)
        return ABI_ERR_RANGE;
    if (!readable(sip, handles, count * sizeof(*handles)) || !writable(sip, ready, sizeof(*ready)))
        return ABI_ERR_BAD_ADDRESS;
    for (uint32_t i = 0; i < count; i++) {
        hs[i] = handles[i];
        if ((eps[i] = endpoint_of(sip, hs[i])) == NULL)
            return ABI_ERR_BAD_HANDLE;
    }
    bool enabled = irq_save();
    uint32_t index;
    err_t rc = wait_for(sip, hs, eps, count, timeout_ns, &index);
    if (rc == OK && !writable(sip, ready, sizeof(*ready)))
        rc = ERR_BAD_ADDRESS;    /* freed by another of its threads while it waited */
    else if (rc == OK)
        *ready = index;
    irq_restore(enabled);
    return abi_status_of(rc);
}

/* ---- exchange heap ---- */

abi_status_t abi_xblock_alloc(uint64_t size, abi_handle_t *out, void **data)
{
    sip_t *sip = sip_current();
    if (!writable(sip, out, sizeof(*out)) || !writable(sip, data, sizeof(*data)))
        return ABI_ERR_BAD_ADDRESS;
    if (size == 0)
        return ABI_ERR_INVALID;
    if (size > XBLOCK_MAX_BYTES)
        return ABI_ERR_RANGE;
    uint64_t bytes = (size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    if (bytes > sip->quota_bytes - sip->heap_bytes || sip->handles.used == HANDLE_TABLE_SIZE ||
        sip->region_count == SIP_MAX_REGIONS)
        return ABI_ERR_QUOTA;
    bool enabled = irq_save();
    xblock_t *b;
    err_t rc = xblock_create(size, &b);
    if (rc == OK) {
        own_xblock(sip, b, out);
        *data = (void *)(uintptr_t)b->base;
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

abi_status_t abi_xblock_map(abi_handle_t h, void **data, uint64_t *size)
{
    sip_t *sip = sip_current();
    void *object;
    if (handle_lookup(&sip->handles, h, HANDLE_XBLOCK, &object) != OK)
        return ABI_ERR_BAD_HANDLE;
    if (!writable(sip, data, sizeof(*data)) || !writable(sip, size, sizeof(*size)))
        return ABI_ERR_BAD_ADDRESS;
    xblock_t *b = object;
    *data = (void *)(uintptr_t)b->base;
    *size = b->size;
    return ABI_OK;
}

/*
 * handle_close for endpoints and blocks (called with interrupts off). A
 * thread of the caller may be waiting on the endpoint: wake its waiters, so
 * the wait looks its handles up again and ends (ABI_ERR_BAD_HANDLE).
 */
void abi_channel_object_close(sip_t *sip, handle_type_t type, void *object)
{
    if (type == HANDLE_ENDPOINT) {
        close_and_tell(object, "closed by its owner");
        thread_wake_all(&sip->chan_waiters);
    } else if (type == HANDLE_XBLOCK) {
        disown_xblock(sip, object);
        xblock_destroy(object);
    }
}

