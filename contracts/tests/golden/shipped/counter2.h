/* generated from counter2.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_COUNTER2_H
#define INSULA_CONTRACTS_COUNTER2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Counter2
#define INSULA_ENDPOINT_Counter2
#define Counter2_CONTRACT_ID 0xbceec463u
/* The importing (client) end of a Counter2 channel. */
typedef struct Counter2_imp { chan_handle_t h; } Counter2_imp_t;
/* The exporting (service) end of a Counter2 channel. */
typedef struct Counter2_exp { chan_handle_t h; } Counter2_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Counter
#define INSULA_ENDPOINT_Counter
#define Counter_CONTRACT_ID 0xfc0f33c3u
/* The importing (client) end of a Counter channel. */
typedef struct Counter_imp { chan_handle_t h; } Counter_imp_t;
/* The exporting (service) end of a Counter channel. */
typedef struct Counter_exp { chan_handle_t h; } Counter_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract Counter2 extends Counter ==== */

#define Counter2_MSG_Hello 0u
#define Counter2_MSG_Goodbye 1u
#define Counter2_MSG_AckGoodbye 2u
#define Counter2_MSG_Add 3u
#define Counter2_MSG_Get 4u
#define Counter2_MSG_Value 5u
#define Counter2_MSG_Reset 6u
#define Counter2_MSG_AckReset 7u
#define Counter2_MSG_Saturated 8u
#define Counter2_MSG_COUNT 9u

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Counter2_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Counter2_Hello_t;
_Static_assert(sizeof(Counter2_Hello_t) == 8, "Counter2.Hello: size");
_Static_assert(offsetof(Counter2_Hello_t, version) == 0, "Counter2.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message Add(u32 n): imp sends, exp receives */
typedef struct Counter2_Add {
    uint32_t n;
    uint8_t _pad0[4];
} Counter2_Add_t;
_Static_assert(sizeof(Counter2_Add_t) == 8, "Counter2.Add: size");
_Static_assert(offsetof(Counter2_Add_t, n) == 0, "Counter2.Add.n: offset");

/* in message Get(): imp sends, exp receives */

/* out message Value(u64 total): exp sends, imp receives */
typedef struct Counter2_Value {
    uint64_t total;
} Counter2_Value_t;
_Static_assert(sizeof(Counter2_Value_t) == 8, "Counter2.Value: size");
_Static_assert(offsetof(Counter2_Value_t, total) == 0, "Counter2.Value.total: offset");

/* in message Reset(): imp sends, exp receives */

/* out message AckReset(): exp sends, imp receives */

/* out message Saturated(u64 limit): exp sends, imp receives */
typedef struct Counter2_Saturated {
    uint64_t limit;
} Counter2_Saturated_t;
_Static_assert(sizeof(Counter2_Saturated_t) == 8, "Counter2.Saturated: size");
_Static_assert(offsetof(Counter2_Saturated_t, limit) == 0, "Counter2.Saturated.limit: offset");

/* Counter2_imp: the importing (client) side. */
err_t Counter2_imp_send_Goodbye(Counter2_imp_t _ep);
err_t Counter2_imp_send_Add(Counter2_imp_t _ep, uint32_t n);
err_t Counter2_imp_send_Get(Counter2_imp_t _ep);
err_t Counter2_imp_send_Reset(Counter2_imp_t _ep);
/* Any message Counter2_imp receives; id is a Counter2_MSG_*. */
typedef struct Counter2_imp_msg {
    uint16_t id;
    union {
        Counter2_Hello_t Hello;
        Counter2_Value_t Value;
        Counter2_Saturated_t Saturated;
    } u;
} Counter2_imp_msg_t;
err_t Counter2_imp_recv(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_msg);
err_t Counter2_imp_recv_Hello(Counter2_imp_t _ep, SIP_OUT Counter2_Hello_t *_msg);
err_t Counter2_imp_recv_AckGoodbye(Counter2_imp_t _ep);
err_t Counter2_imp_recv_Value(Counter2_imp_t _ep, SIP_OUT Counter2_Value_t *_msg);
err_t Counter2_imp_recv_AckReset(Counter2_imp_t _ep);
err_t Counter2_imp_recv_Saturated(Counter2_imp_t _ep, SIP_OUT Counter2_Saturated_t *_msg);
/* The handlers' state: the SIP defines struct Counter2_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Counter2_imp_ctx Counter2_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Counter2_imp_handlers {
    Counter2_imp_ctx_t *ctx;
    err_t (*on_Hello)(Counter2_imp_ctx_t *ctx, Counter2_imp_t ep, Counter2_Hello_t msg);
    err_t (*on_AckGoodbye)(Counter2_imp_ctx_t *ctx, Counter2_imp_t ep);
    err_t (*on_Value)(Counter2_imp_ctx_t *ctx, Counter2_imp_t ep, Counter2_Value_t msg);
    err_t (*on_AckReset)(Counter2_imp_ctx_t *ctx, Counter2_imp_t ep);
    err_t (*on_Saturated)(Counter2_imp_ctx_t *ctx, Counter2_imp_t ep, Counter2_Saturated_t msg);
} Counter2_imp_handlers_t;
chan_case_t Counter2_imp_case(Counter2_imp_t ep, const Counter2_imp_handlers_t *h);
err_t Counter2_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Counter2_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Counter2_imp_call_Goodbye(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
/* Counter2_imp_send_Add, then the next message received, in one kernel entry. */
err_t Counter2_imp_call_Add(Counter2_imp_t _ep, uint32_t n, SIP_OUT Counter2_imp_msg_t *_reply);
/* Counter2_imp_send_Get, then the next message received, in one kernel entry. */
err_t Counter2_imp_call_Get(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
/* Counter2_imp_send_Reset, then the next message received, in one kernel entry. */
err_t Counter2_imp_call_Reset(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
static inline Counter_imp_t Counter2_imp_to_Counter(Counter2_imp_t ep)
{
    Counter_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter2_imp_from_Counter(Counter_imp_t ep, SIP_OUT Counter2_imp_t *out);
static inline Service_imp_t Counter2_imp_to_Service(Counter2_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter2_imp_from_Service(Service_imp_t ep, SIP_OUT Counter2_imp_t *out);

/* Counter2_exp: the exporting (service) side. */
err_t Counter2_exp_send_Hello(Counter2_exp_t _ep, uint32_t version);
err_t Counter2_exp_send_AckGoodbye(Counter2_exp_t _ep);
err_t Counter2_exp_send_Value(Counter2_exp_t _ep, uint64_t total);
err_t Counter2_exp_send_AckReset(Counter2_exp_t _ep);
err_t Counter2_exp_send_Saturated(Counter2_exp_t _ep, uint64_t limit);
/* Any message Counter2_exp receives; id is a Counter2_MSG_*. */
typedef struct Counter2_exp_msg {
    uint16_t id;
    union {
        Counter2_Add_t Add;
    } u;
} Counter2_exp_msg_t;
err_t Counter2_exp_recv(Counter2_exp_t _ep, SIP_OUT Counter2_exp_msg_t *_msg);
err_t Counter2_exp_recv_Goodbye(Counter2_exp_t _ep);
err_t Counter2_exp_recv_Add(Counter2_exp_t _ep, SIP_OUT Counter2_Add_t *_msg);
err_t Counter2_exp_recv_Get(Counter2_exp_t _ep);
err_t Counter2_exp_recv_Reset(Counter2_exp_t _ep);
/* The handlers' state: the SIP defines struct Counter2_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Counter2_exp_ctx Counter2_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Counter2_exp_handlers {
    Counter2_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Counter2_exp_ctx_t *ctx, Counter2_exp_t ep);
    err_t (*on_Add)(Counter2_exp_ctx_t *ctx, Counter2_exp_t ep, Counter2_Add_t msg);
    err_t (*on_Get)(Counter2_exp_ctx_t *ctx, Counter2_exp_t ep);
    err_t (*on_Reset)(Counter2_exp_ctx_t *ctx, Counter2_exp_t ep);
} Counter2_exp_handlers_t;
chan_case_t Counter2_exp_case(Counter2_exp_t ep, const Counter2_exp_handlers_t *h);
err_t Counter2_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Counter2_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Counter2_exp_call_Hello(Counter2_exp_t _ep, uint32_t version, SIP_OUT Counter2_exp_msg_t *_reply);
/* Counter2_exp_send_Value, then the next message received, in one kernel entry. */
err_t Counter2_exp_call_Value(Counter2_exp_t _ep, uint64_t total, SIP_OUT Counter2_exp_msg_t *_reply);
/* Counter2_exp_send_AckReset, then the next message received, in one kernel entry. */
err_t Counter2_exp_call_AckReset(Counter2_exp_t _ep, SIP_OUT Counter2_exp_msg_t *_reply);
/* Counter2_exp_send_Saturated, then the next message received, in one kernel entry. */
err_t Counter2_exp_call_Saturated(Counter2_exp_t _ep, uint64_t limit, SIP_OUT Counter2_exp_msg_t *_reply);
static inline Counter_exp_t Counter2_exp_to_Counter(Counter2_exp_t ep)
{
    Counter_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter2_exp_from_Counter(Counter_exp_t ep, SIP_OUT Counter2_exp_t *out);
static inline Service_exp_t Counter2_exp_to_Service(Counter2_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter2_exp_from_Service(Service_exp_t ep, SIP_OUT Counter2_exp_t *out);

#endif /* INSULA_CONTRACTS_COUNTER2_H */
