/*
 * abi_channel.c — the channel and exchange-heap entries of the ABI (see
 * channel.h and abi/abi.h), each decode-then-invoke. How endpoints and
 * blocks change owner at a send and a receive is ownership.c's business.
 */
#include "abi_internal.h"
#include "channel.h"
#include "message_fields.h"
#include "sip.h"

#include "console.h"
#include "panic.h"
#include "fmt.h"
#include "platform.h"
#include "timer.h"

#define WAIT_ANY_MAX THREAD_CHAN_WAITS_MAX
#define KILL_REASON_MAX 96

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
    bool enabled = irq_save();
    endpoint_t *i, *e;
    const contract_table_t *c = contract_find(contract_id);
    err_t rc = !writable(sip, imp, sizeof(*imp)) || !writable(sip, exp, sizeof(*exp))
                   ? ERR_BAD_ADDRESS
               : c == NULL ? ERR_NOT_FOUND : sip_admit_contract(sip, c);
    if (rc == OK)
        rc = sip_reserve(sip, (sip_need_t){ .handles = 2 });
    if (rc == OK)
        rc = channel_create(contract_id, sip, &i, &e);
    if (rc == OK) {
        rc = sip_own_endpoint(sip, i, imp);
        if (rc == OK)
            rc = sip_own_endpoint(sip, e, exp);
        /* Invariant: both handle slots were reserved. */
        KASSERT(rc == OK);
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

abi_status_t abi_chan_status(abi_handle_t h, abi_chan_status_t *st)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    endpoint_t *ep = endpoint_of(sip, h);
    abi_status_t bad = ep == NULL ? ABI_ERR_BAD_HANDLE
                       : !writable(sip, st, sizeof(*st)) ? ABI_ERR_BAD_ADDRESS : ABI_OK;
    if (bad != ABI_OK) {
        irq_restore(enabled);
        return bad;
    }
    *st = (abi_chan_status_t){ .contract_id = ep->chan->contract->id, .side = ep->side,
                               .state = ep->state, .closed = endpoint_peer_closed(ep),
                               .queued = ep->queue.count };
    _Static_assert(sizeof(st->reason) == CHAN_REASON_MAX, "reason sizes agree");
    for (size_t i = 0; st->closed && i < CHAN_REASON_MAX; i++)
        st->reason[i] = ep->chan->close_reason[i];
    irq_restore(enabled);
    return ABI_OK;
}

abi_status_t abi_chan_narrow(abi_handle_t h, uint32_t contract_id)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    endpoint_t *ep = endpoint_of(sip, h);
    err_t rc = ep == NULL ? ERR_BAD_HANDLE : channel_narrow(ep->chan, contract_id);
    irq_restore(enabled);
    return abi_status_of(rc);
}

/* ---- send ---- */

typedef struct {
    uint8_t *body;            /* the peer's next slot's body, filled in place */
    transfer_t transfers[CHAN_MAX_TRANSFERS];
    uint64_t handles[CHAN_MAX_TRANSFERS];
    uint16_t count;
} outgoing_t;

#define SENDER_PLACES 4

/*
 * Where the sender sent from: the calls in its image along the
 * frame-pointer chain that starts at `frame` (the send entry's own frame),
 * innermost first — the channel runtime, the contract binding, the SIP's
 * own call — each as the offset of the call instruction's last byte (its
 * return address - 1), so that it resolves to the line of the call. Every
 * frame read must lie on the sending thread's safe stack, where the frame
 * pointers live (no longer a region the SIP owns: the kernel writes no
 * results there), or in the sender's memory.
 */
static bool frame_readable(const sip_t *sip, uint64_t frame)
{
    uint64_t lo, hi;
    sip_thread_safe_stack(thread_current(), &lo, &hi);
    return (frame >= lo && frame <= hi - 16) || sip_owns(sip, frame, 16, false);
}

static uint32_t sender_places(const sip_t *sip, uint64_t frame, uint64_t *places)
{
    uint32_t n = 0;
    for (uint32_t depth = 0; depth < 2 * SENDER_PLACES && n < SENDER_PLACES; depth++) {
        if (depth > 0 && !frame_readable(sip, frame))
            break;
        const uint64_t *words = (const uint64_t *)(uintptr_t)frame;
        uint64_t ret = words[1];
        if (ret > sip->exec_start && ret <= sip->exec_end)
            places[n++] = ret - 1 - sip->image_base;    /* inside the call instruction */
        if (words[0] <= frame)
            break;    /* frames go up the stack */
        frame = words[0];
    }
    return n;
}

/*
 * The caller broke the contract: it ends, and the peer learns why. First
 * the log names the sender's places as NAME+0xOFFSET, innermost first (the
 * tools turn each into file:line, boot/qemu-test.py --sip-symbols), what
 * it sent in which state, and what that state allows; then sip_kill adds
 * the usual "killed: REASON" line.
 */
