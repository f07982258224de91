/*
 * bad_send.c — a SIP the static protocol check must refuse (test
 * prove-protocol-bad): it sends a second Ping before the Pong, which
 * PingPong does not allow (after Ping? the importing side must wait for
 * Pong!, in state Start#1). The kernel would kill it at run time
 * (sip/tests/ping, "violate"); `./insula verify --protocol` says so before
 * it runs, at the second send's line.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("bad-send", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

int main(const char *args)
{
    (void)args;
    PingPong_imp_t ep = { sip_endpoint(0) };
    //@ ghost PingPong_imp_ghost_assume(ep.h, PingPong_S_Start);
    if (PingPong_imp_send_Ping(ep, 1) != OK)
        return 1;
    return PingPong_imp_send_Ping(ep, 2) == OK ? 0 : 2;
}
