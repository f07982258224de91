/* generated from kv.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_KV_H
#define INSULA_CONTRACTS_KV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Kv
#define INSULA_ENDPOINT_Kv
#define Kv_CONTRACT_ID 0x58eefeb4u
/* The importing (client) end of a Kv channel. */
typedef struct Kv_imp { chan_handle_t h; } Kv_imp_t;
/* The exporting (service) end of a Kv channel. */
typedef struct Kv_exp { chan_handle_t h; } Kv_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract Kv extends Service ==== */

#define Kv_MSG_Hello 0u
#define Kv_MSG_Goodbye 1u
#define Kv_MSG_AckGoodbye 2u
#define Kv_MSG_Put 3u
#define Kv_MSG_AckPut 4u
#define Kv_MSG_PutError 5u
#define Kv_MSG_Get 6u
#define Kv_MSG_AckGet 7u
#define Kv_MSG_GetError 8u
#define Kv_MSG_COUNT 9u

/* enum Error */
typedef uint32_t Kv_Error_t;
#define Kv_Error_NotFound ((Kv_Error_t)1u)
#define Kv_Error_Full ((Kv_Error_t)2u)

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Kv_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Kv_Hello_t;
_Static_assert(sizeof(Kv_Hello_t) == 8, "Kv.Hello: size");
_Static_assert(offsetof(Kv_Hello_t, version) == 0, "Kv.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message Put(string<63> key, u64 value): imp sends, exp receives */
typedef struct Kv_Put {
    xheap_handle_t key;
    uint64_t value;
} Kv_Put_t;
_Static_assert(sizeof(Kv_Put_t) == 16, "Kv.Put: size");
_Static_assert(offsetof(Kv_Put_t, key) == 0, "Kv.Put.key: offset");
_Static_assert(offsetof(Kv_Put_t, value) == 8, "Kv.Put.value: offset");

/* out message AckPut(): exp sends, imp receives */

/* out message PutError(Error error): exp sends, imp receives */
typedef struct Kv_PutError {
    Kv_Error_t error;
    uint8_t _pad0[4];
} Kv_PutError_t;
_Static_assert(sizeof(Kv_PutError_t) == 8, "Kv.PutError: size");
_Static_assert(offsetof(Kv_PutError_t, error) == 0, "Kv.PutError.error: offset");

/* in message Get(string<63> key): imp sends, exp receives */
typedef struct Kv_Get {
    xheap_handle_t key;
} Kv_Get_t;
_Static_assert(sizeof(Kv_Get_t) == 8, "Kv.Get: size");
_Static_assert(offsetof(Kv_Get_t, key) == 0, "Kv.Get.key: offset");

/* out message AckGet(u64 value): exp sends, imp receives */
typedef struct Kv_AckGet {
    uint64_t value;
} Kv_AckGet_t;
_Static_assert(sizeof(Kv_AckGet_t) == 8, "Kv.AckGet: size");
_Static_assert(offsetof(Kv_AckGet_t, value) == 0, "Kv.AckGet.value: offset");

/* out message GetError(Error error): exp sends, imp receives */
typedef struct Kv_GetError {
    Kv_Error_t error;
    uint8_t _pad0[4];
} Kv_GetError_t;
_Static_assert(sizeof(Kv_GetError_t) == 8, "Kv.GetError: size");
_Static_assert(offsetof(Kv_GetError_t, error) == 0, "Kv.GetError.error: offset");

/* Kv_imp: the importing (client) side. */
err_t Kv_imp_send_Goodbye(Kv_imp_t _ep);
err_t Kv_imp_send_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value);
err_t Kv_imp_send_Get(Kv_imp_t _ep, xheap_handle_t key);
/* Any message Kv_imp receives; id is a Kv_MSG_*. */
typedef struct Kv_imp_msg {
    uint16_t id;
    union {
        Kv_Hello_t Hello;
        Kv_PutError_t PutError;
        Kv_AckGet_t AckGet;
        Kv_GetError_t GetError;
    } u;
} Kv_imp_msg_t;
err_t Kv_imp_recv(Kv_imp_t _ep, SIP_OUT Kv_imp_msg_t *_msg);
err_t Kv_imp_recv_Hello(Kv_imp_t _ep, SIP_OUT Kv_Hello_t *_msg);
err_t Kv_imp_recv_AckGoodbye(Kv_imp_t _ep);
err_t Kv_imp_recv_AckPut(Kv_imp_t _ep);
err_t Kv_imp_recv_PutError(Kv_imp_t _ep, SIP_OUT Kv_PutError_t *_msg);
err_t Kv_imp_recv_AckGet(Kv_imp_t _ep, SIP_OUT Kv_AckGet_t *_msg);
err_t Kv_imp_recv_GetError(Kv_imp_t _ep, SIP_OUT Kv_GetError_t *_msg);
/* The handlers' state: the SIP defines struct Kv_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Kv_imp_ctx Kv_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Kv_imp_handlers {
    Kv_imp_ctx_t *ctx;
    err_t (*on_Hello)(Kv_imp_ctx_t *ctx, Kv_imp_t ep, Kv_Hello_t msg);
    err_t (*on_AckGoodbye)(Kv_imp_ctx_t *ctx, Kv_imp_t ep);
    err_t (*on_AckPut)(Kv_imp_ctx_t *ctx, Kv_imp_t ep);
    err_t (*on_PutError)(Kv_imp_ctx_t *ctx, Kv_imp_t ep, Kv_PutError_t msg);
    err_t (*on_AckGet)(Kv_imp_ctx_t *ctx, Kv_imp_t ep, Kv_AckGet_t msg);
    err_t (*on_GetError)(Kv_imp_ctx_t *ctx, Kv_imp_t ep, Kv_GetError_t msg);
} Kv_imp_handlers_t;
chan_case_t Kv_imp_case(Kv_imp_t ep, const Kv_imp_handlers_t *h);
err_t Kv_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Kv_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Kv_imp_call_Goodbye(Kv_imp_t _ep, SIP_OUT Kv_imp_msg_t *_reply);
/* Kv_imp_send_Put, then the next message received, in one kernel entry. */
err_t Kv_imp_call_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value, SIP_OUT Kv_imp_msg_t *_reply);
/* Kv_imp_send_Get, then the next message received, in one kernel entry. */
err_t Kv_imp_call_Get(Kv_imp_t _ep, xheap_handle_t key, SIP_OUT Kv_imp_msg_t *_reply);
static inline Service_imp_t Kv_imp_to_Service(Kv_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Kv (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Kv_imp_from_Service(Service_imp_t ep, SIP_OUT Kv_imp_t *out);

/* Kv_exp: the exporting (service) side. */
err_t Kv_exp_send_Hello(Kv_exp_t _ep, uint32_t version);
err_t Kv_exp_send_AckGoodbye(Kv_exp_t _ep);
err_t Kv_exp_send_AckPut(Kv_exp_t _ep);
err_t Kv_exp_send_PutError(Kv_exp_t _ep, Kv_Error_t error);
err_t Kv_exp_send_AckGet(Kv_exp_t _ep, uint64_t value);
err_t Kv_exp_send_GetError(Kv_exp_t _ep, Kv_Error_t error);
/* Any message Kv_exp receives; id is a Kv_MSG_*. */
typedef struct Kv_exp_msg {
    uint16_t id;
    union {
        Kv_Put_t Put;
        Kv_Get_t Get;
    } u;
} Kv_exp_msg_t;
err_t Kv_exp_recv(Kv_exp_t _ep, SIP_OUT Kv_exp_msg_t *_msg);
err_t Kv_exp_recv_Goodbye(Kv_exp_t _ep);
err_t Kv_exp_recv_Put(Kv_exp_t _ep, SIP_OUT Kv_Put_t *_msg);
err_t Kv_exp_recv_Get(Kv_exp_t _ep, SIP_OUT Kv_Get_t *_msg);
/* The handlers' state: the SIP defines struct Kv_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Kv_exp_ctx Kv_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Kv_exp_handlers {
    Kv_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Kv_exp_ctx_t *ctx, Kv_exp_t ep);
    err_t (*on_Put)(Kv_exp_ctx_t *ctx, Kv_exp_t ep, Kv_Put_t msg);
    err_t (*on_Get)(Kv_exp_ctx_t *ctx, Kv_exp_t ep, Kv_Get_t msg);
} Kv_exp_handlers_t;
chan_case_t Kv_exp_case(Kv_exp_t ep, const Kv_exp_handlers_t *h);
err_t Kv_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Kv_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Kv_exp_call_Hello(Kv_exp_t _ep, uint32_t version, SIP_OUT Kv_exp_msg_t *_reply);
/* Kv_exp_send_AckPut, then the next message received, in one kernel entry. */
err_t Kv_exp_call_AckPut(Kv_exp_t _ep, SIP_OUT Kv_exp_msg_t *_reply);
/* Kv_exp_send_PutError, then the next message received, in one kernel entry. */
err_t Kv_exp_call_PutError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply);
/* Kv_exp_send_AckGet, then the next message received, in one kernel entry. */
err_t Kv_exp_call_AckGet(Kv_exp_t _ep, uint64_t value, SIP_OUT Kv_exp_msg_t *_reply);
/* Kv_exp_send_GetError, then the next message received, in one kernel entry. */
err_t Kv_exp_call_GetError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply);
static inline Service_exp_t Kv_exp_to_Service(Kv_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Kv (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Kv_exp_from_Service(Service_exp_t ep, SIP_OUT Kv_exp_t *out);

#endif /* INSULA_CONTRACTS_KV_H */
