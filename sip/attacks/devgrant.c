/*
 * attack-devgrant — holds the spawn right (granted by the runner) and tries
 * to hand out device authority, which only a SIP with the devices right
 * (init) may grant, or to start a driver without a grant. Each is refused
 * with ERR_DENIED and the kernel log names why; a refusal is not a kill.
 *
 * Modes (args), the capabilities the runner grants, and the exit code:
 *   grant     (spawn) start exit.sip granting it the CMOS ports: no
 *             devices right ("may not grant device authority") -> ERR_DENIED (-6)
 *   manifest  (spawn) start attack-driver.sip, whose manifest asks for
 *             ports and a line, granting none ("asks for ports
 *             0x70+0x2; not granted")                         -> ERR_DENIED (-6)
 * A child that did start is waited for and the attack exits with 99.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-devgrant", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN);

#define ATTACK_SURVIVED 99
#define CHILD_QUOTA (128u * 1024)    /* within what the runner grants the attack */

static handle_t children[1];

static int spawned(handle_result_t r)
{
    if (r.err != OK)
        return r.err;
    sip_wait(r.handle, SIP_WAIT_FOREVER);
    return ATTACK_SURVIVED;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("grant"))) {
        abi_device_grant_t ports = { .io_ranges = { { .base = 0x70, .count = 2 } } };
        return spawned(sip_spawn_devices("exit.sip", NULL, 3, CHILD_QUOTA, 0, &ports,
                                         children, 0));
    }
    if (str_equal(mode, STR("manifest")))
        return spawned(sip_spawn("attack-driver.sip", NULL, 3, CHILD_QUOTA, 0));
    print("attack-devgrant: unknown mode '%s'\n", args);
    return 1;
}
