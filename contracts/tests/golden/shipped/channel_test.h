/* generated from channel_test.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_CHANNEL_TEST_H
#define INSULA_CONTRACTS_CHANNEL_TEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_ChannelTest
#define INSULA_ENDPOINT_ChannelTest
#define ChannelTest_CONTRACT_ID 0x4c183880u
#define ChannelTest_CONTRACT_ID_AT_Running 0x2719d6bfu
/* The importing (client) end of a ChannelTest channel. */
typedef struct ChannelTest_imp { chan_handle_t h; } ChannelTest_imp_t;
/* The exporting (service) end of a ChannelTest channel. */
typedef struct ChannelTest_exp { chan_handle_t h; } ChannelTest_exp_t;
#endif

/* ==== contract ChannelTest ==== */

#define ChannelTest_MSG_Begin 0u
#define ChannelTest_MSG_Ack 1u
#define ChannelTest_MSG_Data 2u
#define ChannelTest_MSG_End 3u
#define ChannelTest_MSG_COUNT 4u

/* in message Begin(): imp sends, exp receives */

/* out message Ack(): exp sends, imp receives */

/* in message Data(u32 n): imp sends, exp receives */
typedef struct ChannelTest_Data {
    uint32_t n;
    uint8_t _pad0[4];
} ChannelTest_Data_t;
_Static_assert(sizeof(ChannelTest_Data_t) == 8, "ChannelTest.Data: size");
_Static_assert(offsetof(ChannelTest_Data_t, n) == 0, "ChannelTest.Data.n: offset");

/* in message End(): imp sends, exp receives */

/* ChannelTest_imp: the importing (client) side. */
err_t ChannelTest_imp_send_Begin(ChannelTest_imp_t _ep);
err_t ChannelTest_imp_send_Data(ChannelTest_imp_t _ep, uint32_t n);
err_t ChannelTest_imp_send_End(ChannelTest_imp_t _ep);
/* Any message ChannelTest_imp receives; id is a ChannelTest_MSG_*. */
typedef struct ChannelTest_imp_msg {
    uint16_t id;
} ChannelTest_imp_msg_t;
err_t ChannelTest_imp_recv(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_msg);
err_t ChannelTest_imp_recv_Ack(ChannelTest_imp_t _ep);
/* The handlers' state: the SIP defines struct ChannelTest_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct ChannelTest_imp_ctx ChannelTest_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct ChannelTest_imp_handlers {
    ChannelTest_imp_ctx_t *ctx;
    err_t (*on_Ack)(ChannelTest_imp_ctx_t *ctx, ChannelTest_imp_t ep);
} ChannelTest_imp_handlers_t;
chan_case_t ChannelTest_imp_case(ChannelTest_imp_t ep, const ChannelTest_imp_handlers_t *h);
err_t ChannelTest_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* ChannelTest_imp_send_Begin, then the next message received, in one kernel entry. */
err_t ChannelTest_imp_call_Begin(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply);
/* ChannelTest_imp_send_Data, then the next message received, in one kernel entry. */
err_t ChannelTest_imp_call_Data(ChannelTest_imp_t _ep, uint32_t n, SIP_OUT ChannelTest_imp_msg_t *_reply);
/* ChannelTest_imp_send_End, then the next message received, in one kernel entry. */
err_t ChannelTest_imp_call_End(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply);

/* ChannelTest_exp: the exporting (service) side. */
err_t ChannelTest_exp_send_Ack(ChannelTest_exp_t _ep);
/* Any message ChannelTest_exp receives; id is a ChannelTest_MSG_*. */
typedef struct ChannelTest_exp_msg {
    uint16_t id;
    union {
        ChannelTest_Data_t Data;
    } u;
} ChannelTest_exp_msg_t;
err_t ChannelTest_exp_recv(ChannelTest_exp_t _ep, SIP_OUT ChannelTest_exp_msg_t *_msg);
err_t ChannelTest_exp_recv_Begin(ChannelTest_exp_t _ep);
err_t ChannelTest_exp_recv_Data(ChannelTest_exp_t _ep, SIP_OUT ChannelTest_Data_t *_msg);
err_t ChannelTest_exp_recv_End(ChannelTest_exp_t _ep);
/* The handlers' state: the SIP defines struct ChannelTest_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct ChannelTest_exp_ctx ChannelTest_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct ChannelTest_exp_handlers {
    ChannelTest_exp_ctx_t *ctx;
    err_t (*on_Begin)(ChannelTest_exp_ctx_t *ctx, ChannelTest_exp_t ep);
    err_t (*on_Data)(ChannelTest_exp_ctx_t *ctx, ChannelTest_exp_t ep, ChannelTest_Data_t msg);
    err_t (*on_End)(ChannelTest_exp_ctx_t *ctx, ChannelTest_exp_t ep);
} ChannelTest_exp_handlers_t;
chan_case_t ChannelTest_exp_case(ChannelTest_exp_t ep, const ChannelTest_exp_handlers_t *h);
err_t ChannelTest_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);

#endif /* INSULA_CONTRACTS_CHANNEL_TEST_H */
