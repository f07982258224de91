/*
 * bench-pong — the other SIP of the channel benchmarks: answers Ping with
 * Pong and sends every Data block straight back, until the channel closes.
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
    //@ loop invariant Bench_exp_in(ep.h, Bench_S_Ready);
    while (Bench_exp_recv(ep, &msg) == OK) {
        err_t rc = msg.id == Bench_MSG_Ping ? Bench_exp_send_Pong(ep, msg.u.Ping.byte)
                                            : Bench_exp_send_DataBack(ep, msg.u.Data.block);
        if (rc != OK)
            return 1;
    }
    return 0;
}