__attribute__((noreturn)) static void violation(sip_t *sip, const char *why, const endpoint_t *ep,
                                                 uint32_t msg_id, uint64_t frame)
{
    uint64_t places[SENDER_PLACES];
    uint32_t count = sender_places(sip, frame, places);
    char where[4 * (SIP_NAME_MAX + 24)];
    size_t used = 0;
    where[0] = '\0';
    for (uint32_t i = 0; i < count && used < sizeof(where); i++)
        used += fmt_snprintf(where + used, sizeof(where) - used, "%s%s+%#llx",
                             i == 0 ? " at " : " < ", sip->name, (unsigned long long)places[i]);
    char detail[256];
    channel_violation_detail(ep, msg_id > UINT16_MAX ? UINT16_MAX : (uint16_t)msg_id, detail,
                             sizeof(detail));
    kprintf("sip %s[%u]: contract violation%s\n  %s\n", sip->name, sip->id, where, detail);
    sip_kill(sip, why);
    thread_exit();
}

/* Takes the decoded objects away from the sender; their handle fields
 * travel as 0 (the receiver's handles are written at the receive). */
static void fields_detach(sip_t *sip, outgoing_t *out)
{
    sip_transfers_detach(sip, out->handles, out->count);
    for (uint16_t i = 0; i < out->count; i++)
        message_handle_write(out->body + out->transfers[i].offset, 0);
}

/*
 * The send, decode then invoke: the handle, the message's bytes (readable
 * by the caller), the peer still there, the contract (one step: its result
 * is stored with the message for the receiver), the body copied straight
 * into the peer's next slot, the handle fields decoded from that copy (so
 * the caller cannot change them after the check); only then anything moves.
 */
__attribute__((always_inline)) static abi_status_t chan_send(sip_t *sip, abi_handle_t h,
                                                             uint32_t msg_id, const void *msg,
                              uint64_t len)
{
    static outgoing_t out;    /* single CPU, interrupts off while in use */
    endpoint_t *ep = endpoint_of(sip, h);
    abi_status_t bad = ep == NULL ? ABI_ERR_BAD_HANDLE
                       : !readable(sip, msg, len) ? ABI_ERR_BAD_ADDRESS
                       : endpoint_peer_closed(ep) ? ABI_ERR_CLOSED : ABI_OK;
    if (bad != ABI_OK)
        return bad;
    char why[KILL_REASON_MAX];
    uint16_t next;
    /* An id past 16 bits is checked as 0xFFFF, which no contract has (ids
     * are below message_count <= 0xFFFF), so `why` always gets its reason. */
    uint16_t id = msg_id > UINT16_MAX ? UINT16_MAX : (uint16_t)msg_id;
    if (channel_check_send_step(ep, id, len, &next, why, sizeof(why)) != OK) {
        /* Right by the contract the channel was created with, refused by
           the base it now runs (channel_narrow): the peer speaks the base. */
        if (channel_narrowed_away(ep, id, len))
            return abi_status_of(ERR_WRONG_CONTRACT);
        violation(sip, why, ep, msg_id, (uint64_t)(uintptr_t)__builtin_frame_address(0));
    }
    out.body = channel_slot_next(ep)->body;
    channel_copy(out.body, msg, len);
    const contract_message_t *m = channel_message(ep, id);
    out.count = 0;
    if (m->field_count > 0) {    /* most messages carry no handle: no call */
        err_t rc = message_fields_decode(sip, ep, m, out.body, out.transfers,
                                         out.handles, &out.count);
        if (rc != OK)
            return abi_status_of(rc);
        fields_detach(sip, &out);
    }
    channel_commit(ep, id, next, (uint32_t)len, out.transfers, out.count);
    endpoint_t *peer = endpoint_peer(ep);
    if (peer->kernel_receive != NULL)
        peer->kernel_receive(peer);
    else
        endpoint_wake_owner(peer);
    return ABI_OK;
}

abi_status_t abi_chan_send(abi_handle_t h, uint32_t msg_id, const void *msg, uint64_t len)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    abi_status_t st = chan_send(sip, h, msg_id, msg, len);
    irq_restore(enabled);
    return st;
}

/* ---- receive ---- */

/* Ready when a message waits or the peer is gone. */
static bool endpoint_ready(endpoint_t *ep)
{
    return ep->queue.count > 0 || endpoint_peer_closed(ep);
}

/* Blocks once on `q`, until a wake-up or the deadline (0: none) of a wait
 * of `timeout_ns` on the endpoints `handles` names (recorded in the thread
 * while it waits: sip_list reports them). Errors: ERR_TIMEOUT. */
