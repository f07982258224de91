/*
 * attack-manifest — uses contracts its manifest does not declare. A SIP may
 * hold the importing end of a channel of contract C only if its manifest
 * imports C (or a contract C extends), the exporting end only if it
 * exports it; creating a channel needs C on either side (issue 10, hole 9;
 * kernel/sip_contracts.c). Its manifest declares PingPong (both sides) and
 * exports ServiceProvider, nothing else; it holds the spawn right (the
 * runner grants it in every mode), so no refusal is for want of a right.
 *
 * Modes (args) and the exit code:
 *   create   creates a Bench channel                   -> ERR_DENIED (-6)
 *   bind     creates a PingPong channel (allowed) and starts attack-spin,
 *            whose manifest declares no contract, with one end of it
 *                                                      -> ERR_DENIED (-6)
 *   receive  endpoint 0 is the exporting end of a ServiceProvider channel
 *            on which the runner sent Connect with the exporting end of a
 *            Service channel; Service is not among its exports, so the
 *            receive is refused and the message stays queued
 *                                                      -> ERR_DENIED (-6)
 * A positive code names the step that went wrong (10: not refused).
 */
#include <insula/stdlib.h>

#include "bench.h"
#include "nameservice.h"
#include "pingpong.h"

SIP_MANIFEST("attack-manifest", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN, .imports = { "PingPong" },
             .exports = { "PingPong", "ServiceProvider" });

static handle_t handed[1];

static int create(void)
{
    chan_pair_t pair = chan_create(Bench_CONTRACT_ID);
    return pair.err == OK ? 10 : pair.err;
}

static int bind(void)
{
    chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
    if (pair.err != OK)
        return 11;
    handed[0] = pair.imp;
    handle_result_t r = sip_spawn_with("attack-spin.sip", "1", 3, 128 * 1024, 0, handed, 1);
    if (r.err == OK) {
        sip_kill(r.handle);
        return 10;
    }
    if (chan_status(pair.imp).err != OK)
        return 12;    /* a refused spawn must leave the endpoint with us */
    return r.err;
}

static int receive(void)
{
    ServiceProvider_exp_t sp = { sip_endpoint(0) };
    ServiceProvider_Connect_t connect;
    err_t rc = ServiceProvider_exp_recv_Connect(sp, &connect);
    print("attack-manifest: a Service.exp in Connect: %s\n", err_name(rc));
    if (rc == OK)
        return 10;
    chan_status_result_t st = chan_status(sp.h);
    if (st.err != OK || st.status.queued != 1)
        return 12;
    return rc;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("create")))
        return create();
    if (str_equal(mode, STR("bind")))
        return bind();
    if (str_equal(mode, STR("receive")))
        return receive();
    print("attack-manifest: unknown mode '%s'\n", args);
    return 1;
}
