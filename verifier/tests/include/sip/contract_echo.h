/* Test stand-in for a header the contract compiler generates. */
#ifndef INSULA_CONTRACT_ECHO_H
#define INSULA_CONTRACT_ECHO_H

#include <sip/stdlib.h>

enum echo_state { ECHO_START, ECHO_WAIT_REPLY };

struct echo_request {
    uint32_t sequence;
    buf_t *payload;
};

int echo_send_request(endpoint_t *ep, const struct echo_request *req);
int echo_receive_reply(endpoint_t *ep, struct echo_request *reply);
/* A fixed-size array field (a contract's u8[16]): the binding reads 16. */
int echo_send_digest(endpoint_t *ep, const uint8_t digest[16]);

#endif
