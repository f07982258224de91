/*
 * verified_switch.c: switch receive written as a verified SIP writes it.
 * The test `switch-receive-verified` runs sipcheck over this file with the
 * SIPs' trusted headers (the generated bindings among them): typed handler
 * state (struct PingPong_exp_ctx, no void *), messages handed to handlers
 * by value (no pointer into the dispatcher's frame), static handler tables.
 */
#include <insula/chan_switch.h>

#include "pingpong.h"

struct PingPong_exp_ctx {
    unsigned served;
};

static PingPong_exp_ctx_t state;

static err_t on_ping(PingPong_exp_ctx_t *ctx, PingPong_exp_t ep,
                     PingPong_Ping_t msg)
{
    ctx->served++;
    return PingPong_exp_send_Pong(ep, msg.data + 1);
}

static const PingPong_exp_handlers_t handlers = {.ctx = &state,
                                                 .on_Ping = on_ping};

err_t serve_once(PingPong_exp_t ep);

err_t serve_once(PingPong_exp_t ep)
{
    chan_case_t cases[1] = {PingPong_exp_case(ep, &handlers)};
    size_t which = 0;

    return chan_switch_receive(cases, 1, &which);
}
