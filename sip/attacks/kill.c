/*
 * attack-kill — the kill entry (sip_kill) used as a weapon and as a tool.
 * A SIP may kill only a SIP whose handle it holds (one it started, or was
 * handed); any other handle value, or a handle of another type, is refused
 * and nothing dies. A SIP it did start is stopped even in a busy loop that
 * never calls the kernel, and everything comes back: the child's quota is
 * the parent's again, so the same child can be started once more.
 *
 * It holds the spawn right (its manifest asks for it, the runner grants it
 * in every mode), so a refusal is never for want of a right.
 *
 * Modes (args) and the exit code:
 *   forged       kills invented handle values and its own channel
 *                end (a handle of the wrong type)      -> ERR_BAD_HANDLE (-2)
 *   borrowed N   N is the runner's handle of the victim, a live
 *                SIP in the runner's table; here it names nothing
 *                                                      -> ERR_BAD_HANDLE (-2)
 *   child        starts attack-spin for 60 s with all the quota it
 *                can give, kills it, checks the reason ("killed by
 *                attack-kill[...]"), kills it again (nothing changes),
 *                then starts and kills it once more with the same quota
 *                (it came back)                        -> 0
 * A positive code names the step that went wrong.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-kill", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN, .imports = { "PingPong" }, .exports = { "PingPong" });

#define CHILD_QUOTA (256u * 1024)
#define SPIN_ARGS "60000"

static int forged(void)
{
    static const handle_t values[4] = { 0x12345, 1, (7ull << 32) | 3, UINT64_MAX };
    for (int i = 0; i < 4; i++) {
        if (sip_kill(values[i]) != ERR_BAD_HANDLE)
            return 10 + i;
    }
    chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
    if (pair.err != OK)
        return 20;
    err_t rc = sip_kill(pair.imp);
    if (chan_status(pair.exp).status.closed != 0)
        return 21;    /* the channel must be untouched */
    return rc;
}

static int borrowed(str_t number)
{
    u64_result_t h = str_parse_u64(number, 0);
    if (h.err != OK)
        return 10;
    err_t rc = sip_kill(h.value);
    print("attack-kill: the spawner's handle %#llx here: %s\n", (unsigned long long)h.value,
          err_name(rc));
    return rc;
}

static sip_status_t st;    /* static: a view of its reason outlives no frame */

/* Starts attack-spin, lets it spin, kills it; 0 or a step number. */
static int spawn_and_kill(int step)
{
    handle_result_t r = sip_spawn("attack-spin.sip", SPIN_ARGS, 3, CHILD_QUOTA, 0);
    if (r.err != OK) {
        print("attack-kill: spawn %d: %s\n", step, err_name(r.err));
        return step;
    }
    sleep_ms(20);
    if (sip_wait(r.handle, 0).err != ERR_TIMEOUT)
        return step + 1;    /* it should still be spinning */
    if (sip_kill(r.handle) != OK)
        return step + 2;
    st = sip_wait(r.handle, SIP_WAIT_FOREVER);
    str_t reason = str_from_array(st.reason);
    if (st.err != OK || !st.killed || !str_starts_with(reason, STR("killed by attack-kill[")))
        return step + 3;
    if (sip_kill(r.handle) != OK || sip_wait(r.handle, 0).exit_code != st.exit_code)
        return step + 4;
    print("attack-kill: child %d: %.*s\n", step, (int)reason.len, reason.bytes);
    return handle_close(r.handle) == OK ? 0 : step + 5;
}

static int child(void)
{
    int rc = spawn_and_kill(10);
    return rc != 0 ? rc : spawn_and_kill(20);
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("forged")))
        return forged();
    if (str_starts_with(mode, STR("borrowed "))) {
        str_result_t number = str_slice(mode, 9, str_len(mode) - 9);
        return number.err == OK ? borrowed(str_trim(number.str)) : 2;
    }
    if (str_equal(mode, STR("child")))
        return child();
    print("attack-kill: unknown mode '%s'\n", args);
    return 1;
}
