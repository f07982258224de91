/*
 * attack-waits — a waiting thread left behind by the channel fast path. A
 * receive waits on its endpoint's own queue of waiters, not on the SIP's
 * (kernel/abi_channel.c): every way the endpoint can leave the waiter's
 * hands must still wake it, and it must then find its handle gone, never
 * sleep on (or read) an endpoint that is no longer its, nor a freed one.
 * In each mode a second thread acts after 20 ms while the main thread waits.
 *
 * Modes (args) and the expected exit code:
 *   close-while-calling
 *                 the main thread is inside a request/reply call
 *                 (PingPong_imp_call_Ping, one kernel entry): the Ping is
 *                 queued at its own other end and it waits for the Pong;
 *                 the second thread closes both ends, freeing the channel
 *                 under the call's wait                -> ERR_BAD_HANDLE (-2)
 *   wait-any-close
 *                 the main thread waits in chan_rt_wait_any (the SIP's
 *                 queue of waiters, which a receive no longer uses) while
 *                 the second thread closes both ends   -> ERR_BAD_HANDLE (-2)
 *   send-away-while-waiting
 *                 the main thread waits for a message at a Service end; the
 *                 second thread sends that very end away in a
 *                 ServiceProvider Connect (to its own other end). The
 *                 waiter must wake and find its handle gone, and the end
 *                 must arrive intact at the receiver   -> ERR_BAD_HANDLE (-2)
 * Any other answer exits with a positive code naming the failed step.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "pingpong.h"
#include "service.h"

SIP_MANIFEST("attack-waits", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "PingPong", "ServiceProvider" },
             .exports = { "PingPong", "ServiceProvider", "Service" });

static chan_pair_t waited;       /* the channel the main thread waits on */
static chan_pair_t carrier;      /* send-away: the ServiceProvider channel */
static int thread_step;          /* the second thread's failed step, or 0 */

/* The second thread of close-while-calling and wait-any-close. */
static void closer(uint64_t arg)
{
    (void)arg;
    sleep_ms(20);
    chan_close(waited.exp);
    chan_close(waited.imp);
}

/* The second thread of send-away-while-waiting. */
static void sender(uint64_t arg)
{
    (void)arg;
    sleep_ms(20);
    ServiceProvider_imp_t provider = { carrier.imp };
    if (ServiceProvider_imp_send_Connect(provider, (Service_exp_t){ waited.exp }) != OK)
        thread_step = 30;
}

/* The waiter's status as the kernel's code (the runtime's names agree). */
static int report(const char *what, err_t rc)
{
    print("attack-waits: %s: %s\n", what, err_name(rc));
    return rc == CHAN_RT_ERR_BAD_HANDLE ? ERR_BAD_HANDLE : rc;
}

static int close_while_calling(void)
{
    waited = chan_create(PingPong_CONTRACT_ID);
    if (waited.err != OK)
        return 10;
    if (thread_start(closer, 0).err != OK)
        return 11;
    PingPong_imp_msg_t reply;
    err_t rc = PingPong_imp_call_Ping((PingPong_imp_t){ waited.imp }, 1, &reply);
    return report("calling on an end another thread closed", rc);
}

static int wait_any_close(void)
{
    waited = chan_create(PingPong_CONTRACT_ID);
    if (waited.err != OK)
        return 10;
    if (thread_start(closer, 0).err != OK)
        return 11;
    chan_handle_t ends[1] = { waited.exp };
    size_t ready = 99;
    err_t rc = chan_rt_wait_any(ends, 1, &ready);
    return report("waiting (any) on an end another thread closed", rc);
}

static int send_away_while_waiting(void)
{
    waited = chan_create(Service_CONTRACT_ID);
    carrier = chan_create(ServiceProvider_CONTRACT_ID);
    if (waited.err != OK || carrier.err != OK)
        return 10;
    if (thread_start(sender, 0).err != OK)
        return 11;
    Service_exp_msg_t msg;
    err_t rc = Service_exp_recv((Service_exp_t){ waited.exp }, &msg);
    if (thread_step != 0)
        return thread_step;
    ServiceProvider_Connect_t connect;
    if (ServiceProvider_exp_recv_Connect((ServiceProvider_exp_t){ carrier.exp }, &connect) != OK)
        return 12;
    if (connect.client.h == waited.exp || chan_status(connect.client.h).err != OK)
        return 13;    /* the end must arrive, under a new handle */
    return report("waiting on an end another thread sent away", rc);
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("close-while-calling")))
        return close_while_calling();
    if (str_equal(mode, STR("wait-any-close")))
        return wait_any_close();
    if (str_equal(mode, STR("send-away-while-waiting")))
        return send_away_while_waiting();
    print("attack-waits: unknown mode '%s'\n", args);
    return 1;
}
