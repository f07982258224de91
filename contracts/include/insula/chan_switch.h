/*
 * chan_switch.h: receive on several endpoints and dispatch (Sing#'s
 * `switch receive`).
 *
 * Each generated contract side `C_side` provides C_side_case(ep, handlers),
 * which builds a chan_case_t: the endpoint, the generated decoder for that
 * side, and the caller's table of handlers (one function per message). The
 * endpoints may follow different contracts. Handlers are typed, so verified
 * SIPs write them: each takes the side's state `C_side_ctx_t *` (a struct
 * the SIP defines, static or on the heap) and the decoded message by value.
 *
 *     struct Fs_exp_ctx { unsigned opened; };
 *     static Fs_exp_ctx_t fs_state;
 *     static err_t on_open(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Open_t msg);
 *     static const Fs_exp_handlers_t fs_handlers = {&fs_state, .on_Open = on_open};
 *
 *     chan_case_t cases[2] = {
 *         Fs_exp_case(client, &fs_handlers),
 *         NameService_imp_case(ns, &ns_handlers),
 *     };
 *     size_t which;
 *     err_t rc = chan_switch_receive(cases, 2, &which);
 */
#ifndef INSULA_CHAN_SWITCH_H
#define INSULA_CHAN_SWITCH_H

#include <insula/chan_rt.h>

typedef struct chan_case chan_case_t;

/* Decodes a received body for one contract side and calls its handler. */
typedef err_t (*chan_dispatch_fn)(const chan_case_t *c, uint16_t msg_id,
                                  const void *msg, size_t len);

struct chan_case {
    chan_handle_t ep;          /* endpoint to receive on */
    chan_dispatch_fn dispatch; /* generated: C_side_dispatch */
    const void *handlers;      /* the caller's C_side_handlers_t */
};

/*
 * chan_switch_receive: wait for a message on any of cases[0..count), receive
 * it and run its handler; *which tells which case fired (also on error).
 * `cases` must be an array (a trusted macro: count is checked against its
 * length, so the runtime never reads a case, or calls a dispatch pointer,
 * from past it).
 * Returns the handler's result, or the receive error (CHAN_RT_ERR_CLOSED
 * when that endpoint's peer closed it; CHAN_RT_ERR_DECODE,
 * CHAN_RT_ERR_UNEXPECTED, CHAN_RT_ERR_NO_HANDLER from decoding;
 * CHAN_RT_ERR_RANGE for a count of 0 or beyond the array or the runtime's
 * limit of 64 cases).
 */
#define chan_switch_receive(cases, count, which) \
    __insula_chan_switch_receive((cases), (count), __INSULA_ARRAY_CAPACITY(cases), (which))
err_t __insula_chan_switch_receive(const chan_case_t *cases, size_t count, size_t capacity,
                                   SIP_OUT size_t *which);

#endif /* INSULA_CHAN_SWITCH_H */
