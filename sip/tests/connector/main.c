/*
 * connector — test SIP: creates a Service channel, sends its exporting end
 * to the provider inside a Connect message (the endpoint changes owner),
 * then talks to the provider over the end it kept.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "service.h"

SIP_MANIFEST("connector", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "ServiceProvider", "Service" });

int main(const char *args)
{
    (void)args;
    ServiceProvider_imp_t sp = { sip_endpoint(0) };
    chan_pair_t pair = chan_create(Service_CONTRACT_ID);
    if (pair.err != OK)
        return 2;
    Service_exp_t given = { pair.exp };
    Service_imp_t kept = { pair.imp };
    if (ServiceProvider_imp_send_Connect(sp, given) != OK)
        return 3;
    ServiceProvider_imp_msg_t reply;
    if (ServiceProvider_imp_recv(sp, &reply) != OK || reply.id != ServiceProvider_MSG_AckConnect)
        return 4;
    if (chan_status(pair.exp).err != ERR_BAD_HANDLE)
        return 5;    /* the end we sent is no longer ours */
    Service_Hello_t hello;
    if (Service_imp_recv_Hello(kept, &hello) != OK || hello.version != 7)
        return 6;
    if (Service_imp_send_Goodbye(kept) != OK || Service_imp_recv_AckGoodbye(kept) != OK)
        return 7;
    return 0;
}
