/*
 * provider — test SIP: serves new clients that arrive as endpoints. Its
 * initial endpoint 0 is the exporting end of a ServiceProvider channel;
 * the Connect message carries the exporting end of a fresh Service channel,
 * which this SIP now owns and uses: Hello, then Goodbye -> AckGoodbye.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "service.h"

SIP_MANIFEST("provider", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .exports = { "ServiceProvider", "Service" });

int main(const char *args)
{
    (void)args;
    ServiceProvider_exp_t sp = { sip_endpoint(0) };
    ServiceProvider_Connect_t connect;
    if (ServiceProvider_exp_recv_Connect(sp, &connect) != OK)
        return 2;
    err_t rc = ServiceProvider_exp_send_AckConnect(sp);
    if (rc != OK) {
        print("provider: AckConnect: %s\n", err_name(rc));
        return 3;
    }
    Service_exp_t client = connect.client;
    if (Service_exp_send_Hello(client, 7) != OK || Service_exp_recv_Goodbye(client) != OK)
        return 4;
    return Service_exp_send_AckGoodbye(client) == OK ? 0 : 5;
}
