/* naming.c — see naming.h. */
#include "naming.h"

#define MAX_PAUSE_MS 160u   /* between tries: 10, 20, 40 ... 160 ms */

handle_t naming_publish(const char *who, const char *name, uint32_t contract_id)
{
    NameService_imp_t ns = { sip_endpoint(0) };
    chan_pair_t sp = chan_create(ServiceProvider_CONTRACT_ID);
    xblock_result_t block = xblock_from_str(str_from_cstr(name));
    NameService_imp_msg_t reply;
    if (sp.err != OK || block.err != OK ||
        NameService_imp_send_Publish(ns, block.block, contract_id,
                                     (ServiceProvider_imp_t){ sp.imp }) != OK ||
        NameService_imp_recv(ns, &reply) != OK) {
        print("%s: cannot reach the name service to publish '%s'\n", who, name);
        return 0;
    }
    if (reply.id == NameService_MSG_NakPublish) {
        print("%s: publishing '%s' refused (error %u)\n", who, name,
              reply.u.NakPublish.error);
        chan_close(reply.u.NakPublish.provider.h);
        chan_close(sp.exp);
        return 0;
    }
    return sp.exp;
}

handle_t naming_bind(const char *who, const char *name, uint32_t timeout_ms)
{
    NameService_imp_t ns = { sip_endpoint(0) };
    uint64_t deadline = time_ns() + (uint64_t)timeout_ms * 1000000u;
    uint64_t pause_ms = 10;
    do {
        xblock_result_t block = xblock_from_str(str_from_cstr(name));
        NameService_imp_msg_t reply;
        if (block.err != OK || NameService_imp_send_Bind(ns, block.block) != OK ||
            NameService_imp_recv(ns, &reply) != OK) {
            print("%s: cannot reach the name service to bind '%s'\n", who, name);
            return 0;
        }
        if (reply.id == NameService_MSG_AckBind)
            return reply.u.AckBind.service.h;
        /* NotFound: not published yet; Unavailable: the service is busy. */
        if (reply.u.NakBind.error != NameService_Error_NotFound &&
            reply.u.NakBind.error != NameService_Error_Unavailable) {
            print("%s: binding '%s' refused (error %u)\n", who, name, reply.u.NakBind.error);
            return 0;
        }
        sleep_ms(pause_ms);
        pause_ms = pause_ms < MAX_PAUSE_MS ? pause_ms * 2 : MAX_PAUSE_MS;
    } while (time_ns() < deadline);
    print("%s: '%s' was not published in time\n", who, name);
    return 0;
}