static err_t block_once(wait_queue_t *q, uint64_t timeout_ns, uint64_t deadline,
                        const abi_handle_t *handles, uint32_t count)
{
    if (timeout_ns == 0)
        return ERR_TIMEOUT;
    uint64_t left = deadline == 0 ? THREAD_FOREVER : time_ns_until(deadline);
    if (left == 0)
        return ERR_TIMEOUT;
    thread_t *self = thread_current();
    for (uint32_t i = 0; i < count && i < THREAD_CHAN_WAITS_MAX; i++)
        self->chan_waits[i] = handles[i];
    self->chan_wait_count = count < THREAD_CHAN_WAITS_MAX ? count : THREAD_CHAN_WAITS_MAX;
    thread_block(q, left);
    self->chan_wait_count = 0;
    return OK;
}

/*
 * Blocks until one of the endpoints `handles` names is ready, or the
 * deadline; interrupts are off. It waits on the SIP's chan_waiters, which
 * a message or a close at any of its endpoints wakes. The handles are resolved again after every
 * wake-up: while this thread slept another thread of the SIP may have
 * closed one (and the channel may be gone), so no endpoint pointer is kept
 * across a block. Errors: ERR_BAD_HANDLE (one was closed), ERR_TIMEOUT.
 */
static err_t wait_for(sip_t *sip, const abi_handle_t *handles, uint32_t count,
                      uint64_t timeout_ns, uint32_t *ready)
{
    uint64_t deadline = timeout_ns == ABI_WAIT_FOREVER || timeout_ns == 0
                            ? 0 : time_ns_after(timeout_ns);
    for (;;) {
        for (uint32_t i = 0; i < count; i++) {
            endpoint_t *ep = endpoint_of(sip, handles[i]);
            if (ep == NULL)
                return ERR_BAD_HANDLE;
            if (endpoint_ready(ep)) {
                *ready = i;
                return OK;
            }
        }
        if (block_once(&sip->chan_waiters, timeout_ns, deadline, handles, count) != OK)
            return ERR_TIMEOUT;
    }
}

/* Where a receive writes: the id, the length and the body. */
typedef struct {
    uint32_t *msg_id;
    uint64_t *len;
    void *buf;
    uint64_t cap;
    /* chan_call: the caller's call block, which holds msg_id and len (one
       check covers both); `call_checked` while the caller has just checked
       it (cleared at the first wait: after one it is checked again). */
    const abi_chan_call_t *call;
    bool call_checked;
} recv_out_t;

/* The endpoint is the caller's (*ep) and the outputs lie in its writable
 * memory. Errors: ERR_BAD_HANDLE, ERR_BAD_ADDRESS. */
__attribute__((always_inline)) static err_t recv_outputs_ok(const sip_t *sip, abi_handle_t h,
                                                            const recv_out_t *out,
                                                            endpoint_t **ep)
{
    *ep = endpoint_of(sip, h);
    if (*ep == NULL)
        return ERR_BAD_HANDLE;
    bool meta = out->call == NULL
                    ? writable(sip, out->msg_id, sizeof(*out->msg_id)) &&
                          writable(sip, out->len, sizeof(*out->len))
                    : out->call_checked || writable(sip, out->call, sizeof(*out->call));
    return meta && writable(sip, out->buf, out->cap) ? OK : ERR_BAD_ADDRESS;
}

/* Hands the front message of `ep` to its owner `sip`: its transfers
 * installed, its body and id written out, popped. */
static abi_status_t recv_front(sip_t *sip, endpoint_t *ep, const recv_out_t *out)
{
    message_slot_t *slot = endpoint_front(ep);
    if (slot == NULL)
        return ABI_ERR_CLOSED;
    if (slot->len > out->cap)
        return ABI_ERR_RANGE;
    err_t rc = slot->transfer_count == 0 ? OK : sip_transfers_install(sip, slot);
    if (rc != OK)
        return abi_status_of(rc);
    channel_copy(out->buf, slot->body, slot->len);
    *out->msg_id = slot->msg_id;
    *out->len = slot->len;
    endpoint_pop(ep);
    return ABI_OK;
}

/*
 * Checks the handle and the outputs; while no message is there, waits on
 * the endpoint's own waiters (a message elsewhere does not wake it) and
 * checks both again (while this thread slept another thread of the SIP may
 * have closed the handle or freed the buffers, and no endpoint pointer is
 * kept across a block). Interrupts are off throughout, so without a wait
 * nothing can change in between.
 */
__attribute__((always_inline)) static abi_status_t chan_receive(sip_t *sip, abi_handle_t h,
                                                                uint64_t timeout_ns,
                                                                recv_out_t *out)
{
    endpoint_t *ep;
    uint64_t deadline = timeout_ns == ABI_WAIT_FOREVER || timeout_ns == 0
                            ? 0 : time_ns_after(timeout_ns);
    err_t rc = recv_outputs_ok(sip, h, out, &ep);
    while (rc == OK && !endpoint_ready(ep)) {
        rc = block_once(&ep->waiters, timeout_ns, deadline, &h, 1);
        out->call_checked = false;
        if (rc == OK)
            rc = recv_outputs_ok(sip, h, out, &ep);
    }
    return rc == OK ? recv_front(sip, ep, out) : abi_status_of(rc);
}

