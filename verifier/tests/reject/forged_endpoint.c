/*
 * Attempt: forge an endpoint pointer for another SIP's channel from a
 * guessed address, and send on it.
 * Without SIP-CAST-INT2PTR: capabilities could be made from integers.
 */
// expect: SIP-CAST-INT2PTR 11
#include <sip/stdlib.h>

int hijack(buf_t *m)
{
    endpoint_t *ep = (endpoint_t *)(uintptr_t)0xffff800000200000;
    return channel_send(ep, m);
}
