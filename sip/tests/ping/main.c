/*
 * ping — test SIP: the importing end of a PingPong channel (initial
 * endpoint 0). Args:
 *   N         N round trips, each Pong must carry the Ping's number + 1
 *   violate   sends a second Ping before the Pong: a contract violation
 *   die       sends a Ping, takes an exchange-heap block, then faults
 * Not verifiable code in its last two modes: it misbehaves on purpose.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("ping", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" });

const insula_abi_t *__insula_abi(void);

/* This program calls the kernel's ABI table directly (not verifiable code).
   The table's entries lie outside the SIP's LTO unit, where CFI has no jump
   table for them, so its indirect-call check is off in the functions that
   do (and only there). */
#define ABI_DIRECT __attribute__((no_sanitize("cfi-icall")))

static int round_trips(PingPong_imp_t ep, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++) {
        PingPong_Pong_t pong;
        if (PingPong_imp_send_Ping(ep, (uint32_t)i) != OK || PingPong_imp_recv_Pong(ep, &pong) != OK)
            return 2;
        if (pong.data != (uint32_t)i + 1)
            return 3;
    }
    return 0;
}

ABI_DIRECT
int main(const char *args)
{
    PingPong_imp_t ep = { sip_endpoint(0) };
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("violate"))) {
        PingPong_imp_send_Ping(ep, 1);
        PingPong_imp_send_Ping(ep, 2);    /* not allowed before the Pong: killed here */
        return 4;
    }
    if (str_equal(mode, STR("die"))) {
        static abi_handle_t block;
        static void *data;
        PingPong_imp_send_Ping(ep, 1);
        __insula_abi()->xblock_alloc(8192, &block, &data);
        __builtin_trap();
    }
    u64_result_t n = str_parse_u64(mode, 10);
    return n.err == OK ? round_trips(ep, n.value) : 5;
}
