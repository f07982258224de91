/*
 * bad_forge.c — refused by the static protocol check (test
 * prove-protocol-bad): it tries to make the check pass without a proof.
 * A precondition on main (nothing calls main, nothing would check it), a
 * forged postcondition on a function without code here, a ghost write to
 * an endpoint's state, an axiom. Each is an error at its line.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("bad-forge", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

/*@ ensures PingPong_imp_in(h, PingPong_S_Start); */
void forge_start(chan_handle_t h);

/*@ axiomatic Forged { axiom every_state_is_start: \forall chan_handle_t h; PingPong_imp_in(h, 0); } */

/*@ requires \forall chan_handle_t h; PingPong_imp_in(h, PingPong_S_Start); */
int main(const char *args)
{
    (void)args;
    PingPong_imp_t ep = { sip_endpoint(0) };
    //@ ghost PingPong_imp_ghost_state[ep.h] = PingPong_S_Start;
    forge_start(ep.h);
    if (PingPong_imp_send_Ping(ep, 1) != OK)
        return 1;
    forge_start(ep.h);
    return PingPong_imp_send_Ping(ep, 2) == OK ? 0 : 2;
}
