/* generated from irq.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_IRQ_H
#define INSULA_CONTRACTS_IRQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Irq
#define INSULA_ENDPOINT_Irq
#define Irq_CONTRACT_ID 0xe5920d29u
/* The importing (client) end of a Irq channel. */
typedef struct Irq_imp { chan_handle_t h; } Irq_imp_t;
/* The exporting (service) end of a Irq channel. */
typedef struct Irq_exp { chan_handle_t h; } Irq_exp_t;
#endif

/* ==== contract Irq ==== */

#define Irq_MSG_Interrupt 0u
#define Irq_MSG_Ack 1u
#define Irq_MSG_COUNT 2u

/* out message Interrupt(u64 count): exp sends, imp receives */
typedef struct Irq_Interrupt {
    uint64_t count;
} Irq_Interrupt_t;
_Static_assert(sizeof(Irq_Interrupt_t) == 8, "Irq.Interrupt: size");
_Static_assert(offsetof(Irq_Interrupt_t, count) == 0, "Irq.Interrupt.count: offset");

/* in message Ack(): imp sends, exp receives */

/* Irq_imp: the importing (client) side. */
err_t Irq_imp_send_Ack(Irq_imp_t _ep);
/* Any message Irq_imp receives; id is a Irq_MSG_*. */
typedef struct Irq_imp_msg {
    uint16_t id;
    union {
        Irq_Interrupt_t Interrupt;
    } u;
} Irq_imp_msg_t;
err_t Irq_imp_recv(Irq_imp_t _ep, SIP_OUT Irq_imp_msg_t *_msg);
err_t Irq_imp_recv_Interrupt(Irq_imp_t _ep, SIP_OUT Irq_Interrupt_t *_msg);
/* The handlers' state: the SIP defines struct Irq_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Irq_imp_ctx Irq_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Irq_imp_handlers {
    Irq_imp_ctx_t *ctx;
    err_t (*on_Interrupt)(Irq_imp_ctx_t *ctx, Irq_imp_t ep, Irq_Interrupt_t msg);
} Irq_imp_handlers_t;
chan_case_t Irq_imp_case(Irq_imp_t ep, const Irq_imp_handlers_t *h);
err_t Irq_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Irq_imp_send_Ack, then the next message received, in one kernel entry. */
err_t Irq_imp_call_Ack(Irq_imp_t _ep, SIP_OUT Irq_imp_msg_t *_reply);

/* Irq_exp: the exporting (service) side. */
err_t Irq_exp_send_Interrupt(Irq_exp_t _ep, uint64_t count);
/* Any message Irq_exp receives; id is a Irq_MSG_*. */
typedef struct Irq_exp_msg {
    uint16_t id;
} Irq_exp_msg_t;
err_t Irq_exp_recv(Irq_exp_t _ep, SIP_OUT Irq_exp_msg_t *_msg);
err_t Irq_exp_recv_Ack(Irq_exp_t _ep);
/* The handlers' state: the SIP defines struct Irq_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Irq_exp_ctx Irq_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Irq_exp_handlers {
    Irq_exp_ctx_t *ctx;
    err_t (*on_Ack)(Irq_exp_ctx_t *ctx, Irq_exp_t ep);
} Irq_exp_handlers_t;
chan_case_t Irq_exp_case(Irq_exp_t ep, const Irq_exp_handlers_t *h);
err_t Irq_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Irq_exp_send_Interrupt, then the next message received, in one kernel entry. */
err_t Irq_exp_call_Interrupt(Irq_exp_t _ep, uint64_t count, SIP_OUT Irq_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_IRQ_H */
