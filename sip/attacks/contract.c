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
 * If the kernel let the message through it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-contract", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" }, .exports = { "PingPong" });

#define ATTACK_SURVIVED 99

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
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
