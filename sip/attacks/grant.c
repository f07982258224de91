/*
 * attack-grant — grants children more memory than it has. A child's quota
 * is carved out of its parent's (Genode's quota trading; kernel/
 * sip_account.c): the spawn is refused when the parent has not that much
 * left, so the sum of all quotas stays within what the boot configuration
 * granted; a child that ends gives its quota back. It holds the spawn
 * right (its manifest asks for it, the runner grants it) and a 512 KiB
 * quota, so every refusal here is for memory.
 *
 * Modes (args) and the exit code (the first two are about rights: the
 * capabilities a child gets are a subset of its parent's, and of what the
 * child's manifest asks for is checked against the grant):
 *   escalate     starts a child with spawn and boot-config, more than it
 *                holds itself                          -> ERR_DENIED (-6)
 *   manifest     starts init.sip, whose manifest asks for boot-config,
 *                granting only spawn                   -> ERR_DENIED (-6)
 *   over-grant   starts a child with a 16 MiB quota, 32 times its own
 *                                                      -> ERR_QUOTA (-5)
 *   grant-twice  starts a spinning child with 256 KiB, then a second one:
 *                the two need more than its own 512 KiB -> ERR_QUOTA (-5);
 *                then kills the first, and the second starts (the quota
 *                came back) and is killed too
 * A child that should not have started is killed and the attack exits with
 * 10; a later step that fails exits with 11 and up.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-grant", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN);

#define HUGE_QUOTA (16u << 20)
#define HALF_QUOTA (256u * 1024)
#define SPIN_ARGS "60000"

/* A child that did start is killed: the attack exits with 10. */
static int started(handle_result_t r)
{
    if (r.err != OK)
        return r.err;
    sip_kill(r.handle);
    return 10;
}

static int over_grant(void)
{
    return started(sip_spawn("exit.sip", NULL, 3, HUGE_QUOTA, 0));
}

static int grant_twice(void)
{
    handle_result_t first = sip_spawn("attack-spin.sip", SPIN_ARGS, 3, HALF_QUOTA, 0);
    if (first.err != OK)
        return 11;
    handle_result_t second = sip_spawn("attack-spin.sip", SPIN_ARGS, 3, HALF_QUOTA, 0);
    if (second.err == OK) {
        sip_kill(second.handle);
        sip_kill(first.handle);
        return 10;
    }
    if (sip_kill(first.handle) != OK || sip_wait(first.handle, SIP_WAIT_FOREVER).err != OK)
        return 12;
    handle_result_t again = sip_spawn("attack-spin.sip", SPIN_ARGS, 3, HALF_QUOTA, 0);
    if (again.err != OK)
        return 13;
    if (sip_kill(again.handle) != OK || sip_wait(again.handle, SIP_WAIT_FOREVER).err != OK)
        return 14;
    return second.err;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("escalate")))
        return started(sip_spawn("exit.sip", NULL, 3, HALF_QUOTA,
                                 SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG));
    if (str_equal(mode, STR("manifest")))
        return started(sip_spawn("init.sip", NULL, 3, HALF_QUOTA, SIP_CAP_SPAWN));
    if (str_equal(mode, STR("over-grant")))
        return over_grant();
    if (str_equal(mode, STR("grant-twice")))
        return grant_twice();
    print("attack-grant: unknown mode '%s'\n", args);
    return 1;
}
