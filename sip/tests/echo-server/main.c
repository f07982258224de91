/*
 * echo-server — test SIP: publishes the service "echo" through the name
 * service (initial endpoint 0), shows that publishing a name the policy
 * does not grant is refused, then serves one client: Hello, Goodbye,
 * AckGoodbye.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "service.h"

SIP_MANIFEST("echo-server", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Service", "ServiceProvider" });

/* Publishes `name`; the provider channel's exporting end, or 0. */
static handle_t publish(NameService_imp_t ns, const char *name)
{
    chan_pair_t sp = chan_create(ServiceProvider_CONTRACT_ID);
    xblock_result_t block = xblock_from_str(str_from_cstr(name));
    if (sp.err != OK || block.err != OK ||
        NameService_imp_send_Publish(ns, block.block, Service_CONTRACT_ID,
                                     (ServiceProvider_imp_t){ sp.imp }) != OK)
        return 0;
    NameService_imp_msg_t reply;
    if (NameService_imp_recv(ns, &reply) != OK)
        return 0;
    if (reply.id == NameService_MSG_NakPublish) {
        print("echo-server: publishing '%s' refused (error %u)\n", name, reply.u.NakPublish.error);
        chan_close(reply.u.NakPublish.provider.h);
        chan_close(sp.exp);
        return 0;
    }
    print("echo-server: published '%s'\n", name);
    return sp.exp;
}

int main(const char *args)
{
    (void)args;
    NameService_imp_t ns = { sip_endpoint(0) };
    if (publish(ns, "secret") != 0)
        return 2;    /* the policy grants no such name */
    ServiceProvider_exp_t provider = { publish(ns, "echo") };
    ServiceProvider_Connect_t connect;
    if (provider.h == 0 || ServiceProvider_exp_recv_Connect(provider, &connect) != OK)
        return 3;
    ServiceProvider_exp_send_AckConnect(provider);
    Service_exp_t client = connect.client;
    if (Service_exp_send_Hello(client, 1) != OK || Service_exp_recv_Goodbye(client) != OK)
        return 4;
    return Service_exp_send_AckGoodbye(client) == OK ? 0 : 5;
}
