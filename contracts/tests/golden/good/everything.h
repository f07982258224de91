/* generated from everything.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_EVERYTHING_H
#define INSULA_CONTRACTS_EVERYTHING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Base
#define INSULA_ENDPOINT_Base
#define Base_CONTRACT_ID 0xa4bc2bf8u
/* The importing (client) end of a Base channel. */
typedef struct Base_imp { chan_handle_t h; } Base_imp_t;
/* The exporting (service) end of a Base channel. */
typedef struct Base_exp { chan_handle_t h; } Base_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Kitchen
#define INSULA_ENDPOINT_Kitchen
#define Kitchen_CONTRACT_ID 0xba872bcfu
/* The importing (client) end of a Kitchen channel. */
typedef struct Kitchen_imp { chan_handle_t h; } Kitchen_imp_t;
/* The exporting (service) end of a Kitchen channel. */
typedef struct Kitchen_exp { chan_handle_t h; } Kitchen_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Peer
#define INSULA_ENDPOINT_Peer
#define Peer_CONTRACT_ID 0x1ef4a669u
/* The importing (client) end of a Peer channel. */
typedef struct Peer_imp { chan_handle_t h; } Peer_imp_t;
/* The exporting (service) end of a Peer channel. */
typedef struct Peer_exp { chan_handle_t h; } Peer_exp_t;
#endif

/* ==== contract Base ==== */

#define Base_MSG_Ready 0u
#define Base_MSG_Quit 1u
#define Base_MSG_Bye 2u
#define Base_MSG_COUNT 3u

/* out message Ready(u16 version): exp sends, imp receives */
typedef struct Base_Ready {
    uint16_t version;
    uint8_t _pad0[6];
} Base_Ready_t;
_Static_assert(sizeof(Base_Ready_t) == 8, "Base.Ready: size");
_Static_assert(offsetof(Base_Ready_t, version) == 0, "Base.Ready.version: offset");

/* in message Quit(): imp sends, exp receives */

/* out message Bye(): exp sends, imp receives */

/* Base_imp: the importing (client) side. */
err_t Base_imp_send_Quit(Base_imp_t _ep);
/* Any message Base_imp receives; id is a Base_MSG_*. */
typedef struct Base_imp_msg {
    uint16_t id;
    union {
        Base_Ready_t Ready;
    } u;
} Base_imp_msg_t;
err_t Base_imp_recv(Base_imp_t _ep, SIP_OUT Base_imp_msg_t *_msg);
err_t Base_imp_recv_Ready(Base_imp_t _ep, SIP_OUT Base_Ready_t *_msg);
err_t Base_imp_recv_Bye(Base_imp_t _ep);
/* The handlers' state: the SIP defines struct Base_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Base_imp_ctx Base_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Base_imp_handlers {
    Base_imp_ctx_t *ctx;
    err_t (*on_Ready)(Base_imp_ctx_t *ctx, Base_imp_t ep, Base_Ready_t msg);
    err_t (*on_Bye)(Base_imp_ctx_t *ctx, Base_imp_t ep);
} Base_imp_handlers_t;
chan_case_t Base_imp_case(Base_imp_t ep, const Base_imp_handlers_t *h);
err_t Base_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Base_imp_send_Quit, then the next message received, in one kernel entry. */
err_t Base_imp_call_Quit(Base_imp_t _ep, SIP_OUT Base_imp_msg_t *_reply);

/* Base_exp: the exporting (service) side. */
err_t Base_exp_send_Ready(Base_exp_t _ep, uint16_t version);
err_t Base_exp_send_Bye(Base_exp_t _ep);
/* Any message Base_exp receives; id is a Base_MSG_*. */
typedef struct Base_exp_msg {
    uint16_t id;
} Base_exp_msg_t;
err_t Base_exp_recv(Base_exp_t _ep, SIP_OUT Base_exp_msg_t *_msg);
err_t Base_exp_recv_Quit(Base_exp_t _ep);
/* The handlers' state: the SIP defines struct Base_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Base_exp_ctx Base_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Base_exp_handlers {
    Base_exp_ctx_t *ctx;
    err_t (*on_Quit)(Base_exp_ctx_t *ctx, Base_exp_t ep);
} Base_exp_handlers_t;
chan_case_t Base_exp_case(Base_exp_t ep, const Base_exp_handlers_t *h);
err_t Base_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Base_exp_send_Ready, then the next message received, in one kernel entry. */
err_t Base_exp_call_Ready(Base_exp_t _ep, uint16_t version, SIP_OUT Base_exp_msg_t *_reply);

