/*
 * tally-client — binds "tally" (retrying while the server starts), adds
 * 1..10 and checks each running total.
 */
#include <insula/stdlib.h>

#include "nameservice.h"
#include "tally.h"

SIP_MANIFEST("tally-client", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Tally" });

#define BIND_TRIES 200

/* Binds "tally": the service's importing end, or 0. */
static handle_t bind(NameService_imp_t ns)
{
    for (int i = 0; i < BIND_TRIES; i++) {
        xblock_result_t block = xblock_from_str(STR("tally"));
        NameService_imp_msg_t reply;
        if (block.err != OK || NameService_imp_send_Bind(ns, block.block) != OK ||
            NameService_imp_recv(ns, &reply) != OK)
            return 0;
        if (reply.id == NameService_MSG_AckBind)
            return reply.u.AckBind.service.h;
        sleep_ms(10);
    }
    return 0;
}

int main(const char *args)
{
    (void)args;
    Service_imp_t service = { bind((NameService_imp_t){ sip_endpoint(0) }) };
    Tally_imp_t tally;
    Tally_Hello_t hello;
    if (service.h == 0 || Tally_imp_from_Service(service, &tally) != OK ||
        Tally_imp_recv_Hello(tally, &hello) != OK)
        return 2;
    uint64_t want = 0;
    for (uint32_t i = 1; i <= 10; i++) {
        Tally_Total_t total;
        want += i;
        if (Tally_imp_send_Add(tally, i) != OK || Tally_imp_recv_Total(tally, &total) != OK ||
            total.total != want)
            return 3;
    }
    print("tally-client: 1+2+...+10 = %u, as the server says\n", (unsigned)want);
    if (Tally_imp_send_Goodbye(tally) != OK || Tally_imp_recv_AckGoodbye(tally) != OK)
        return 4;
    return 0;
}
