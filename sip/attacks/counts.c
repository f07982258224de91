/*
 * attack-counts — hands trusted code a count larger than the array it
 * counts (issue: trusted (pointer, count) pairs). Its initial endpoint 0
 * is the importing end of a PingPong channel the runner holds.
 *
 * Modes (args), each must exit with the status it got:
 *   wait-any-past  chan_rt_wait_any over a one-element array with count 4:
 *                  the runtime would read three handles past the array;
 *                  refused with CHAN_RT_ERR_RANGE (-10, ERR_RANGE)
 *   wait-any-huge  the same with count 2^32 + 1, which a 32-bit count in
 *                  the ABI would truncate to 1; refused, CHAN_RT_ERR_RANGE
 * (chan_switch_receive is bounded the same way, host test
 * contracts_bindings; verified SIP code cannot build its cases yet, since
 * handler tables take `void *ctx`, SIP-PTR-VOID.)
 * If the call is not refused it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-counts", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

#define ATTACK_SURVIVED 99

static volatile uint64_t opaque_zero;

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    chan_handle_t eps[1] = { sip_endpoint(0) };
    size_t ready = 0;
    size_t count;
    if (eps[0] == 0)
        return 2;
    if (str_equal(mode, STR("wait-any-past")))
        count = 4 + opaque_zero;
    else if (str_equal(mode, STR("wait-any-huge")))
        count = (1ull << 32) + 1 + opaque_zero;
    else {
        print("attack-counts: unknown mode '%s'\n", args);
        return 1;
    }
    err_t rc = chan_rt_wait_any(eps, count, &ready);
    return rc == CHAN_RT_ERR_RANGE ? CHAN_RT_ERR_RANGE : ATTACK_SURVIVED;
}