/* ==== contract Kitchen extends Base ==== */

#define Kitchen_MSG_Ready 0u
#define Kitchen_MSG_Quit 1u
#define Kitchen_MSG_Bye 2u
#define Kitchen_MSG_Mixed 3u
#define Kitchen_MSG_Buffers 4u
#define Kitchen_MSG_Pass 5u
#define Kitchen_MSG_AckPass 6u
#define Kitchen_MSG_Fail 7u
#define Kitchen_MSG_Done2 8u
#define Kitchen_MSG_COUNT 9u

/* enum Colour */
typedef uint8_t Kitchen_Colour_t;
#define Kitchen_Colour_Red ((Kitchen_Colour_t)0u)
#define Kitchen_Colour_Green ((Kitchen_Colour_t)1u)
#define Kitchen_Colour_Blue ((Kitchen_Colour_t)2u)

/* enum Big */
typedef uint64_t Kitchen_Big_t;
#define Kitchen_Big_Max ((Kitchen_Big_t)18446744073709551615u)
#define Kitchen_Big_One ((Kitchen_Big_t)1u)

/* out message Ready(u16 version): exp sends, imp receives */
typedef struct Kitchen_Ready {
    uint16_t version;
    uint8_t _pad0[6];
} Kitchen_Ready_t;
_Static_assert(sizeof(Kitchen_Ready_t) == 8, "Kitchen.Ready: size");
_Static_assert(offsetof(Kitchen_Ready_t, version) == 0, "Kitchen.Ready.version: offset");

/* in message Quit(): imp sends, exp receives */

/* out message Bye(): exp sends, imp receives */

/* in message Mixed(i8 a, u64 b, bool c, i16 d, Colour e, u8[3] f, bool[2] g, Big h, i32 i, Colour[4] j): imp sends, exp receives */
typedef struct Kitchen_Mixed {
    int8_t a;
    uint8_t _pad0[7];
    uint64_t b;
    uint8_t c;
    uint8_t _pad1[1];
    int16_t d;
    Kitchen_Colour_t e;
    uint8_t f[3];
    uint8_t g[2];
    uint8_t _pad2[6];
    Kitchen_Big_t h;
    int32_t i;
    Kitchen_Colour_t j[4];
} Kitchen_Mixed_t;
_Static_assert(sizeof(Kitchen_Mixed_t) == 48, "Kitchen.Mixed: size");
_Static_assert(offsetof(Kitchen_Mixed_t, a) == 0, "Kitchen.Mixed.a: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, b) == 8, "Kitchen.Mixed.b: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, c) == 16, "Kitchen.Mixed.c: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, d) == 18, "Kitchen.Mixed.d: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, e) == 20, "Kitchen.Mixed.e: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, f) == 21, "Kitchen.Mixed.f: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, g) == 24, "Kitchen.Mixed.g: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, h) == 32, "Kitchen.Mixed.h: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, i) == 40, "Kitchen.Mixed.i: offset");
_Static_assert(offsetof(Kitchen_Mixed_t, j) == 44, "Kitchen.Mixed.j: offset");

/* in message Buffers(bytes<65536> data, string<255> name, u32 length): imp sends, exp receives */
typedef struct Kitchen_Buffers {
    xheap_handle_t data;
    xheap_handle_t name;
    uint32_t length;
    uint8_t _pad0[4];
} Kitchen_Buffers_t;
_Static_assert(sizeof(Kitchen_Buffers_t) == 24, "Kitchen.Buffers: size");
_Static_assert(offsetof(Kitchen_Buffers_t, data) == 0, "Kitchen.Buffers.data: offset");
_Static_assert(offsetof(Kitchen_Buffers_t, name) == 8, "Kitchen.Buffers.name: offset");
_Static_assert(offsetof(Kitchen_Buffers_t, length) == 16, "Kitchen.Buffers.length: offset");

