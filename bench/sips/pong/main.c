/*
 * bench-pong — the other SIP of the channel benchmarks: answers Ping with
 * Pong and sends every Data block straight back, until the channel closes;
 * each answer goes with the wait for the next request (the generated
 * reply-and-wait call: one kernel entry).
 * Initial endpoint 0: the exporting end of a Bench channel.
 */
#include <insula/stdlib.h>

#include "bench.h"

SIP_MANIFEST("bench-pong", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .exports = { "Bench" });

int main(const char *args)
{
    (void)args;
    Bench_exp_t ep = { sip_endpoint(0) };
    //@ ghost Bench_exp_ghost_assume(ep.h, Bench_S_Ready);
    Bench_exp_msg_t msg;
    err_t rc = Bench_exp_recv(ep, &msg);
    /*@ loop invariant rc == OK ==>
            (msg.id == Bench_MSG_Ping && Bench_exp_in(ep.h, Bench_S_Ready_1)) ||
            (msg.id == Bench_MSG_Data && Bench_exp_in(ep.h, Bench_S_Ready_2)); */
    while (rc == OK) {
        rc = msg.id == Bench_MSG_Ping ? Bench_exp_call_Pong(ep, msg.u.Ping.byte, &msg)
                                      : Bench_exp_call_DataBack(ep, msg.u.Data.block, &msg);
    }
    return rc == CHAN_RT_ERR_CLOSED ? 0 : 1;    /* the client closed: done */
}
