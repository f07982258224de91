/*
 * bad_loop.c — refused by the static protocol check (test
 * prove-protocol-bad): a server loop that answers each Ping twice. The
 * first Pong is allowed; the second comes in state Start, where the
 * exporting side must receive a Ping first.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("bad-loop", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .exports = { "PingPong" });

int main(const char *args)
{
    (void)args;
    PingPong_exp_t ep = { sip_endpoint(0) };
    //@ ghost PingPong_exp_ghost_assume(ep.h, PingPong_S_Start);
    PingPong_Ping_t ping;
    //@ loop invariant PingPong_exp_in(ep.h, PingPong_S_Start);
    while (PingPong_exp_recv_Ping(ep, &ping) == OK) {
        if (PingPong_exp_send_Pong(ep, ping.data) != OK)
            return 1;
        if (PingPong_exp_send_Pong(ep, ping.data) != OK)
            return 2;
    }
    return 0;
}
