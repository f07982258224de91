/*
 * message_fields.c — one handle field of a message being sent, checked
 * against the contract's table (message_fields.h). abi_chan_send calls it
 * for every handle field, skipping absent nullable ones.
 */
#include "message_fields.h"

#include "handle.h"
#include "panic.h"
#include "sip.h"

bool message_field_absent(const contract_field_t *f, uint64_t h)
{
    return h == 0 && (f->kind & CONTRACT_FIELD_NULLABLE) != 0;
}

static err_t endpoint_field_decode(const sip_t *sip, const endpoint_t *from,
                                   const contract_field_t *f, uint64_t h, transfer_t *t)
{
    void *object;
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

/* Whether field f of `body` is present (to check and move); a vector's
 * element past the count is absent and must be 0 (ERR_BAD_HANDLE). */
static err_t field_presence(const contract_field_t *f, const uint8_t *body, uint64_t h,
                            bool *present)
{
    if ((f->kind & CONTRACT_FIELD_VECTOR) == 0) {
        *present = !message_field_absent(f, h);
        return OK;
    }
    *present = f->index < body[f->count_offset];
    return *present || h == 0 ? OK : ERR_BAD_HANDLE;
}

err_t message_fields_decode(const sip_t *sip, const endpoint_t *from,
                            const contract_message_t *m, const uint8_t *body,
                            transfer_t transfers[CHAN_MAX_TRANSFERS],
                            uint64_t handles[CHAN_MAX_TRANSFERS], uint16_t *count)
{
    *count = 0;
    /* Invariant: channel_create refused contracts with more (contract_check_limits). */
    KASSERT(m->field_count <= CHAN_MAX_TRANSFERS);
    for (uint16_t i = 0; i < m->field_count; i++) {
        uint64_t h = message_handle_read(body + m->fields[i].offset);
        bool present;
        err_t rc = field_presence(&m->fields[i], body, h, &present);
        if (rc != OK)
            return rc;
        if (!present)
            continue;    /* nothing moves for it */
        for (uint16_t k = 0; k < *count; k++) {
            if (handles[k] == h)
                return ERR_BAD_HANDLE;
        }
        rc = message_field_decode(sip, from, &m->fields[i], h, &transfers[*count]);
        if (rc != OK)
            return rc;
        handles[(*count)++] = h;
    }
    return OK;
}

err_t message_field_decode(const sip_t *sip, const endpoint_t *from,
                           const contract_field_t *f, uint64_t h, transfer_t *t)
{
    uint16_t kind = contract_field_kind(f);
    void *object;
    if (kind == CONTRACT_FIELD_ENDPOINT)
        return endpoint_field_decode(sip, from, f, h, t);
    if (kind != CONTRACT_FIELD_BYTES && kind != CONTRACT_FIELD_STRING)
        return ERR_BAD_HANDLE;    /* a kind this kernel does not know moves nothing */
    if (handle_lookup(&sip->handles, h, HANDLE_XBLOCK, &object) != OK)
        return ERR_BAD_HANDLE;
    if (((xblock_t *)object)->size > f->max_bytes)
        return ERR_RANGE;
    *t = (transfer_t){ TRANSFER_XBLOCK, f->offset, object };
    return OK;
}