/* in message Pass(Kitchen.exp:Start child, Base.imp:Idle base, Peer.exp:Start peer): imp sends, exp receives */
typedef struct Kitchen_Pass {
    Kitchen_exp_t child;
    Base_imp_t base;
    Peer_exp_t peer;
} Kitchen_Pass_t;
_Static_assert(sizeof(Kitchen_Pass_t) == 24, "Kitchen.Pass: size");
_Static_assert(offsetof(Kitchen_Pass_t, child) == 0, "Kitchen.Pass.child: offset");
_Static_assert(offsetof(Kitchen_Pass_t, base) == 8, "Kitchen.Pass.base: offset");
_Static_assert(offsetof(Kitchen_Pass_t, peer) == 16, "Kitchen.Pass.peer: offset");

/* out message AckPass(Peer.exp:Talking peer): exp sends, imp receives */
typedef struct Kitchen_AckPass {
    Peer_exp_t peer;
} Kitchen_AckPass_t;
_Static_assert(sizeof(Kitchen_AckPass_t) == 8, "Kitchen.AckPass: size");
_Static_assert(offsetof(Kitchen_AckPass_t, peer) == 0, "Kitchen.AckPass.peer: offset");

/* out message Fail(Colour why): exp sends, imp receives */
typedef struct Kitchen_Fail {
    Kitchen_Colour_t why;
    uint8_t _pad0[7];
} Kitchen_Fail_t;
_Static_assert(sizeof(Kitchen_Fail_t) == 8, "Kitchen.Fail: size");
_Static_assert(offsetof(Kitchen_Fail_t, why) == 0, "Kitchen.Fail.why: offset");

/* out message Done2(): exp sends, imp receives */

