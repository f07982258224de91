/*
 * counter-v1 — test SIP of versioning: a client that knows only Counter
 * (contracts/counter.contract, version 1) binds "counter", which a Counter2
 * service publishes. Binding it as Counter makes the channel run Counter's
 * state machine, so past the limit it still gets Value, never Counter2's
 * Saturated (which it could not decode).
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "counter.h"

SIP_MANIFEST("counter-v1", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService", "Counter" });

/* Add n; the total the service answered, or -1. */
static int64_t add(Counter_imp_t c, uint32_t n)
{
    Counter_imp_msg_t m;
    if (Counter_imp_send_Add(c, n) != OK || Counter_imp_recv(c, &m) != OK ||
        m.id != Counter_MSG_Value)
        return -1;
    return (int64_t)m.u.Value.total;
}

int main(const char *args)
{
    (void)args;
    service_result_t s = service_bind("counter", 2000);
    Counter_imp_t c;
    if (s.err != OK || Counter_imp_from_Service((Service_imp_t){ s.h }, &c) != OK)
        return 2;
    print("counter-v1: bound 'counter' as Counter (the service said version %u)\n", s.version);
    int64_t first = add(c, 7), second = add(c, 10);
    if (first != 7 || second != 17)
        return 3;
    print("counter-v1: totals 7 and 17, each a Value\n");
    return service_goodbye(s.h) == OK ? 0 : 4;
}
