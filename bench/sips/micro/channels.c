/*
 * channels.c — bench-micro's channel benchmarks:
 *   channel_create        create a channel and close both ends
 *   sip_pingpong          1-byte Ping/Pong round trip with bench-pong
 *   sip_pingpong payload= an exchange-heap block of that size sent to
 *                         bench-pong and back (ownership moves; no copy)
 *   thread_pingpong_wait  Ping/Pong between two threads of this SIP,
 *                         each blocked in a receive until the other sends
 */
#include "micro.h"

#include "bench.h"

static const uint64_t payloads[] = { 4, 64, 1024, 4096, 65536 };

void measure_channel_create(size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++) {
            chan_pair_t p = chan_create(Bench_CONTRACT_ID);
            if (p.err != OK)
                return;
            chan_close(p.imp);
            chan_close(p.exp);
        }
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    bench_report(b, "channel_create", 0);
}

/* Ping sent and Pong received in one kernel entry (the generated call). */
static bool ping_once(Bench_imp_t ep)
{
    Bench_imp_msg_t reply;
    return Bench_imp_call_Ping(ep, 1, &reply) == OK && reply.id == Bench_MSG_Pong;
}

static void measure_byte(Bench_imp_t ep, size_t n, const char *name, uint64_t payload)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    for (int k = 0; k < 200; k++)
        ping_once(ep);    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            if (!ping_once(ep))
                return;
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    bench_report(b, name, payload);
}

/* Sends the block to the partner and gets it back; *block is its new handle. */
static bool data_once(Bench_imp_t ep, SIP_OUT xheap_handle_t *block)
{
    Bench_imp_msg_t reply;
    if (Bench_imp_call_Data(ep, *block, &reply) != OK || reply.id != Bench_MSG_DataBack)
        return false;
    *block = reply.u.DataBack.block;
    return true;
}

static void measure_payload(Bench_imp_t ep, uint64_t size, size_t n)
{
    bench_t *b = bench_begin(n);
    xblock_result_t made = b != NULL ? xblock_new(size) : (xblock_result_t){ .err = ERR_INVALID };
    if (made.err != OK)
        return;
    xheap_handle_t block = made.block;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            if (!data_once(ep, &block))
                return;
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    handle_close(block);
    bench_report(b, "sip_pingpong", size);
}

/* The endpoint handed to bench-pong (static: sip_spawn_with reads an array). */
static handle_t pong_endpoints[1];

void measure_sip_pingpong(size_t n)
{
    measure_sip_pingpong_payload(n, 0);
}

/*
 * `only_payload` 0: the 1-byte round trip, the same through chan_call,
 * then every payload; 1: the 1-byte round trip alone; PINGPONG_ONLY_CALL:
 * the chan_call one alone; a payload size: that payload alone (profiles).
 */
void measure_sip_pingpong_payload(size_t n, uint64_t only_payload)
{
    chan_pair_t p = chan_create(Bench_CONTRACT_ID);
    if (p.err != OK)
        return;
    pong_endpoints[0] = p.exp;
    handle_result_t child = sip_spawn_with("bench-pong.sip", "", 4, 1u << 20, 0,
                                           pong_endpoints, 1);
    if (child.err != OK) {
        print("bench: error: sip_pingpong: %s\n", err_name(child.err));
        return;
    }
    Bench_imp_t ep = { p.imp };
    if (only_payload <= 1)
        measure_byte(ep, n, "sip_pingpong", 1);
    if (only_payload == 0 || only_payload == PINGPONG_ONLY_CALL)
        measure_sip_call(ep, n);
    for (size_t i = 0; i < sizeof(payloads) / sizeof(payloads[0]); i++) {
        if (only_payload == 0 || only_payload == payloads[i])
            measure_payload(ep, payloads[i], n);
    }
    chan_close(p.imp);
    sip_wait(child.handle, SIP_WAIT_FOREVER);
    handle_close(child.handle);
}

/* The partner thread: `endpoint` is the channel's exporting end; each
 * Pong is sent with the wait for the next Ping (one kernel entry). */
static void thread_partner(uint64_t endpoint)
{
    Bench_exp_t ep = { endpoint };
    Bench_exp_msg_t msg;
    err_t rc = Bench_exp_recv(ep, &msg);
    while (rc == OK && msg.id == Bench_MSG_Ping)
        rc = Bench_exp_call_Pong(ep, msg.u.Ping.byte, &msg);
}

void measure_thread_pingpong(size_t n)
{
    chan_pair_t p = chan_create(Bench_CONTRACT_ID);
    if (p.err != OK)
        return;
    handle_result_t partner = thread_start(thread_partner, p.exp);
    if (partner.err != OK)
        return;
    measure_byte((Bench_imp_t){ p.imp }, n, "thread_pingpong_wait", 0);
    chan_close(p.imp);
    handle_close(partner.handle);
}