/* Kitchen_imp: the importing (client) side. */
err_t Kitchen_imp_send_Quit(Kitchen_imp_t _ep);
err_t Kitchen_imp_send_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4]);
err_t Kitchen_imp_send_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length);
err_t Kitchen_imp_send_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer);
/* Any message Kitchen_imp receives; id is a Kitchen_MSG_*. */
typedef struct Kitchen_imp_msg {
    uint16_t id;
    union {
        Kitchen_Ready_t Ready;
        Kitchen_AckPass_t AckPass;
        Kitchen_Fail_t Fail;
    } u;
} Kitchen_imp_msg_t;
err_t Kitchen_imp_recv(Kitchen_imp_t _ep, SIP_OUT Kitchen_imp_msg_t *_msg);
err_t Kitchen_imp_recv_Ready(Kitchen_imp_t _ep, SIP_OUT Kitchen_Ready_t *_msg);
err_t Kitchen_imp_recv_Bye(Kitchen_imp_t _ep);
err_t Kitchen_imp_recv_AckPass(Kitchen_imp_t _ep, SIP_OUT Kitchen_AckPass_t *_msg);
err_t Kitchen_imp_recv_Fail(Kitchen_imp_t _ep, SIP_OUT Kitchen_Fail_t *_msg);
err_t Kitchen_imp_recv_Done2(Kitchen_imp_t _ep);
/* The handlers' state: the SIP defines struct Kitchen_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Kitchen_imp_ctx Kitchen_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Kitchen_imp_handlers {
    Kitchen_imp_ctx_t *ctx;
    err_t (*on_Ready)(Kitchen_imp_ctx_t *ctx, Kitchen_imp_t ep, Kitchen_Ready_t msg);
    err_t (*on_Bye)(Kitchen_imp_ctx_t *ctx, Kitchen_imp_t ep);
    err_t (*on_AckPass)(Kitchen_imp_ctx_t *ctx, Kitchen_imp_t ep, Kitchen_AckPass_t msg);
    err_t (*on_Fail)(Kitchen_imp_ctx_t *ctx, Kitchen_imp_t ep, Kitchen_Fail_t msg);
    err_t (*on_Done2)(Kitchen_imp_ctx_t *ctx, Kitchen_imp_t ep);
} Kitchen_imp_handlers_t;
chan_case_t Kitchen_imp_case(Kitchen_imp_t ep, const Kitchen_imp_handlers_t *h);
err_t Kitchen_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Kitchen_imp_send_Quit, then the next message received, in one kernel entry. */
err_t Kitchen_imp_call_Quit(Kitchen_imp_t _ep, SIP_OUT Kitchen_imp_msg_t *_reply);
/* Kitchen_imp_send_Mixed, then the next message received, in one kernel entry. */
err_t Kitchen_imp_call_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4], SIP_OUT Kitchen_imp_msg_t *_reply);
/* Kitchen_imp_send_Buffers, then the next message received, in one kernel entry. */
err_t Kitchen_imp_call_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length, SIP_OUT Kitchen_imp_msg_t *_reply);
/* Kitchen_imp_send_Pass, then the next message received, in one kernel entry. */
err_t Kitchen_imp_call_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer, SIP_OUT Kitchen_imp_msg_t *_reply);
static inline Base_imp_t Kitchen_imp_to_Base(Kitchen_imp_t ep)
{
    Base_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Kitchen (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Kitchen_imp_from_Base(Base_imp_t ep, SIP_OUT Kitchen_imp_t *out);

/* Kitchen_exp: the exporting (service) side. */
err_t Kitchen_exp_send_Ready(Kitchen_exp_t _ep, uint16_t version);
err_t Kitchen_exp_send_Bye(Kitchen_exp_t _ep);
err_t Kitchen_exp_send_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer);
err_t Kitchen_exp_send_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why);
err_t Kitchen_exp_send_Done2(Kitchen_exp_t _ep);
/* Any message Kitchen_exp receives; id is a Kitchen_MSG_*. */
typedef struct Kitchen_exp_msg {
    uint16_t id;
    union {
        Kitchen_Mixed_t Mixed;
        Kitchen_Buffers_t Buffers;
        Kitchen_Pass_t Pass;
    } u;
} Kitchen_exp_msg_t;
err_t Kitchen_exp_recv(Kitchen_exp_t _ep, SIP_OUT Kitchen_exp_msg_t *_msg);
err_t Kitchen_exp_recv_Quit(Kitchen_exp_t _ep);
err_t Kitchen_exp_recv_Mixed(Kitchen_exp_t _ep, SIP_OUT Kitchen_Mixed_t *_msg);
err_t Kitchen_exp_recv_Buffers(Kitchen_exp_t _ep, SIP_OUT Kitchen_Buffers_t *_msg);
err_t Kitchen_exp_recv_Pass(Kitchen_exp_t _ep, SIP_OUT Kitchen_Pass_t *_msg);
/* The handlers' state: the SIP defines struct Kitchen_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Kitchen_exp_ctx Kitchen_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Kitchen_exp_handlers {
    Kitchen_exp_ctx_t *ctx;
    err_t (*on_Quit)(Kitchen_exp_ctx_t *ctx, Kitchen_exp_t ep);
    err_t (*on_Mixed)(Kitchen_exp_ctx_t *ctx, Kitchen_exp_t ep, Kitchen_Mixed_t msg);
    err_t (*on_Buffers)(Kitchen_exp_ctx_t *ctx, Kitchen_exp_t ep, Kitchen_Buffers_t msg);
    err_t (*on_Pass)(Kitchen_exp_ctx_t *ctx, Kitchen_exp_t ep, Kitchen_Pass_t msg);
} Kitchen_exp_handlers_t;
chan_case_t Kitchen_exp_case(Kitchen_exp_t ep, const Kitchen_exp_handlers_t *h);
err_t Kitchen_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Kitchen_exp_send_Ready, then the next message received, in one kernel entry. */
err_t Kitchen_exp_call_Ready(Kitchen_exp_t _ep, uint16_t version, SIP_OUT Kitchen_exp_msg_t *_reply);
/* Kitchen_exp_send_AckPass, then the next message received, in one kernel entry. */
err_t Kitchen_exp_call_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer, SIP_OUT Kitchen_exp_msg_t *_reply);
/* Kitchen_exp_send_Fail, then the next message received, in one kernel entry. */
err_t Kitchen_exp_call_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why, SIP_OUT Kitchen_exp_msg_t *_reply);
/* Kitchen_exp_send_Done2, then the next message received, in one kernel entry. */
err_t Kitchen_exp_call_Done2(Kitchen_exp_t _ep, SIP_OUT Kitchen_exp_msg_t *_reply);
static inline Base_exp_t Kitchen_exp_to_Base(Kitchen_exp_t ep)
{
    Base_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Kitchen (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Kitchen_exp_from_Base(Base_exp_t ep, SIP_OUT Kitchen_exp_t *out);

/* ==== contract Peer ==== */

#define Peer_MSG_Hi 0u
#define Peer_MSG_Ho 1u
#define Peer_MSG_Again 2u
#define Peer_MSG_COUNT 3u

/* in message Hi(u8 n): imp sends, exp receives */
typedef struct Peer_Hi {
    uint8_t n;
    uint8_t _pad0[7];
} Peer_Hi_t;
_Static_assert(sizeof(Peer_Hi_t) == 8, "Peer.Hi: size");
_Static_assert(offsetof(Peer_Hi_t, n) == 0, "Peer.Hi.n: offset");

/* out message Ho(u8 n): exp sends, imp receives */
typedef struct Peer_Ho {
    uint8_t n;
    uint8_t _pad0[7];
} Peer_Ho_t;
_Static_assert(sizeof(Peer_Ho_t) == 8, "Peer.Ho: size");
_Static_assert(offsetof(Peer_Ho_t, n) == 0, "Peer.Ho.n: offset");

/* in message Again(): imp sends, exp receives */

/* Peer_imp: the importing (client) side. */
err_t Peer_imp_send_Hi(Peer_imp_t _ep, uint8_t n);
err_t Peer_imp_send_Again(Peer_imp_t _ep);
/* Any message Peer_imp receives; id is a Peer_MSG_*. */
typedef struct Peer_imp_msg {
    uint16_t id;
    union {
        Peer_Ho_t Ho;
    } u;
} Peer_imp_msg_t;
err_t Peer_imp_recv(Peer_imp_t _ep, SIP_OUT Peer_imp_msg_t *_msg);
err_t Peer_imp_recv_Ho(Peer_imp_t _ep, SIP_OUT Peer_Ho_t *_msg);
/* The handlers' state: the SIP defines struct Peer_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Peer_imp_ctx Peer_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Peer_imp_handlers {
    Peer_imp_ctx_t *ctx;
    err_t (*on_Ho)(Peer_imp_ctx_t *ctx, Peer_imp_t ep, Peer_Ho_t msg);
} Peer_imp_handlers_t;
chan_case_t Peer_imp_case(Peer_imp_t ep, const Peer_imp_handlers_t *h);
err_t Peer_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Peer_imp_send_Hi, then the next message received, in one kernel entry. */
err_t Peer_imp_call_Hi(Peer_imp_t _ep, uint8_t n, SIP_OUT Peer_imp_msg_t *_reply);

/* Peer_exp: the exporting (service) side. */
err_t Peer_exp_send_Ho(Peer_exp_t _ep, uint8_t n);
/* Any message Peer_exp receives; id is a Peer_MSG_*. */
typedef struct Peer_exp_msg {
    uint16_t id;
    union {
        Peer_Hi_t Hi;
    } u;
} Peer_exp_msg_t;
err_t Peer_exp_recv(Peer_exp_t _ep, SIP_OUT Peer_exp_msg_t *_msg);
err_t Peer_exp_recv_Hi(Peer_exp_t _ep, SIP_OUT Peer_Hi_t *_msg);
err_t Peer_exp_recv_Again(Peer_exp_t _ep);
/* The handlers' state: the SIP defines struct Peer_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Peer_exp_ctx Peer_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Peer_exp_handlers {
    Peer_exp_ctx_t *ctx;
    err_t (*on_Hi)(Peer_exp_ctx_t *ctx, Peer_exp_t ep, Peer_Hi_t msg);
    err_t (*on_Again)(Peer_exp_ctx_t *ctx, Peer_exp_t ep);
} Peer_exp_handlers_t;
chan_case_t Peer_exp_case(Peer_exp_t ep, const Peer_exp_handlers_t *h);
err_t Peer_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Peer_exp_send_Ho, then the next message received, in one kernel entry. */
err_t Peer_exp_call_Ho(Peer_exp_t _ep, uint8_t n, SIP_OUT Peer_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_EVERYTHING_H */
