/*
 * Safe idiom: talking to a service over a channel through the generated
 * contract header; endpoints are opaque pointers that only the stdlib
 * makes. The error path uses a forward goto that skips no initialization.
 */
#include <sip/contract_echo.h>

int sip_main(void)
{
    int rc = 0;
    endpoint_t *ep = channel_lookup(S("echo"));
    struct echo_request *req = new(struct echo_request);
    if (ep == NULL) {
        rc = 1;
        goto out;
    }
    req->sequence = 1;
    req->payload = buf_new(8);
    rc = echo_send_request(ep, req);
    if (rc != 0)
        goto out;
    rc = echo_receive_reply(ep, req);
out:
    console_print_int(rc);
    return rc;
}
