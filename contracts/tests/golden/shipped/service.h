/* generated from service.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_SERVICE_H
#define INSULA_CONTRACTS_SERVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract Service ==== */

#define Service_MSG_Hello 0u
#define Service_MSG_Goodbye 1u
#define Service_MSG_AckGoodbye 2u
#define Service_MSG_COUNT 3u

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Service_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Service_Hello_t;
_Static_assert(sizeof(Service_Hello_t) == 8, "Service.Hello: size");
_Static_assert(offsetof(Service_Hello_t, version) == 0, "Service.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* Service_imp: the importing (client) side. */
err_t Service_imp_send_Goodbye(Service_imp_t _ep);
/* Any message Service_imp receives; id is a Service_MSG_*. */
typedef struct Service_imp_msg {
    uint16_t id;
    union {
        Service_Hello_t Hello;
    } u;
} Service_imp_msg_t;
err_t Service_imp_recv(Service_imp_t _ep, SIP_OUT Service_imp_msg_t *_msg);
err_t Service_imp_recv_Hello(Service_imp_t _ep, SIP_OUT Service_Hello_t *_msg);
err_t Service_imp_recv_AckGoodbye(Service_imp_t _ep);
/* The handlers' state: the SIP defines struct Service_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Service_imp_ctx Service_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Service_imp_handlers {
    Service_imp_ctx_t *ctx;
    err_t (*on_Hello)(Service_imp_ctx_t *ctx, Service_imp_t ep, Service_Hello_t msg);
    err_t (*on_AckGoodbye)(Service_imp_ctx_t *ctx, Service_imp_t ep);
} Service_imp_handlers_t;
chan_case_t Service_imp_case(Service_imp_t ep, const Service_imp_handlers_t *h);
err_t Service_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Service_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Service_imp_call_Goodbye(Service_imp_t _ep, SIP_OUT Service_imp_msg_t *_reply);

/* Service_exp: the exporting (service) side. */
err_t Service_exp_send_Hello(Service_exp_t _ep, uint32_t version);
err_t Service_exp_send_AckGoodbye(Service_exp_t _ep);
/* Any message Service_exp receives; id is a Service_MSG_*. */
typedef struct Service_exp_msg {
    uint16_t id;
} Service_exp_msg_t;
err_t Service_exp_recv(Service_exp_t _ep, SIP_OUT Service_exp_msg_t *_msg);
err_t Service_exp_recv_Goodbye(Service_exp_t _ep);
/* The handlers' state: the SIP defines struct Service_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Service_exp_ctx Service_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Service_exp_handlers {
    Service_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Service_exp_ctx_t *ctx, Service_exp_t ep);
} Service_exp_handlers_t;
chan_case_t Service_exp_case(Service_exp_t ep, const Service_exp_handlers_t *h);
err_t Service_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Service_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Service_exp_call_Hello(Service_exp_t _ep, uint32_t version, SIP_OUT Service_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_SERVICE_H */
