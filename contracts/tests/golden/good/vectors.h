/* generated from vectors.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_VECTORS_H
#define INSULA_CONTRACTS_VECTORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Spool
#define INSULA_ENDPOINT_Spool
#define Spool_CONTRACT_ID 0xbddde230u
/* The importing (client) end of a Spool channel. */
typedef struct Spool_imp { chan_handle_t h; } Spool_imp_t;
/* The exporting (service) end of a Spool channel. */
typedef struct Spool_exp { chan_handle_t h; } Spool_exp_t;
#endif

/* ==== contract Spool ==== */

#define Spool_MSG_Submit 0u
#define Spool_MSG_AckSubmit 1u
#define Spool_MSG_Share 2u
#define Spool_MSG_AckShare 3u
#define Spool_MSG_COUNT 4u

/* in message Submit(u32 job, u8 pages_count, bytes<4096>[..4] pages, u8 notes_count, string<64>[..2] notes): imp sends, exp receives */
typedef struct Spool_Submit {
    uint32_t job;
    uint8_t pages_count;
    uint8_t _pad0[3];
    xheap_handle_t pages[4];
    uint8_t notes_count;
    uint8_t _pad1[7];
    xheap_handle_t notes[2];
} Spool_Submit_t;
_Static_assert(sizeof(Spool_Submit_t) == 64, "Spool.Submit: size");
_Static_assert(offsetof(Spool_Submit_t, job) == 0, "Spool.Submit.job: offset");
_Static_assert(offsetof(Spool_Submit_t, pages_count) == 4, "Spool.Submit.pages_count: offset");
_Static_assert(offsetof(Spool_Submit_t, pages) == 8, "Spool.Submit.pages: offset");
_Static_assert(offsetof(Spool_Submit_t, notes_count) == 40, "Spool.Submit.notes_count: offset");
_Static_assert(offsetof(Spool_Submit_t, notes) == 48, "Spool.Submit.notes: offset");

/* out message AckSubmit(u32 job): exp sends, imp receives */
typedef struct Spool_AckSubmit {
    uint32_t job;
    uint8_t _pad0[4];
} Spool_AckSubmit_t;
_Static_assert(sizeof(Spool_AckSubmit_t) == 8, "Spool.AckSubmit: size");
_Static_assert(offsetof(Spool_AckSubmit_t, job) == 0, "Spool.AckSubmit.job: offset");

/* in message Share(u8 clients_count, Spool.imp:Ready[..3] clients): imp sends, exp receives */
typedef struct Spool_Share {
    uint8_t clients_count;
    uint8_t _pad0[7];
    Spool_imp_t clients[3];
} Spool_Share_t;
_Static_assert(sizeof(Spool_Share_t) == 32, "Spool.Share: size");
_Static_assert(offsetof(Spool_Share_t, clients_count) == 0, "Spool.Share.clients_count: offset");
_Static_assert(offsetof(Spool_Share_t, clients) == 8, "Spool.Share.clients: offset");

/* out message AckShare(): exp sends, imp receives */

/* Spool_imp: the importing (client) side. */
err_t Spool_imp_send_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2]);
err_t Spool_imp_send_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3]);
/* Any message Spool_imp receives; id is a Spool_MSG_*. */
typedef struct Spool_imp_msg {
    uint16_t id;
    union {
        Spool_AckSubmit_t AckSubmit;
    } u;
} Spool_imp_msg_t;
err_t Spool_imp_recv(Spool_imp_t _ep, SIP_OUT Spool_imp_msg_t *_msg);
err_t Spool_imp_recv_AckSubmit(Spool_imp_t _ep, SIP_OUT Spool_AckSubmit_t *_msg);
err_t Spool_imp_recv_AckShare(Spool_imp_t _ep);
/* The handlers' state: the SIP defines struct Spool_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Spool_imp_ctx Spool_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Spool_imp_handlers {
    Spool_imp_ctx_t *ctx;
    err_t (*on_AckSubmit)(Spool_imp_ctx_t *ctx, Spool_imp_t ep, Spool_AckSubmit_t msg);
    err_t (*on_AckShare)(Spool_imp_ctx_t *ctx, Spool_imp_t ep);
} Spool_imp_handlers_t;
chan_case_t Spool_imp_case(Spool_imp_t ep, const Spool_imp_handlers_t *h);
err_t Spool_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Spool_imp_send_Submit, then the next message received, in one kernel entry. */
err_t Spool_imp_call_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2], SIP_OUT Spool_imp_msg_t *_reply);
/* Spool_imp_send_Share, then the next message received, in one kernel entry. */
err_t Spool_imp_call_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3], SIP_OUT Spool_imp_msg_t *_reply);

/* Spool_exp: the exporting (service) side. */
err_t Spool_exp_send_AckSubmit(Spool_exp_t _ep, uint32_t job);
err_t Spool_exp_send_AckShare(Spool_exp_t _ep);
/* Any message Spool_exp receives; id is a Spool_MSG_*. */
typedef struct Spool_exp_msg {
    uint16_t id;
    union {
        Spool_Submit_t Submit;
        Spool_Share_t Share;
    } u;
} Spool_exp_msg_t;
err_t Spool_exp_recv(Spool_exp_t _ep, SIP_OUT Spool_exp_msg_t *_msg);
err_t Spool_exp_recv_Submit(Spool_exp_t _ep, SIP_OUT Spool_Submit_t *_msg);
err_t Spool_exp_recv_Share(Spool_exp_t _ep, SIP_OUT Spool_Share_t *_msg);
/* The handlers' state: the SIP defines struct Spool_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Spool_exp_ctx Spool_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Spool_exp_handlers {
    Spool_exp_ctx_t *ctx;
    err_t (*on_Submit)(Spool_exp_ctx_t *ctx, Spool_exp_t ep, Spool_Submit_t msg);
    err_t (*on_Share)(Spool_exp_ctx_t *ctx, Spool_exp_t ep, Spool_Share_t msg);
} Spool_exp_handlers_t;
chan_case_t Spool_exp_case(Spool_exp_t ep, const Spool_exp_handlers_t *h);
err_t Spool_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Spool_exp_send_AckSubmit, then the next message received, in one kernel entry. */
err_t Spool_exp_call_AckSubmit(Spool_exp_t _ep, uint32_t job, SIP_OUT Spool_exp_msg_t *_reply);
/* Spool_exp_send_AckShare, then the next message received, in one kernel entry. */
err_t Spool_exp_call_AckShare(Spool_exp_t _ep, SIP_OUT Spool_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_VECTORS_H */