abi_status_t abi_chan_recv(abi_handle_t h, uint64_t timeout_ns, uint32_t *msg_id,
                                  void *buf, uint64_t cap, uint64_t *len)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    recv_out_t out = { .msg_id = msg_id, .len = len, .buf = buf, .cap = cap };
    abi_status_t st = chan_receive(sip, h, timeout_ns, &out);
    irq_restore(enabled);
    return st;
}

/*
 * A send, then a receive on the same endpoint, in one entry (one
 * interrupts-off section). The inputs are read from `call` once, before
 * the send; `call` is checked again after the send (the message may have
 * carried away the block it lies in) and the outputs by the receive after
 * any wait (another thread may free `call` meanwhile, as any output).
 */
abi_status_t abi_chan_call(abi_handle_t h, abi_chan_call_t *call)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    abi_chan_call_t in;
    abi_status_t st = writable(sip, call, sizeof(*call)) ? ABI_OK : ABI_ERR_BAD_ADDRESS;
    if (st == ABI_OK) {
        in = *call;
        if (in.reserved != 0)
            st = abi_status_of(ERR_INVALID);
    }
    if (st == ABI_OK) {
        call->sent = 0;
        st = chan_send(sip, h, in.send_id, in.send, in.send_len);
        /* Again: `call` may have lain in a block the message just carried
           away, which the kernel must no longer write for the caller. */
        if (st == ABI_OK && !writable(sip, call, sizeof(*call)))
            st = ABI_ERR_BAD_ADDRESS;
        else if (st == ABI_OK) {
            call->sent = 1;
            recv_out_t out = { .msg_id = &call->recv_id, .len = &call->recv_len,
                               .buf = in.recv, .cap = in.recv_cap, .call = call,
                               .call_checked = true };
            st = chan_receive(sip, h, in.timeout_ns, &out);
        }
    }
    irq_restore(enabled);
    return st;
}

abi_status_t abi_chan_wait_any(const abi_handle_t *handles, uint32_t count,
                                      uint64_t timeout_ns, uint32_t *ready)
{
    sip_t *sip = sip_current();
    abi_handle_t copy[WAIT_ANY_MAX];    /* the SIP's array may change while we wait */
    if (count == 0 || count > WAIT_ANY_MAX)
        return ABI_ERR_RANGE;
    bool enabled = irq_save();
    uint32_t which = 0;
    err_t rc = readable(sip, handles, count * sizeof(*handles)) &&
                       writable(sip, ready, sizeof(*ready))
                   ? OK : ERR_BAD_ADDRESS;
    for (uint32_t i = 0; rc == OK && i < count; i++)
        copy[i] = handles[i];
    if (rc == OK)
        rc = wait_for(sip, copy, count, timeout_ns, &which);
    if (rc == OK && !writable(sip, ready, sizeof(*ready)))
        rc = ERR_BAD_ADDRESS;    /* freed while we waited */
    if (rc == OK)
        *ready = which;
    irq_restore(enabled);
    return abi_status_of(rc);
}

/* ---- exchange heap ---- */

abi_status_t abi_xblock_alloc(uint64_t size, abi_handle_t *out, void **data)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    uint64_t base;
    err_t rc = !writable(sip, out, sizeof(*out)) || !writable(sip, data, sizeof(*data))
                   ? ERR_BAD_ADDRESS
               : size == 0 ? ERR_INVALID
               : size > XBLOCK_MAX_BYTES ? ERR_RANGE
               : sip_xblock_create(sip, size, out, &base);
    if (rc == OK)
        *data = (void *)(uintptr_t)base;
    irq_restore(enabled);
    return abi_status_of(rc);
}

abi_status_t abi_xblock_map(abi_handle_t h, void **data, uint64_t *size)
{
    sip_t *sip = sip_current();
    void *object;
    bool enabled = irq_save();    /* no other thread may close the block meanwhile */
    abi_status_t st = handle_lookup(&sip->handles, h, HANDLE_XBLOCK, &object) != OK
                          ? ABI_ERR_BAD_HANDLE
                      : !writable(sip, data, sizeof(*data)) || !writable(sip, size, sizeof(*size))
                          ? ABI_ERR_BAD_ADDRESS : ABI_OK;
    if (st == ABI_OK) {
        xblock_t *b = object;
        *data = (void *)(uintptr_t)b->base;
        *size = b->size;
    }
    irq_restore(enabled);
    return st;
}
