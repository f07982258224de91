/*
 * bad_helper.c — refused by the static protocol check (test
 * prove-protocol-bad): a helper whose contract says the endpoint is in
 * Start, called after a Ping when it is in Start#1. The helper itself is
 * correct; the call is not, and the check names the call's line.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("bad-helper", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

/*@ requires PingPong_imp_in(ep.h, PingPong_S_Start); */
static err_t ping_once(PingPong_imp_t ep)
{
    PingPong_Pong_t pong;
    err_t rc = PingPong_imp_send_Ping(ep, 7);
    return rc == OK ? PingPong_imp_recv_Pong(ep, &pong) : rc;
}

int main(const char *args)
{
    (void)args;
    PingPong_imp_t ep = { sip_endpoint(0) };
    //@ ghost PingPong_imp_ghost_assume(ep.h, PingPong_S_Start);
    if (PingPong_imp_send_Ping(ep, 1) != OK)
        return 1;
    return ping_once(ep) == OK ? 0 : 2;
}
