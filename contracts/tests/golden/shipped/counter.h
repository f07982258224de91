/* generated from counter.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_COUNTER_H
#define INSULA_CONTRACTS_COUNTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

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

/* ==== contract Counter extends Service ==== */

#define Counter_MSG_Hello 0u
#define Counter_MSG_Goodbye 1u
#define Counter_MSG_AckGoodbye 2u
#define Counter_MSG_Add 3u
#define Counter_MSG_Get 4u
#define Counter_MSG_Value 5u
#define Counter_MSG_COUNT 6u

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Counter_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Counter_Hello_t;
_Static_assert(sizeof(Counter_Hello_t) == 8, "Counter.Hello: size");
_Static_assert(offsetof(Counter_Hello_t, version) == 0, "Counter.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message Add(u32 n): imp sends, exp receives */
typedef struct Counter_Add {
    uint32_t n;
    uint8_t _pad0[4];
} Counter_Add_t;
_Static_assert(sizeof(Counter_Add_t) == 8, "Counter.Add: size");
_Static_assert(offsetof(Counter_Add_t, n) == 0, "Counter.Add.n: offset");

/* in message Get(): imp sends, exp receives */

/* out message Value(u64 total): exp sends, imp receives */
typedef struct Counter_Value {
    uint64_t total;
} Counter_Value_t;
_Static_assert(sizeof(Counter_Value_t) == 8, "Counter.Value: size");
_Static_assert(offsetof(Counter_Value_t, total) == 0, "Counter.Value.total: offset");

/* Counter_imp: the importing (client) side. */
err_t Counter_imp_send_Goodbye(Counter_imp_t _ep);
err_t Counter_imp_send_Add(Counter_imp_t _ep, uint32_t n);
err_t Counter_imp_send_Get(Counter_imp_t _ep);
/* Any message Counter_imp receives; id is a Counter_MSG_*. */
typedef struct Counter_imp_msg {
    uint16_t id;
    union {
        Counter_Hello_t Hello;
        Counter_Value_t Value;
    } u;
} Counter_imp_msg_t;
err_t Counter_imp_recv(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_msg);
err_t Counter_imp_recv_Hello(Counter_imp_t _ep, SIP_OUT Counter_Hello_t *_msg);
err_t Counter_imp_recv_AckGoodbye(Counter_imp_t _ep);
err_t Counter_imp_recv_Value(Counter_imp_t _ep, SIP_OUT Counter_Value_t *_msg);
/* The handlers' state: the SIP defines struct Counter_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Counter_imp_ctx Counter_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Counter_imp_handlers {
    Counter_imp_ctx_t *ctx;
    err_t (*on_Hello)(Counter_imp_ctx_t *ctx, Counter_imp_t ep, Counter_Hello_t msg);
    err_t (*on_AckGoodbye)(Counter_imp_ctx_t *ctx, Counter_imp_t ep);
    err_t (*on_Value)(Counter_imp_ctx_t *ctx, Counter_imp_t ep, Counter_Value_t msg);
} Counter_imp_handlers_t;
chan_case_t Counter_imp_case(Counter_imp_t ep, const Counter_imp_handlers_t *h);
err_t Counter_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Counter_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Counter_imp_call_Goodbye(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply);
/* Counter_imp_send_Add, then the next message received, in one kernel entry. */
err_t Counter_imp_call_Add(Counter_imp_t _ep, uint32_t n, SIP_OUT Counter_imp_msg_t *_reply);
/* Counter_imp_send_Get, then the next message received, in one kernel entry. */
err_t Counter_imp_call_Get(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply);
static inline Service_imp_t Counter_imp_to_Service(Counter_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter_imp_from_Service(Service_imp_t ep, SIP_OUT Counter_imp_t *out);

/* Counter_exp: the exporting (service) side. */
err_t Counter_exp_send_Hello(Counter_exp_t _ep, uint32_t version);
err_t Counter_exp_send_AckGoodbye(Counter_exp_t _ep);
err_t Counter_exp_send_Value(Counter_exp_t _ep, uint64_t total);
/* Any message Counter_exp receives; id is a Counter_MSG_*. */
typedef struct Counter_exp_msg {
    uint16_t id;
    union {
        Counter_Add_t Add;
    } u;
} Counter_exp_msg_t;
err_t Counter_exp_recv(Counter_exp_t _ep, SIP_OUT Counter_exp_msg_t *_msg);
err_t Counter_exp_recv_Goodbye(Counter_exp_t _ep);
err_t Counter_exp_recv_Add(Counter_exp_t _ep, SIP_OUT Counter_Add_t *_msg);
err_t Counter_exp_recv_Get(Counter_exp_t _ep);
/* The handlers' state: the SIP defines struct Counter_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Counter_exp_ctx Counter_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Counter_exp_handlers {
    Counter_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Counter_exp_ctx_t *ctx, Counter_exp_t ep);
    err_t (*on_Add)(Counter_exp_ctx_t *ctx, Counter_exp_t ep, Counter_Add_t msg);
    err_t (*on_Get)(Counter_exp_ctx_t *ctx, Counter_exp_t ep);
} Counter_exp_handlers_t;
chan_case_t Counter_exp_case(Counter_exp_t ep, const Counter_exp_handlers_t *h);
err_t Counter_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Counter_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Counter_exp_call_Hello(Counter_exp_t _ep, uint32_t version, SIP_OUT Counter_exp_msg_t *_reply);
/* Counter_exp_send_Value, then the next message received, in one kernel entry. */
err_t Counter_exp_call_Value(Counter_exp_t _ep, uint64_t total, SIP_OUT Counter_exp_msg_t *_reply);
static inline Service_exp_t Counter_exp_to_Service(Counter_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Counter (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Counter_exp_from_Service(Service_exp_t ep, SIP_OUT Counter_exp_t *out);

#endif /* INSULA_CONTRACTS_COUNTER_H */
