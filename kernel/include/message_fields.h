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

#endif
