/*
 * counter-v2 — test SIP of versioning (contracts/counter2.contract): publishes
 * "counter" as Counter2 and serves two clients, one after the other. A client
 * that bound it as Counter (version 1) makes the channel run Counter's state
 * machine: this service's Saturated is then refused with ERR_WRONG_CONTRACT,
 * and it answers with Value instead.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "counter2.h"
#include "nameservice.h"

SIP_MANIFEST("counter-v2", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Counter2", "ServiceProvider" });

#define LIMIT 10u
#define CLIENTS 2

/* The answer to Add or Get: Saturated past the limit, unless the client
   speaks Counter, which has no Saturated. */
static err_t answer(Counter2_exp_t c, uint64_t total)
{
    if (total <= LIMIT)
        return Counter2_exp_send_Value(c, total);
    err_t rc = Counter2_exp_send_Saturated(c, LIMIT);
    if (rc != ERR_WRONG_CONTRACT)
        return rc;
    print("counter-v2: Saturated refused (%s): the client speaks Counter; sent Value\n",
          err_name(rc));
    return Counter2_exp_send_Value(c, total);
}

static err_t serve(Counter2_exp_t c)
{
    uint64_t total = 0;
    for (;;) {
        Counter2_exp_msg_t m;
        err_t rc = Counter2_exp_recv(c, &m);
        if (rc != OK)
            return rc;
        if (m.id == Counter2_MSG_Goodbye)
            return Counter2_exp_send_AckGoodbye(c);
        if (m.id == Counter2_MSG_Reset) {
            total = 0;
            rc = Counter2_exp_send_AckReset(c);
        } else {
            total += m.id == Counter2_MSG_Add ? m.u.Add.n : 0;
            rc = answer(c, total);
        }
        if (rc != OK)
            return rc;
    }
}

int main(const char *args)
{
    (void)args;
    service_result_t provider = service_publish("counter", Counter2_CONTRACT_ID);
    if (provider.err != OK)
        return 2;
    for (int i = 0; i < CLIENTS; i++) {
        ServiceProvider_Connect_t connect;
        ServiceProvider_exp_t p = { provider.h };
        Counter2_exp_t c;
        if (ServiceProvider_exp_recv_Connect(p, &connect) != OK ||
            ServiceProvider_exp_send_AckConnect(p) != OK)
            return 3;
        if (Counter2_exp_from_Service(connect.client, &c) != OK ||
            Counter2_exp_send_Hello(c, 2) != OK)
            return 4;
        err_t rc = serve(c);
        chan_close(c.h);
        if (rc != OK) {
            print("counter-v2: client %d: %s\n", i, err_name(rc));
            return 5;
        }
    }
    print("counter-v2: served %d clients\n", CLIENTS);
    return 0;
}
