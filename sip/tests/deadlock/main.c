/*
 * deadlock — test SIP: two instances that deadlock on purpose, for init's
 * deadlock report. Args:
 *   server   publishes "deadlock", accepts one client and waits for its
 *            request;
 *   client   binds "deadlock" and waits for a message from the server
 *            instead of sending its request.
 * Both then wait for a message nobody will send.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "service.h"

SIP_MANIFEST("deadlock", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Service", "ServiceProvider" },
             .exports = { "Service", "ServiceProvider" });

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
    return 1;
}
