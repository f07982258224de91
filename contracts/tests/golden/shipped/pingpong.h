/* generated from pingpong.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_PINGPONG_H
#define INSULA_CONTRACTS_PINGPONG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_PingPong
#define INSULA_ENDPOINT_PingPong
#define PingPong_CONTRACT_ID 0xc9773aa3u
/* The importing (client) end of a PingPong channel. */
typedef struct PingPong_imp { chan_handle_t h; } PingPong_imp_t;
/* The exporting (service) end of a PingPong channel. */
typedef struct PingPong_exp { chan_handle_t h; } PingPong_exp_t;
#endif

/* ==== contract PingPong ==== */

#define PingPong_MSG_Ping 0u
#define PingPong_MSG_Pong 1u
#define PingPong_MSG_COUNT 2u

/* in message Ping(u32 data): imp sends, exp receives */
typedef struct PingPong_Ping {
    uint32_t data;
    uint8_t _pad0[4];
} PingPong_Ping_t;
_Static_assert(sizeof(PingPong_Ping_t) == 8, "PingPong.Ping: size");
_Static_assert(offsetof(PingPong_Ping_t, data) == 0, "PingPong.Ping.data: offset");

/* out message Pong(u32 data): exp sends, imp receives */
typedef struct PingPong_Pong {
    uint32_t data;
    uint8_t _pad0[4];
} PingPong_Pong_t;
_Static_assert(sizeof(PingPong_Pong_t) == 8, "PingPong.Pong: size");
_Static_assert(offsetof(PingPong_Pong_t, data) == 0, "PingPong.Pong.data: offset");

/* PingPong_imp: the importing (client) side. */
err_t PingPong_imp_send_Ping(PingPong_imp_t _ep, uint32_t data);
/* Any message PingPong_imp receives; id is a PingPong_MSG_*. */
typedef struct PingPong_imp_msg {
    uint16_t id;
    union {
        PingPong_Pong_t Pong;
    } u;
} PingPong_imp_msg_t;
err_t PingPong_imp_recv(PingPong_imp_t _ep, SIP_OUT PingPong_imp_msg_t *_msg);
err_t PingPong_imp_recv_Pong(PingPong_imp_t _ep, SIP_OUT PingPong_Pong_t *_msg);
/* The handlers' state: the SIP defines struct PingPong_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct PingPong_imp_ctx PingPong_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct PingPong_imp_handlers {
    PingPong_imp_ctx_t *ctx;
    err_t (*on_Pong)(PingPong_imp_ctx_t *ctx, PingPong_imp_t ep, PingPong_Pong_t msg);
} PingPong_imp_handlers_t;
chan_case_t PingPong_imp_case(PingPong_imp_t ep, const PingPong_imp_handlers_t *h);
err_t PingPong_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* PingPong_imp_send_Ping, then the next message received, in one kernel entry. */
err_t PingPong_imp_call_Ping(PingPong_imp_t _ep, uint32_t data, SIP_OUT PingPong_imp_msg_t *_reply);

/* PingPong_exp: the exporting (service) side. */
err_t PingPong_exp_send_Pong(PingPong_exp_t _ep, uint32_t data);
/* Any message PingPong_exp receives; id is a PingPong_MSG_*. */
typedef struct PingPong_exp_msg {
    uint16_t id;
    union {
        PingPong_Ping_t Ping;
    } u;
} PingPong_exp_msg_t;
err_t PingPong_exp_recv(PingPong_exp_t _ep, SIP_OUT PingPong_exp_msg_t *_msg);
err_t PingPong_exp_recv_Ping(PingPong_exp_t _ep, SIP_OUT PingPong_Ping_t *_msg);
/* The handlers' state: the SIP defines struct PingPong_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct PingPong_exp_ctx PingPong_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct PingPong_exp_handlers {
    PingPong_exp_ctx_t *ctx;
    err_t (*on_Ping)(PingPong_exp_ctx_t *ctx, PingPong_exp_t ep, PingPong_Ping_t msg);
} PingPong_exp_handlers_t;
chan_case_t PingPong_exp_case(PingPong_exp_t ep, const PingPong_exp_handlers_t *h);
err_t PingPong_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* PingPong_exp_send_Pong, then the next message received, in one kernel entry. */
err_t PingPong_exp_call_Pong(PingPong_exp_t _ep, uint32_t data, SIP_OUT PingPong_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_PINGPONG_H */
