/*
 * attack-contract — breaks the channel contract it was given. Its initial
 * endpoint 0 is one end of a PingPong channel whose other end the runner
 * holds (contract: Ping? -> Pong! -> Start). The generated bindings send
 * any message the program asks for; the kernel checks each send against
 * the contract state of the sender's end, and a forbidden message kills
 * the sender; the peer's end closes with the reason.
 *
 * Modes (args), the end it gets, and the kill reason:
 *   ping-twice  importing end: Ping, then Ping again before the Pong
 *               -> "contract violation: Ping message not allowed in this state ..."
 *   pong-first  exporting end: a Pong that nobody asked for
 *               -> "contract violation: Pong message not allowed in this state ..."
 *   pong-twice  (R96) a PingPong channel of its own, both ends: a whole
 *               round trip, a second Ping (allowed: each receive moved its
 *               end on), then Pong twice. A message takes one contract
 *               step, at its send; the receiving end takes the state that
 *               step found (kernel/channel.c). So the exporting end, which
 *               received the second Ping by that rule, must still be held
 *               to its state: the second Pong (after the line
 *               "attack-contract: pong-twice: two round trips passed",
 *               which the boot tests require: the legal Pongs were let through)
 *               -> "contract violation: Pong message not allowed in this state ..."
 * If the kernel let the message through it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-contract", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" }, .exports = { "PingPong" });

#define ATTACK_SURVIVED 99

/* One Ping from `imp` received at `exp`: OK or the failed step's code. */
static int ping_across(PingPong_imp_t imp, PingPong_exp_t exp, uint32_t byte)
{
    PingPong_Ping_t ping;
    if (PingPong_imp_send_Ping(imp, byte) != OK)
        return 4;
    if (PingPong_exp_recv_Ping(exp, &ping) != OK || ping.data != byte)
        return 5;
    return 0;
}

static int pong_twice(void)
{
    chan_pair_t p = chan_create(PingPong_CONTRACT_ID);
    if (p.err != OK)
        return 3;
    PingPong_imp_t imp = { p.imp };
    PingPong_exp_t exp = { p.exp };
    PingPong_Pong_t pong;
    int rc = ping_across(imp, exp, 1);
    if (rc != 0)
        return rc;
    if (PingPong_exp_send_Pong(exp, 1) != OK || PingPong_imp_recv_Pong(imp, &pong) != OK)
        return 6;
    rc = ping_across(imp, exp, 2);
    if (rc != 0)
        return rc + 4;
    if (PingPong_exp_send_Pong(exp, 2) != OK)
        return 10;
    print("attack-contract: pong-twice: two round trips passed\n");
    PingPong_exp_send_Pong(exp, 3);
    return ATTACK_SURVIVED;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("pong-twice")))
        return pong_twice();    /* a channel of its own */
    handle_t end = sip_endpoint(0);
    if (end == 0)
        return 2;
    if (str_equal(mode, STR("ping-twice"))) {
        PingPong_imp_t imp = { end };
        if (PingPong_imp_send_Ping(imp, 1) != OK)
            return 3;
        PingPong_imp_send_Ping(imp, 2);
        return ATTACK_SURVIVED;
    }
    if (str_equal(mode, STR("pong-first"))) {
        PingPong_exp_t exp = { end };
        PingPong_exp_send_Pong(exp, 7);
        return ATTACK_SURVIVED;
    }
    print("attack-contract: unknown mode '%s'\n", args);
    return 1;
}
