/*
 * ownership.c — which SIP owns which endpoint and exchange-heap block, and
 * how ownership moves with a message (see sip.h, "Ownership"; the ABI
 * entries that use it are in abi_channel.c).
 *
 * Ownership: an endpoint or block a SIP owns is reachable only through a
 * handle in that SIP's table; a block's pages are also one of the SIP's
 * writable regions (so ABI buffers may point into it) and are charged to
 * its quota (sip_account.c). A send removes the handles (and the regions)
 * from the sender before the message is queued; a receive installs them in
 * the receiver, after reserving all of it: a receive that would take the
 * receiver past its quota, its handle table or its regions is refused with
 * ERR_QUOTA and the message stays queued, as is one that carries an
 * endpoint the receiver's manifest does not admit (ERR_DENIED,
 * sip_contracts.c). In between, the message owns
 * them, and each block stays charged to its sender (a held charge,
 * sip_charge.h) until it is received or destroyed: memory in flight is
 * always someone's, so parking blocks in queues cannot get round a quota.
 *
 * Locking: single CPU; every function here runs with interrupts off.
 */
#include "channel.h"
#include "sip.h"

#include "fmt.h"
#include "frame.h"
#include "panic.h"

#include <stddef.h>

static uint64_t block_bytes(const xblock_t *b)
{
    return b->pages * PAGE_SIZE;
}

err_t sip_own_endpoint(sip_t *sip, endpoint_t *ep, uint64_t *handle)
{
    err_t rc = handle_insert(&sip->handles, HANDLE_ENDPOINT, ep, handle);
    if (rc == OK)
        ep->owner = sip;
    return rc;
}

/* Makes `sip` own a block whose handle slot, region and bytes it reserved. */
static void own_xblock(sip_t *sip, xblock_t *b, uint64_t *handle)
{
    err_t rc = sip_region_add(sip, b->base, b->pages, REGION_XBLOCK, true);
    if (rc == OK)
        rc = handle_insert(&sip->handles, HANDLE_XBLOCK, b, handle);
    /* Invariant: the caller reserved the region and the handle slot. */
    KASSERT(rc == OK);
    b->owner = sip;
    sip_charge(sip, block_bytes(b));
}

static void disown_xblock(sip_t *sip, xblock_t *b)
{
    sip_region_forget(sip, b->base);
    sip_uncharge(sip, block_bytes(b));
    b->owner = NULL;
}

err_t sip_xblock_create(sip_t *sip, uint64_t size, uint64_t *handle, uint64_t *base)
{
    uint64_t bytes = (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
    err_t rc = sip_reserve(sip, (sip_need_t){ .bytes = bytes, .handles = 1, .regions = 1 });
    xblock_t *b = NULL;
    if (rc == OK)
        rc = xblock_create(size, &b);
    if (rc != OK)
        return rc;
    own_xblock(sip, b, handle);
    *base = b->base;
    return OK;
}

__attribute__((always_inline)) void endpoint_wake_owner(endpoint_t *ep)
{
    thread_wake_all(&ep->waiters);
    if (ep->owner != NULL && ep->owner->chan_waiters.head != NULL)
        thread_wake_all(&ep->owner->chan_waiters);
}

void sip_handle_object_drop(sip_t *sip, handle_type_t type, void *object, const char *reason)
{
    if (type == HANDLE_ENDPOINT) {
        endpoint_close(object, reason);    /* its peer's owner wakes and reads `reason` */
        /* A thread of the caller may wait on it: wake it, so the wait looks
           its handles up again and ends (ABI_ERR_BAD_HANDLE). */
        thread_wake_all(&sip->chan_waiters);
    } else if (type == HANDLE_XBLOCK) {
        disown_xblock(sip, object);
        xblock_destroy(object);
    } else if (type == HANDLE_SIP) {
        sip_release(object);
    }
    /* HANDLE_THREAD names a thread by id: nothing to drop. */
}

void sip_transfers_detach(sip_t *sip, const uint64_t *handles, uint16_t count)
{
    for (uint16_t i = 0; i < count; i++) {
        handle_type_t type;
        void *object;
        err_t rc = handle_remove(&sip->handles, handles[i], &type, &object);
        /* Invariant: the send decoded every handle as the caller's own. */
        KASSERT(rc == OK);
        if (type == HANDLE_XBLOCK) {
            xblock_t *b = object;
            disown_xblock(sip, b);
            sip_charge_hold(sip, &b->flight, block_bytes(b));    /* what it just gave back */
        } else {
            endpoint_t *ep = object;
            ep->owner = NULL;
            /* A thread of the sender blocked on it finds its handle gone. */
            thread_wake_all(&ep->waiters);
        }
    }
}

/* What receiving `slot` takes from `sip`: blocks it sent itself are
 * already charged to it. */
static sip_need_t transfers_need(const sip_t *sip, const message_slot_t *slot)
{
    sip_need_t need = { .handles = slot->transfer_count };
    for (uint16_t i = 0; i < slot->transfer_count; i++) {
        const xblock_t *b = slot->transfers[i].object;
        if (slot->transfers[i].kind != TRANSFER_XBLOCK)
            continue;
        need.regions++;
        if (b->flight.payer != sip)
            need.bytes += block_bytes(b);
    }
    return need;
}

/* May `sip` hold every endpoint the message carries? Errors: ERR_DENIED.
 * (The name for the refusal is formatted only when an endpoint travels:
 * most messages carry none, and formatting costs more than the receive.) */
static err_t transfers_admit(const sip_t *sip, const message_slot_t *slot)
{
    char who[SIP_NAME_MAX + 16];
    bool named = false;
    for (uint16_t i = 0; i < slot->transfer_count; i++) {
        const transfer_t *t = &slot->transfers[i];
        if (t->kind != TRANSFER_ENDPOINT)
            continue;
        if (!named)
            fmt_snprintf(who, sizeof(who), "%s[%u]", sip->name, sip->id);
        named = true;
        if (manifest_admit_endpoint(&sip->manifest, sip->caps, t->object, who, "receive") != OK)
            return ERR_DENIED;
    }
    return OK;
}

err_t sip_transfers_install(sip_t *sip, message_slot_t *slot)
{
    if (slot->transfer_count == 0)
        return OK;    /* nothing to admit, reserve or install */
    err_t rc = transfers_admit(sip, slot);
    if (rc == OK)
        rc = sip_reserve(sip, transfers_need(sip, slot));
    if (rc != OK)
        return rc;
    for (uint16_t i = 0; i < slot->transfer_count; i++) {
        transfer_t *t = &slot->transfers[i];
        uint64_t h;
        if (t->kind == TRANSFER_XBLOCK) {
            sip_charge_drop(&((xblock_t *)t->object)->flight);    /* the sender is paid back */
            own_xblock(sip, t->object, &h);
        } else {
            rc = sip_own_endpoint(sip, t->object, &h);
            /* Invariant: the handle slot was reserved. */
            KASSERT(rc == OK);
        }
        message_handle_write(slot->body + t->offset, h);
    }
    slot->transfer_count = 0;
    return OK;
}
