/* generated from bench.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_BENCH_H
#define INSULA_CONTRACTS_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Bench
#define INSULA_ENDPOINT_Bench
#define Bench_CONTRACT_ID 0x346ad459u
/* The importing (client) end of a Bench channel. */
typedef struct Bench_imp { chan_handle_t h; } Bench_imp_t;
/* The exporting (service) end of a Bench channel. */
typedef struct Bench_exp { chan_handle_t h; } Bench_exp_t;
#endif

/* ==== contract Bench ==== */

#define Bench_MSG_Ping 0u
#define Bench_MSG_Pong 1u
#define Bench_MSG_Data 2u
#define Bench_MSG_DataBack 3u
#define Bench_MSG_COUNT 4u

/* in message Ping(u8 byte): imp sends, exp receives */
typedef struct Bench_Ping {
    uint8_t byte;
    uint8_t _pad0[7];
} Bench_Ping_t;
_Static_assert(sizeof(Bench_Ping_t) == 8, "Bench.Ping: size");
_Static_assert(offsetof(Bench_Ping_t, byte) == 0, "Bench.Ping.byte: offset");

/* out message Pong(u8 byte): exp sends, imp receives */
typedef struct Bench_Pong {
    uint8_t byte;
    uint8_t _pad0[7];
} Bench_Pong_t;
_Static_assert(sizeof(Bench_Pong_t) == 8, "Bench.Pong: size");
_Static_assert(offsetof(Bench_Pong_t, byte) == 0, "Bench.Pong.byte: offset");

/* in message Data(bytes<65536> block): imp sends, exp receives */
typedef struct Bench_Data {
    xheap_handle_t block;
} Bench_Data_t;
_Static_assert(sizeof(Bench_Data_t) == 8, "Bench.Data: size");
_Static_assert(offsetof(Bench_Data_t, block) == 0, "Bench.Data.block: offset");

/* out message DataBack(bytes<65536> block): exp sends, imp receives */
typedef struct Bench_DataBack {
    xheap_handle_t block;
} Bench_DataBack_t;
_Static_assert(sizeof(Bench_DataBack_t) == 8, "Bench.DataBack: size");
_Static_assert(offsetof(Bench_DataBack_t, block) == 0, "Bench.DataBack.block: offset");

/* Bench_imp: the importing (client) side. */
err_t Bench_imp_send_Ping(Bench_imp_t _ep, uint8_t byte);
err_t Bench_imp_send_Data(Bench_imp_t _ep, xheap_handle_t block);
/* Any message Bench_imp receives; id is a Bench_MSG_*. */
typedef struct Bench_imp_msg {
    uint16_t id;
    union {
        Bench_Pong_t Pong;
        Bench_DataBack_t DataBack;
    } u;
} Bench_imp_msg_t;
err_t Bench_imp_recv(Bench_imp_t _ep, SIP_OUT Bench_imp_msg_t *_msg);
err_t Bench_imp_recv_Pong(Bench_imp_t _ep, SIP_OUT Bench_Pong_t *_msg);
err_t Bench_imp_recv_DataBack(Bench_imp_t _ep, SIP_OUT Bench_DataBack_t *_msg);
/* The handlers' state: the SIP defines struct Bench_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Bench_imp_ctx Bench_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Bench_imp_handlers {
    Bench_imp_ctx_t *ctx;
    err_t (*on_Pong)(Bench_imp_ctx_t *ctx, Bench_imp_t ep, Bench_Pong_t msg);
    err_t (*on_DataBack)(Bench_imp_ctx_t *ctx, Bench_imp_t ep, Bench_DataBack_t msg);
} Bench_imp_handlers_t;
chan_case_t Bench_imp_case(Bench_imp_t ep, const Bench_imp_handlers_t *h);
err_t Bench_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Bench_imp_send_Ping, then the next message received, in one kernel entry. */
err_t Bench_imp_call_Ping(Bench_imp_t _ep, uint8_t byte, SIP_OUT Bench_imp_msg_t *_reply);
/* Bench_imp_send_Data, then the next message received, in one kernel entry. */
err_t Bench_imp_call_Data(Bench_imp_t _ep, xheap_handle_t block, SIP_OUT Bench_imp_msg_t *_reply);

/* Bench_exp: the exporting (service) side. */
err_t Bench_exp_send_Pong(Bench_exp_t _ep, uint8_t byte);
err_t Bench_exp_send_DataBack(Bench_exp_t _ep, xheap_handle_t block);
/* Any message Bench_exp receives; id is a Bench_MSG_*. */
typedef struct Bench_exp_msg {
    uint16_t id;
    union {
        Bench_Ping_t Ping;
        Bench_Data_t Data;
    } u;
} Bench_exp_msg_t;
err_t Bench_exp_recv(Bench_exp_t _ep, SIP_OUT Bench_exp_msg_t *_msg);
err_t Bench_exp_recv_Ping(Bench_exp_t _ep, SIP_OUT Bench_Ping_t *_msg);
err_t Bench_exp_recv_Data(Bench_exp_t _ep, SIP_OUT Bench_Data_t *_msg);
/* The handlers' state: the SIP defines struct Bench_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Bench_exp_ctx Bench_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Bench_exp_handlers {
    Bench_exp_ctx_t *ctx;
    err_t (*on_Ping)(Bench_exp_ctx_t *ctx, Bench_exp_t ep, Bench_Ping_t msg);
    err_t (*on_Data)(Bench_exp_ctx_t *ctx, Bench_exp_t ep, Bench_Data_t msg);
} Bench_exp_handlers_t;
chan_case_t Bench_exp_case(Bench_exp_t ep, const Bench_exp_handlers_t *h);
err_t Bench_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Bench_exp_send_Pong, then the next message received, in one kernel entry. */
err_t Bench_exp_call_Pong(Bench_exp_t _ep, uint8_t byte, SIP_OUT Bench_exp_msg_t *_reply);
/* Bench_exp_send_DataBack, then the next message received, in one kernel entry. */
err_t Bench_exp_call_DataBack(Bench_exp_t _ep, xheap_handle_t block, SIP_OUT Bench_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_BENCH_H */
