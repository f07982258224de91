/*
 * tally-server — publishes "tally" through the name service (initial
 * endpoint 0) and serves one client: answers each Add with the total.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "tally.h"

SIP_MANIFEST("tally-server", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Tally", "ServiceProvider" });

/* Publishes "tally"; the provider channel's exporting end, or 0. */
static handle_t publish(NameService_imp_t ns)
{
    chan_pair_t sp = chan_create(ServiceProvider_CONTRACT_ID);
    xblock_result_t block = xblock_from_str(STR("tally"));
    NameService_imp_msg_t reply;
    if (sp.err != OK || block.err != OK ||
        NameService_imp_send_Publish(ns, block.block, Tally_CONTRACT_ID,
                                     (ServiceProvider_imp_t){ sp.imp }) != OK ||
        NameService_imp_recv(ns, &reply) != OK || reply.id != NameService_MSG_AckPublish)
        return 0;
    return sp.exp;
}

int main(const char *args)
{
    (void)args;
    ServiceProvider_exp_t provider = { publish((NameService_imp_t){ sip_endpoint(0) }) };
    ServiceProvider_Connect_t connect;
    if (provider.h == 0 || ServiceProvider_exp_recv_Connect(provider, &connect) != OK)
        return 2;
    ServiceProvider_exp_send_AckConnect(provider);
    Tally_exp_t client;
    if (Tally_exp_from_Service(connect.client, &client) != OK ||
        Tally_exp_send_Hello(client, 1) != OK)
        return 3;
    uint64_t total = 0;
    for (;;) {
        Tally_exp_msg_t msg;
        if (Tally_exp_recv(client, &msg) != OK)
            return 4;
        if (msg.id == Tally_MSG_Goodbye)
            break;
        total += msg.u.Add.amount;
        if (Tally_exp_send_Total(client, total) != OK)
            return 5;
    }
    print("tally-server: served one client, total %u\n", (unsigned)total);
    return Tally_exp_send_AckGoodbye(client) == OK ? 0 : 6;
}
