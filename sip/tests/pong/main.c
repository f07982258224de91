/*
 * pong — test SIP: the exporting end of a PingPong channel (initial
 * endpoint 0). Answers every Ping(n) with Pong(n + 1) until the channel
 * closes. Args "expect-violation": succeed only if the peer's end closed
 * because the kernel caught it breaking the contract.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("pong", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .exports = { "PingPong" });

int main(const char *args)
{
    PingPong_exp_t ep = { sip_endpoint(0) };
    /* the kernel starts a SIP's initial endpoints in the start state */
    //@ ghost PingPong_exp_ghost_assume(ep.h, PingPong_S_Start);
    PingPong_Ping_t ping;
    err_t rc;
    //@ loop invariant PingPong_exp_in(ep.h, PingPong_S_Start);
    while ((rc = PingPong_exp_recv_Ping(ep, &ping)) == OK) {
        if (PingPong_exp_send_Pong(ep, ping.data + 1) != OK)
            break;
    }
    /* static: st.status.reason is viewed through a pointer, which a local
       array may not be (SIP-PTR-ADDR-LOCAL); the view is bounded by the
       array, which need not hold a NUL (SIP-STR-NUL) */
    static chan_status_result_t st;
    st = chan_status(ep.h);
    bool closed = st.err == OK && st.status.closed == 1;
    str_t reason = str_from_array(st.status.reason);
    bool violation = str_starts_with(reason, STR("contract violation"));
    if (str_equal(str_trim(str_from_cstr(args)), STR("expect-violation"))) {
        print("pong: the peer's end closed: %.*s\n", (int)reason.len, reason.bytes);
        return closed && violation ? 0 : 3;
    }
    return closed ? 0 : 2;
}
