/*
 * echo-server — test SIP: publishes the service "echo" through the name
 * service (insula/naming.h), shows that publishing a name the policy does
 * not grant is refused, then serves one client: Hello, Goodbye, AckGoodbye.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "service.h"

SIP_MANIFEST("echo-server", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Service", "ServiceProvider" });

int main(const char *args)
{
    (void)args;
    if (service_publish("secret", Service_CONTRACT_ID).err != ERR_DENIED)
        return 2;    /* the policy grants no such name */
    service_result_t provider = service_publish("echo", Service_CONTRACT_ID);
    if (provider.err != OK)
        return 3;
    print("echo-server: published 'echo'\n");
    service_result_t client = service_accept(provider.h, 1);
    if (client.err != OK)
        return 4;
    Service_exp_t c = { client.h };
    /* service_accept answers the client's Hello (insula/naming.h) */
    //@ ghost Service_exp_ghost_assume(c.h, Service_S_Ready);
    if (Service_exp_recv_Goodbye(c) != OK)
        return 5;
    return Service_exp_send_AckGoodbye(c) == OK ? 0 : 6;
}
