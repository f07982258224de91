/*
 * Attempt: make a contract binding read past an object. A binding's
 * parameter for a `u8[16]` field is `const uint8_t digest[16]`: to C a
 * plain pointer, so any pointer is accepted and the binding copies 16
 * bytes from it into the message (the SIP's other data, in phys mode
 * perhaps a neighbour's, sent to the peer). Tried: a 4-byte array, one
 * byte's address, a heap object of one byte, a null pointer, a row (also SIP-PTR-ELEMADDR).
 * Without SIP-PTR-ARRAY-ARG: each call reads 16 bytes from a smaller object.
 */
// expect: SIP-PTR-ARRAY-ARG 31
// expect: SIP-PTR-ELEMADDR 35
// expect: SIP-PTR-ARRAY-ARG 32
// expect: SIP-PTR-ARRAY-ARG 33
// expect: SIP-PTR-ARRAY-ARG 34
// expect: SIP-PTR-ARRAY-ARG 35
// expect: SIP-PTR-ARRAY-ARG 36
#include <sip/contract_echo.h>

typedef uint8_t digest_t[16];

static uint8_t short_digest[4];
static uint8_t one_byte;
static uint8_t full[16];
static uint8_t longer[32];
static uint8_t rows[2][8];

int attempt(endpoint_t *ep)
{
    uint8_t *heap = new(uint8_t);
    digest_t *whole = new(digest_t);
    int rc = echo_send_digest(ep, short_digest);
    rc += echo_send_digest(ep, &one_byte);
    rc += echo_send_digest(ep, heap);
    rc += echo_send_digest(ep, 0);
    rc += echo_send_digest(ep, rows[1]);
    int (*send)(endpoint_t *, const uint8_t *) = echo_send_digest;
    rc += send(ep, &one_byte);
    /* fine: arrays of 16 or more */
    rc += echo_send_digest(ep, full) + echo_send_digest(ep, longer);
    return whole != NULL ? rc + echo_send_digest(ep, *whole) : rc;
}
