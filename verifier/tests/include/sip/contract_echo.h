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

#endif
