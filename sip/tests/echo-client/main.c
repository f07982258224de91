/*
 * echo-client — test SIP: binds names through the name service (initial
 * endpoint 0). Binding "secret" must be refused by the policy; binding
 * "echo" (retried until the server has published it) gives a channel to
 * the server, used for Hello, Goodbye, AckGoodbye.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "service.h"

SIP_MANIFEST("echo-client", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Service" });

#define BIND_TRIES 200

/* Binds `name`: the service's importing end (0 on refusal); *error says why. */
static handle_t bind(NameService_imp_t ns, const char *name, SIP_OUT uint32_t *error)
{
    xblock_result_t block = xblock_from_str(str_from_cstr(name));
    NameService_imp_msg_t reply;
    *error = 0;
    if (block.err != OK || NameService_imp_send_Bind(ns, block.block) != OK ||
        NameService_imp_recv(ns, &reply) != OK) {
        *error = 0xffffffffu;
        return 0;
    }
    if (reply.id == NameService_MSG_NakBind) {
        *error = reply.u.NakBind.error;
        return 0;
    }
    return reply.u.AckBind.service.h;
}

int main(const char *args)
{
    (void)args;
    NameService_imp_t ns = { sip_endpoint(0) };
    uint32_t error;
    if (bind(ns, "secret", &error) != 0 || error != NameService_Error_Refused)
        return 2;
    print("echo-client: binding 'secret' refused by the policy\n");
    handle_t h = 0;
    for (int i = 0; i < BIND_TRIES && h == 0; i++) {
        h = bind(ns, "echo", &error);
        if (h == 0 && error != NameService_Error_NotFound)
            return 3;
        if (h == 0)
            sleep_ms(10);
    }
    Service_imp_t service = { h };
    Service_Hello_t hello;
    if (h == 0 || Service_imp_recv_Hello(service, &hello) != OK)
        return 4;
    print("echo-client: bound 'echo'; the service said hello (version %u)\n", hello.version);
    if (Service_imp_send_Goodbye(service) != OK || Service_imp_recv_AckGoodbye(service) != OK)
        return 5;
    return 0;
}
