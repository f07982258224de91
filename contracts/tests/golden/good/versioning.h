/* generated from versioning.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_VERSIONING_H
#define INSULA_CONTRACTS_VERSIONING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Link
#define INSULA_ENDPOINT_Link
#define Link_CONTRACT_ID 0x8e08e589u
#define Link_CONTRACT_ID_AT_Up 0x976dd65eu
/* The importing (client) end of a Link channel. */
typedef struct Link_imp { chan_handle_t h; } Link_imp_t;
/* The exporting (service) end of a Link channel. */
typedef struct Link_exp { chan_handle_t h; } Link_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Link2
#define INSULA_ENDPOINT_Link2
#define Link2_CONTRACT_ID 0x5301a561u
#define Link2_CONTRACT_ID_AT_Up 0x32d85686u
#define Link2_CONTRACT_ID_AT_Draining 0x34076795u
/* The importing (client) end of a Link2 channel. */
typedef struct Link2_imp { chan_handle_t h; } Link2_imp_t;
/* The exporting (service) end of a Link2 channel. */
typedef struct Link2_exp { chan_handle_t h; } Link2_exp_t;
#endif

/* ==== contract Link ==== */

#define Link_MSG_Connect 0u
#define Link_MSG_Connected 1u
#define Link_MSG_Send 2u
#define Link_MSG_Sent 3u
#define Link_MSG_COUNT 4u

/* in message Connect(): imp sends, exp receives */

/* out message Connected(): exp sends, imp receives */

/* in message Send(u32 word): imp sends, exp receives */
typedef struct Link_Send {
    uint32_t word;
    uint8_t _pad0[4];
} Link_Send_t;
_Static_assert(sizeof(Link_Send_t) == 8, "Link.Send: size");
_Static_assert(offsetof(Link_Send_t, word) == 0, "Link.Send.word: offset");

/* out message Sent(): exp sends, imp receives */

/* Link_imp: the importing (client) side. */
err_t Link_imp_send_Connect(Link_imp_t _ep);
err_t Link_imp_send_Send(Link_imp_t _ep, uint32_t word);
/* Any message Link_imp receives; id is a Link_MSG_*. */
typedef struct Link_imp_msg {
    uint16_t id;
} Link_imp_msg_t;
err_t Link_imp_recv(Link_imp_t _ep, SIP_OUT Link_imp_msg_t *_msg);
err_t Link_imp_recv_Connected(Link_imp_t _ep);
err_t Link_imp_recv_Sent(Link_imp_t _ep);
/* The handlers' state: the SIP defines struct Link_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Link_imp_ctx Link_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Link_imp_handlers {
    Link_imp_ctx_t *ctx;
    err_t (*on_Connected)(Link_imp_ctx_t *ctx, Link_imp_t ep);
    err_t (*on_Sent)(Link_imp_ctx_t *ctx, Link_imp_t ep);
} Link_imp_handlers_t;
chan_case_t Link_imp_case(Link_imp_t ep, const Link_imp_handlers_t *h);
err_t Link_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Link_imp_send_Connect, then the next message received, in one kernel entry. */
err_t Link_imp_call_Connect(Link_imp_t _ep, SIP_OUT Link_imp_msg_t *_reply);
/* Link_imp_send_Send, then the next message received, in one kernel entry. */
err_t Link_imp_call_Send(Link_imp_t _ep, uint32_t word, SIP_OUT Link_imp_msg_t *_reply);

/* Link_exp: the exporting (service) side. */
err_t Link_exp_send_Connected(Link_exp_t _ep);
err_t Link_exp_send_Sent(Link_exp_t _ep);
/* Any message Link_exp receives; id is a Link_MSG_*. */
typedef struct Link_exp_msg {
    uint16_t id;
    union {
        Link_Send_t Send;
    } u;
} Link_exp_msg_t;
err_t Link_exp_recv(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_msg);
err_t Link_exp_recv_Connect(Link_exp_t _ep);
err_t Link_exp_recv_Send(Link_exp_t _ep, SIP_OUT Link_Send_t *_msg);
/* The handlers' state: the SIP defines struct Link_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Link_exp_ctx Link_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Link_exp_handlers {
    Link_exp_ctx_t *ctx;
    err_t (*on_Connect)(Link_exp_ctx_t *ctx, Link_exp_t ep);
    err_t (*on_Send)(Link_exp_ctx_t *ctx, Link_exp_t ep, Link_Send_t msg);
} Link_exp_handlers_t;
chan_case_t Link_exp_case(Link_exp_t ep, const Link_exp_handlers_t *h);
err_t Link_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Link_exp_send_Connected, then the next message received, in one kernel entry. */
err_t Link_exp_call_Connected(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply);
/* Link_exp_send_Sent, then the next message received, in one kernel entry. */
err_t Link_exp_call_Sent(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply);

/* ==== contract Link2 extends Link ==== */

#define Link2_MSG_Connect 0u
#define Link2_MSG_Connected 1u
#define Link2_MSG_Send 2u
#define Link2_MSG_Sent 3u
#define Link2_MSG_Drain 4u
#define Link2_MSG_Drained 5u
#define Link2_MSG_Busy 6u
#define Link2_MSG_COUNT 7u

/* in message Connect(): imp sends, exp receives */

/* out message Connected(): exp sends, imp receives */

/* in message Send(u32 word): imp sends, exp receives */
typedef struct Link2_Send {
    uint32_t word;
    uint8_t _pad0[4];
} Link2_Send_t;
_Static_assert(sizeof(Link2_Send_t) == 8, "Link2.Send: size");
_Static_assert(offsetof(Link2_Send_t, word) == 0, "Link2.Send.word: offset");

