/*
 * message_fields.h — the check of one handle field of a message being
 * sent (its kind from the contract's table, insula/contract_table.h): the
 * sender must own a suitable object, unless the field is nullable
 * (CONTRACT_FIELD_NULLABLE, `T?` in the contract) and the handle is 0,
 * "absent", for which nothing moves.
 */
#ifndef INSULA_MESSAGE_FIELDS_H
#define INSULA_MESSAGE_FIELDS_H

#include "channel.h"

struct sip;

/* message_field_absent: is h a nullable field's "absent" (0)? */
bool message_field_absent(const contract_field_t *f, uint64_t h);

/*
 * message_field_decode: the object handle h of the sender `sip` names, if
 * it suits field f of a message sent on `from`, as a transfer in *t.
 * Errors: ERR_BAD_HANDLE (not an object of the field's kind the sender
 * owns, 0 included; an endpoint of the sending channel itself, of another
 * contract, side or state), ERR_RANGE (a block larger than the field
 * allows). The caller skips absent fields first (message_field_absent).
 */
err_t message_field_decode(const struct sip *sip, const endpoint_t *from,
                           const contract_field_t *f, uint64_t h, transfer_t *t);

/*
 * message_fields_decode: every handle field of message m, whose body
 * (m->wire_size bytes, already in the kernel's copy) is at `body`, as
 * transfers[0 .. *count) (handles[] the sender's handles), checked with
 * message_field_decode; absent nullable fields and a vector's elements past
 * its count (CONTRACT_FIELD_VECTOR) are skipped. A handle may appear once.
 * Any refusal refuses the whole message: nothing has moved yet. Errors:
 * those of message_field_decode, and ERR_BAD_HANDLE for a repeated handle
 * or a handle in a vector past its count.
 */
err_t message_fields_decode(const struct sip *sip, const endpoint_t *from,
                            const contract_message_t *m, const uint8_t *body,
                            transfer_t transfers[CHAN_MAX_TRANSFERS],
                            uint64_t handles[CHAN_MAX_TRANSFERS], uint16_t *count);

#endif
