/*
 * ping — test SIP: the importing end of a PingPong channel (initial
 * endpoint 0). Args:
 *   N         N round trips, each Pong must carry the Ping's number + 1
 *   violate   sends a second Ping before the Pong: a contract violation
 *   die       sends a Ping, takes an 8 KiB exchange-heap block, then faults
 * In its last two modes it misbehaves on purpose, in ways only the kernel
 * can catch (a contract violation, a fault while holding a block).
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("ping", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

/*@ requires PingPong_imp_in(ep.h, PingPong_S_Start); */
static int round_trips(PingPong_imp_t ep, uint64_t n)
{
    //@ loop invariant PingPong_imp_in(ep.h, PingPong_S_Start);
    for (uint64_t i = 0; i < n; i++) {
        PingPong_Pong_t pong;
        if (PingPong_imp_send_Ping(ep, (uint32_t)i) != OK || PingPong_imp_recv_Pong(ep, &pong) != OK)
            return 2;
        if (pong.data != (uint32_t)i + 1)
            return 3;
    }
    return 0;
}

/* Takes an exchange-heap block of 8 KiB and faults while holding it. */
static _Noreturn void hold_block_and_fault(void)
{
    buf_t *bytes = buf_new(8192);
    str_t chunk = STR("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    while (bytes != NULL && buf_append(bytes, chunk) == OK)
        ;
    xblock_from_str(buf_view(bytes));
    __builtin_trap();
}

int main(const char *args)
{
    PingPong_imp_t ep = { sip_endpoint(0) };
    //@ ghost PingPong_imp_ghost_assume(ep.h, PingPong_S_Start);
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("violate"))) {
        PingPong_imp_send_Ping(ep, 1);
        PingPong_imp_send_Ping(ep, 2);    /* not allowed before the Pong: killed here */
        return 4;
    }
    if (str_equal(mode, STR("die"))) {
        PingPong_imp_send_Ping(ep, 1);
        hold_block_and_fault();
        return 6;    /* not reached (for the protocol check, which cannot tell) */
    }
    u64_result_t n = str_parse_u64(mode, 10);
    return n.err == OK ? round_trips(ep, n.value) : 5;
}