/* out message Sent(): exp sends, imp receives */

/* in message Drain(): imp sends, exp receives */

/* out message Drained(u32 words): exp sends, imp receives */
typedef struct Link2_Drained {
    uint32_t words;
    uint8_t _pad0[4];
} Link2_Drained_t;
_Static_assert(sizeof(Link2_Drained_t) == 8, "Link2.Drained: size");
_Static_assert(offsetof(Link2_Drained_t, words) == 0, "Link2.Drained.words: offset");

/* out message Busy(): exp sends, imp receives */

/* Link2_imp: the importing (client) side. */
err_t Link2_imp_send_Connect(Link2_imp_t _ep);
err_t Link2_imp_send_Send(Link2_imp_t _ep, uint32_t word);
err_t Link2_imp_send_Drain(Link2_imp_t _ep);
/* Any message Link2_imp receives; id is a Link2_MSG_*. */
typedef struct Link2_imp_msg {
    uint16_t id;
    union {
        Link2_Drained_t Drained;
    } u;
} Link2_imp_msg_t;
err_t Link2_imp_recv(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_msg);
err_t Link2_imp_recv_Connected(Link2_imp_t _ep);
err_t Link2_imp_recv_Sent(Link2_imp_t _ep);
err_t Link2_imp_recv_Drained(Link2_imp_t _ep, SIP_OUT Link2_Drained_t *_msg);
err_t Link2_imp_recv_Busy(Link2_imp_t _ep);
/* The handlers' state: the SIP defines struct Link2_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Link2_imp_ctx Link2_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Link2_imp_handlers {
    Link2_imp_ctx_t *ctx;
    err_t (*on_Connected)(Link2_imp_ctx_t *ctx, Link2_imp_t ep);
    err_t (*on_Sent)(Link2_imp_ctx_t *ctx, Link2_imp_t ep);
    err_t (*on_Drained)(Link2_imp_ctx_t *ctx, Link2_imp_t ep, Link2_Drained_t msg);
    err_t (*on_Busy)(Link2_imp_ctx_t *ctx, Link2_imp_t ep);
} Link2_imp_handlers_t;
chan_case_t Link2_imp_case(Link2_imp_t ep, const Link2_imp_handlers_t *h);
err_t Link2_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Link2_imp_send_Connect, then the next message received, in one kernel entry. */
err_t Link2_imp_call_Connect(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply);
/* Link2_imp_send_Send, then the next message received, in one kernel entry. */
err_t Link2_imp_call_Send(Link2_imp_t _ep, uint32_t word, SIP_OUT Link2_imp_msg_t *_reply);
/* Link2_imp_send_Drain, then the next message received, in one kernel entry. */
err_t Link2_imp_call_Drain(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply);
static inline Link_imp_t Link2_imp_to_Link(Link2_imp_t ep)
{
    Link_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Link2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Link2_imp_from_Link(Link_imp_t ep, SIP_OUT Link2_imp_t *out);

/* Link2_exp: the exporting (service) side. */
err_t Link2_exp_send_Connected(Link2_exp_t _ep);
err_t Link2_exp_send_Sent(Link2_exp_t _ep);
err_t Link2_exp_send_Drained(Link2_exp_t _ep, uint32_t words);
err_t Link2_exp_send_Busy(Link2_exp_t _ep);
/* Any message Link2_exp receives; id is a Link2_MSG_*. */
typedef struct Link2_exp_msg {
    uint16_t id;
    union {
        Link2_Send_t Send;
    } u;
} Link2_exp_msg_t;
err_t Link2_exp_recv(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_msg);
err_t Link2_exp_recv_Connect(Link2_exp_t _ep);
err_t Link2_exp_recv_Send(Link2_exp_t _ep, SIP_OUT Link2_Send_t *_msg);
err_t Link2_exp_recv_Drain(Link2_exp_t _ep);
/* The handlers' state: the SIP defines struct Link2_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Link2_exp_ctx Link2_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Link2_exp_handlers {
    Link2_exp_ctx_t *ctx;
    err_t (*on_Connect)(Link2_exp_ctx_t *ctx, Link2_exp_t ep);
    err_t (*on_Send)(Link2_exp_ctx_t *ctx, Link2_exp_t ep, Link2_Send_t msg);
    err_t (*on_Drain)(Link2_exp_ctx_t *ctx, Link2_exp_t ep);
} Link2_exp_handlers_t;
chan_case_t Link2_exp_case(Link2_exp_t ep, const Link2_exp_handlers_t *h);
err_t Link2_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Link2_exp_send_Connected, then the next message received, in one kernel entry. */
err_t Link2_exp_call_Connected(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
/* Link2_exp_send_Sent, then the next message received, in one kernel entry. */
err_t Link2_exp_call_Sent(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
/* Link2_exp_send_Drained, then the next message received, in one kernel entry. */
err_t Link2_exp_call_Drained(Link2_exp_t _ep, uint32_t words, SIP_OUT Link2_exp_msg_t *_reply);
/* Link2_exp_send_Busy, then the next message received, in one kernel entry. */
err_t Link2_exp_call_Busy(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
static inline Link_exp_t Link2_exp_to_Link(Link2_exp_t ep)
{
    Link_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Link2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Link2_exp_from_Link(Link_exp_t ep, SIP_OUT Link2_exp_t *out);

#endif /* INSULA_CONTRACTS_VERSIONING_H */
