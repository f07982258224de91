/*
 * attack-handles — names kernel objects it does not hold. Handles are
 * integers the SIP may write freely; the kernel looks each one up in the
 * caller's own table (index plus generation, SIP-ABI-HANDLE) and refuses
 * anything else with ABI_ERR_BAD_HANDLE without acting on it. A refusal is
 * not a kill: the attack reports the status and exits with it.
 *
 * Modes (args) and the expected exit code:
 *   forged        invented handle values closed, waited on, queried
 *                 -> ERR_BAD_HANDLE (-2)
 *   stale         a channel end closed, its slot reused by a new channel:
 *                 the old value (old generation) is refused
 *                 -> ERR_BAD_HANDLE (-2)
 *   closed        a channel end used after closing it -> ERR_BAD_HANDLE (-2)
 *   borrowed N    N is a handle value that names a live SIP in the
 *                 spawner's table; here it names nothing -> ERR_BAD_HANDLE (-2)
 *   exhaust       creates channels until the handle table (64 slots) is
 *                 full: refused with ERR_QUOTA after exactly 32 channels,
 *                 then closes them all and creates one again -> ERR_QUOTA (-5)
 *   close-while-waiting
 *                 the main thread waits for a message on a channel end while
 *                 a second thread closes both ends: the channel is freed
 *                 under the waiter, which must not read it again (the kernel
 *                 resolves the handle after every wake-up; before, it kept
 *                 the endpoint's pointer and slept forever on freed memory)
 *                 -> ERR_BAD_HANDLE (-2)
 * Any other answer exits with a positive code naming the failed step.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-handles", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong" }, .exports = { "PingPong" });

#define HANDLE_SLOTS 64
#define SLOT_OF(h) ((h) & 0xffffffffu)

static handle_t ends[HANDLE_SLOTS];

/* The status every forged use got, or a positive step number. */
static int forged(void)
{
    static const handle_t values[4] = { 0x12345, 1, (7ull << 32) | 3, UINT64_MAX };
    for (int i = 0; i < 4; i++) {
        if (handle_close(values[i]) != ERR_BAD_HANDLE)
            return 10 + i;
        if (sip_wait(values[i], 0).err != ERR_BAD_HANDLE)
            return 20 + i;
        if (chan_status(values[i]).err != ERR_BAD_HANDLE)
            return 30 + i;
    }
    return ERR_BAD_HANDLE;
}

static int stale(void)
{
    chan_pair_t first = chan_create(PingPong_CONTRACT_ID);
    if (first.err != OK || chan_close(first.imp) != OK)
        return 10;
    chan_pair_t second = chan_create(PingPong_CONTRACT_ID);
    if (second.err != OK)
        return 11;
    bool reused = SLOT_OF(second.imp) == SLOT_OF(first.imp) ||
                  SLOT_OF(second.exp) == SLOT_OF(first.imp);
    if (!reused)
        return 12;    /* the slot was not reused: the attack proves nothing */
    if (chan_status(second.imp).err != OK)
        return 13;
    err_t rc = chan_status(first.imp).err;
    print("attack-handles: stale handle %#llx (slot reused): %s\n",
          (unsigned long long)first.imp, err_name(rc));
    return rc;
}

static int closed(void)
{
    chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
    if (pair.err != OK || chan_close(pair.exp) != OK)
        return 10;
    if (PingPong_imp_send_Ping((PingPong_imp_t){ pair.imp }, 1) != CHAN_RT_ERR_CLOSED)
        return 11;
    if (chan_close(pair.imp) != OK)
        return 12;
    err_t rc = chan_status(pair.imp).err;
    if (rc != ERR_BAD_HANDLE)
        return 13;
    return chan_close(pair.imp);
}

static chan_pair_t waited;

/* The second thread of close-while-waiting. */
static void closer(uint64_t arg)
{
    (void)arg;
    sleep_ms(20);
    chan_close(waited.exp);
    chan_close(waited.imp);
}

static int close_while_waiting(void)
{
    waited = chan_create(PingPong_CONTRACT_ID);
    if (waited.err != OK)
        return 10;
    if (thread_start(closer, 0).err != OK)
        return 11;
    PingPong_Ping_t ping;
    err_t rc = PingPong_exp_recv_Ping((PingPong_exp_t){ waited.exp }, &ping);
    print("attack-handles: waiting on an end another thread closed: %d\n", (int)rc);
    return rc == CHAN_RT_ERR_BAD_HANDLE ? ERR_BAD_HANDLE : rc;    /* the runtime's name for it */
}

static int borrowed(str_t number)
{
    u64_result_t h = str_parse_u64(number, 0);
    if (h.err != OK)
        return 10;
    sip_status_t st = sip_wait(h.value, 0);
    print("attack-handles: the spawner's handle %#llx here: %s\n",
          (unsigned long long)h.value, err_name(st.err));
    if (handle_close(h.value) != ERR_BAD_HANDLE)
        return 11;
    return st.err;
}

static int exhaust(void)
{
    size_t n = 0;
    err_t rc = OK;
    while (n + 1 < HANDLE_SLOTS) {
        chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
        rc = pair.err;
        if (rc != OK)
            break;
        ends[n++] = pair.imp;
        ends[n++] = pair.exp;
    }
    if (n + 1 < HANDLE_SLOTS || (rc = chan_create(PingPong_CONTRACT_ID).err) == OK) {
        print("attack-handles: %zu handles, then %s\n", n, err_name(rc));
        return 10;
    }
    print("attack-handles: %zu handles, then %s\n", n, err_name(rc));
    for (size_t i = 0; i < n; i++)
        if (chan_close(ends[i]) != OK)
            return 11;
    chan_pair_t again = chan_create(PingPong_CONTRACT_ID);
    if (again.err != OK)
        return 12;    /* closing must give the slots back */
    return rc;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("forged")))
        return forged();
    if (str_equal(mode, STR("stale")))
        return stale();
    if (str_equal(mode, STR("closed")))
        return closed();
    if (str_starts_with(mode, STR("borrowed "))) {
        str_result_t number = str_slice(mode, 9, str_len(mode) - 9);
        return number.err == OK ? borrowed(str_trim(number.str)) : 2;
    }
    if (str_equal(mode, STR("exhaust")))
        return exhaust();
    if (str_equal(mode, STR("close-while-waiting")))
        return close_while_waiting();
    print("attack-handles: unknown mode '%s'\n", args);
    return 1;
}
