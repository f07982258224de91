/* generated from burst.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_BURST_H
#define INSULA_CONTRACTS_BURST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Burst
#define INSULA_ENDPOINT_Burst
#define Burst_CONTRACT_ID 0xd1aaec41u
/* The importing (client) end of a Burst channel. */
typedef struct Burst_imp { chan_handle_t h; } Burst_imp_t;
/* The exporting (service) end of a Burst channel. */
typedef struct Burst_exp { chan_handle_t h; } Burst_exp_t;
#endif

/* ==== contract Burst ==== */

#define Burst_MSG_A 0u
#define Burst_MSG_B 1u
#define Burst_MSG_C 2u
#define Burst_MSG_Done 3u
#define Burst_MSG_More 4u
#define Burst_MSG_COUNT 5u

/* in message A(u32 x): imp sends, exp receives */
typedef struct Burst_A {
    uint32_t x;
    uint8_t _pad0[4];
} Burst_A_t;
_Static_assert(sizeof(Burst_A_t) == 8, "Burst.A: size");
_Static_assert(offsetof(Burst_A_t, x) == 0, "Burst.A.x: offset");

/* in message B(u32 x): imp sends, exp receives */
typedef struct Burst_B {
    uint32_t x;
    uint8_t _pad0[4];
} Burst_B_t;
_Static_assert(sizeof(Burst_B_t) == 8, "Burst.B: size");
_Static_assert(offsetof(Burst_B_t, x) == 0, "Burst.B.x: offset");

/* in message C(u32 x): imp sends, exp receives */
typedef struct Burst_C {
    uint32_t x;
    uint8_t _pad0[4];
} Burst_C_t;
_Static_assert(sizeof(Burst_C_t) == 8, "Burst.C: size");
_Static_assert(offsetof(Burst_C_t, x) == 0, "Burst.C.x: offset");

/* out message Done(u32 sum): exp sends, imp receives */
typedef struct Burst_Done {
    uint32_t sum;
    uint8_t _pad0[4];
} Burst_Done_t;
_Static_assert(sizeof(Burst_Done_t) == 8, "Burst.Done: size");
_Static_assert(offsetof(Burst_Done_t, sum) == 0, "Burst.Done.sum: offset");

/* out message More(): exp sends, imp receives */

/* Burst_imp: the importing (client) side. */
err_t Burst_imp_send_A(Burst_imp_t _ep, uint32_t x);
err_t Burst_imp_send_B(Burst_imp_t _ep, uint32_t x);
err_t Burst_imp_send_C(Burst_imp_t _ep, uint32_t x);
/* Any message Burst_imp receives; id is a Burst_MSG_*. */
typedef struct Burst_imp_msg {
    uint16_t id;
    union {
        Burst_Done_t Done;
    } u;
} Burst_imp_msg_t;
err_t Burst_imp_recv(Burst_imp_t _ep, SIP_OUT Burst_imp_msg_t *_msg);
err_t Burst_imp_recv_Done(Burst_imp_t _ep, SIP_OUT Burst_Done_t *_msg);
err_t Burst_imp_recv_More(Burst_imp_t _ep);
/* The handlers' state: the SIP defines struct Burst_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Burst_imp_ctx Burst_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Burst_imp_handlers {
    Burst_imp_ctx_t *ctx;
    err_t (*on_Done)(Burst_imp_ctx_t *ctx, Burst_imp_t ep, Burst_Done_t msg);
    err_t (*on_More)(Burst_imp_ctx_t *ctx, Burst_imp_t ep);
} Burst_imp_handlers_t;
chan_case_t Burst_imp_case(Burst_imp_t ep, const Burst_imp_handlers_t *h);
err_t Burst_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Burst_imp_send_C, then the next message received, in one kernel entry. */
err_t Burst_imp_call_C(Burst_imp_t _ep, uint32_t x, SIP_OUT Burst_imp_msg_t *_reply);

/* Burst_exp: the exporting (service) side. */
err_t Burst_exp_send_Done(Burst_exp_t _ep, uint32_t sum);
err_t Burst_exp_send_More(Burst_exp_t _ep);
/* Any message Burst_exp receives; id is a Burst_MSG_*. */
typedef struct Burst_exp_msg {
    uint16_t id;
    union {
        Burst_A_t A;
        Burst_B_t B;
        Burst_C_t C;
    } u;
} Burst_exp_msg_t;
err_t Burst_exp_recv(Burst_exp_t _ep, SIP_OUT Burst_exp_msg_t *_msg);
err_t Burst_exp_recv_A(Burst_exp_t _ep, SIP_OUT Burst_A_t *_msg);
err_t Burst_exp_recv_B(Burst_exp_t _ep, SIP_OUT Burst_B_t *_msg);
err_t Burst_exp_recv_C(Burst_exp_t _ep, SIP_OUT Burst_C_t *_msg);
/* The handlers' state: the SIP defines struct Burst_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Burst_exp_ctx Burst_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Burst_exp_handlers {
    Burst_exp_ctx_t *ctx;
    err_t (*on_A)(Burst_exp_ctx_t *ctx, Burst_exp_t ep, Burst_A_t msg);
    err_t (*on_B)(Burst_exp_ctx_t *ctx, Burst_exp_t ep, Burst_B_t msg);
    err_t (*on_C)(Burst_exp_ctx_t *ctx, Burst_exp_t ep, Burst_C_t msg);
} Burst_exp_handlers_t;
chan_case_t Burst_exp_case(Burst_exp_t ep, const Burst_exp_handlers_t *h);
err_t Burst_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Burst_exp_send_More, then the next message received, in one kernel entry. */
err_t Burst_exp_call_More(Burst_exp_t _ep, SIP_OUT Burst_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_BURST_H */
