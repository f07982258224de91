/*
 * deadlock — test SIP: two instances that deadlock on purpose, for init's
 * deadlock report. Args:
 *   server   publishes "deadlock", accepts one client and waits for its
 *            request;
 *   client   binds "deadlock" and waits for a message from the server
 *            instead of sending its request.
 * Both then wait for a message nobody will send.
 *   cycle    alone, two threads and two Service channels between them:
 *            each thread serves one channel and calls on the other, and
 *            each calls (Goodbye, then waits for AckGoodbye) before it
 *            serves: both wait for a reply only the other could send.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "service.h"

SIP_MANIFEST("deadlock", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Service", "ServiceProvider" },
             .exports = { "Service", "ServiceProvider" });

/* Both ends of a Service channel past Hello, or {0} ends. */
static chan_pair_t greeted_pair(void)
{
    chan_pair_t pair = chan_create(Service_CONTRACT_ID);
    Service_Hello_t hello;
    if (pair.err != OK || Service_exp_send_Hello((Service_exp_t){ pair.exp }, 1) != OK ||
        Service_imp_recv_Hello((Service_imp_t){ pair.imp }, &hello) != OK)
        return (chan_pair_t){ .err = ERR_NO_MEMORY };
    return pair;
}

/* Calls on `imp` (Goodbye, then its answer), then would serve `exp`. */
static int call_then_serve(uint64_t imp, uint64_t exp)
{
    if (Service_imp_send_Goodbye((Service_imp_t){ imp }) != OK ||
        Service_imp_recv_AckGoodbye((Service_imp_t){ imp }) != OK)
        return 3;
    if (Service_exp_recv_Goodbye((Service_exp_t){ exp }) != OK)
        return 3;
    return Service_exp_send_AckGoodbye((Service_exp_t){ exp }) == OK ? 0 : 3;
}

static chan_pair_t first, second;

static void other_thread(uint64_t unused)
{
    (void)unused;
    call_then_serve(second.imp, first.exp);
    thread_exit();
}

static int cycle(void)
{
    first = greeted_pair();
    second = greeted_pair();
    if (first.err != OK || second.err != OK || thread_start(other_thread, 0).err != OK)
        return 2;
    return call_then_serve(first.imp, second.exp);
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("server"))) {
        service_result_t provider = service_publish("deadlock", Service_CONTRACT_ID);
        service_result_t client = provider.err == OK ? service_accept(provider.h, 1) : provider;
        if (client.err != OK)
            return 2;
        return Service_exp_recv_Goodbye((Service_exp_t){ client.h }) == OK ? 0 : 3;
    }
    if (str_equal(mode, STR("client"))) {
        service_result_t s = service_bind("deadlock", 2000);
        Service_imp_msg_t m;
        if (s.err != OK)
            return 2;
        return Service_imp_recv((Service_imp_t){ s.h }, &m) == OK ? 0 : 3;
    }
    if (str_equal(mode, STR("cycle")))
        return cycle();
    return 1;
}
