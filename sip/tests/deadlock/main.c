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
 *   ring NAME NEXT
 *            one of three SIPs in a ring: publishes NAME, binds NEXT while
 *            a second thread accepts the one client, then (that thread
 *            gone) calls on NEXT before it serves: each waits for a reply
 *            only the next could send. Its provider channel stays open, where the name
 *            service may still send a client: only the endpoint a thread
 *            waits on tells init that no message can wake it.
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

/* The ring's accepting thread: takes the one client, then ends. (The name
   service answers a bind only once the provider has accepted, one bind at
   a time: a SIP that accepted only after its own bind could wait on the
   name service while the name service waits on it.) */
static handle_t ring_provider;
static service_result_t ring_client;
static bool ring_accepted;

static void ring_accept_thread(uint64_t unused)
{
    (void)unused;
    ring_client = service_accept(ring_provider, 1);
    ring_accepted = true;
    thread_exit();
}

/* Publishes NAME, accepts its client on a thread of its own while it binds
   NEXT, and waits for the accept. The endpoint to NEXT. */
static service_result_t ring_connect(const char *name, const char *next)
{
    service_result_t provider = service_publish(name, Service_CONTRACT_ID);
    if (provider.err != OK)
        return provider;
    ring_provider = provider.h;
    if (thread_start(ring_accept_thread, 0).err != OK)
        return (service_result_t){ .err = ERR_NO_MEMORY };
    service_result_t s = service_bind(next, 5000);
    while (s.err == OK && !ring_accepted)
        sleep_ms(1);
    return s.err != OK ? s : ring_client.err != OK ? ring_client : s;
}

static int ring(str_t rest)
{
    str_token_t name = str_next_token(rest, STR(" "));
    str_token_t next = name.err == OK ? str_next_token(name.rest, STR(" ")) : name;
    if (next.err != OK)
        return 1;
    const char *name_c = str_to_cstr(name.token);
    const char *next_c = str_to_cstr(next.token);
    if (name_c == NULL || next_c == NULL)
        return 2;
    service_result_t s = ring_connect(name_c, next_c);
    if (s.err != OK)
        return 2;
    handle_t h = s.h;
    /* The call; serving the client would come after its answer. */
    if (Service_imp_send_Goodbye((Service_imp_t){ h }) != OK ||
        Service_imp_recv_AckGoodbye((Service_imp_t){ h }) != OK)
        return 3;
    return 0;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_starts_with(mode, STR("ring ")))
        return ring(str_slice(mode, 5, str_len(mode) - 5).str);
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
