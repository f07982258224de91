/*
 * counter-v2-client — test SIP of versioning: a client that knows Counter2
 * binds "counter" as Counter2 and gets Saturated past the limit (the
 * channel runs Counter2's state machine), then Reset.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "counter2.h"

SIP_MANIFEST("counter-v2-client", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Counter2" });

int main(const char *args)
{
    (void)args;
    service_result_t s = service_bind("counter", 2000);
    Counter2_imp_t c;
    Counter2_imp_msg_t m;
    if (s.err != OK || Counter2_imp_from_Service((Service_imp_t){ s.h }, &c) != OK)
        return 2;
    if (Counter2_imp_send_Add(c, 20) != OK || Counter2_imp_recv(c, &m) != OK ||
        m.id != Counter2_MSG_Saturated)
        return 3;
    print("counter-v2-client: Add 20 answered Saturated (limit %u)\n",
          (unsigned)m.u.Saturated.limit);
    if (Counter2_imp_send_Reset(c) != OK || Counter2_imp_recv_AckReset(c) != OK)
        return 4;
    return service_goodbye(s.h) == OK ? 0 : 5;
}
