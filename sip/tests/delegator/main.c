/*
 * delegator — test SIP for the name service's limit on delegated channels
 * (sip/nameservice: NS_MAX_DELEGATED, 8 live per SIP init started): asks
 * for NameService channels for SIPs it might start (service_delegate)
 * until one is refused, which must be the ninth, with ERR_BUSY; then
 * closes one and must get one again (the limit counts live channels).
 * Exits 0 when all of that held, else the number of the check that failed.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

SIP_MANIFEST("delegator", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .imports = { "NameService" });

#define LIMIT 8
#define RETRIES 200    /* the name service sees the close when it next waits */

static handle_t held[LIMIT + 1];

/* A channel for child `n` ("c0", "c1", ...). */
static service_result_t delegate_one(size_t n)
{
    buf_t *name = buf_new(8);
    if (name == NULL || buf_format(name, "c%u", (unsigned)n) != OK)
        return (service_result_t){ .err = ERR_NO_MEMORY };
    const char *name_c = str_to_cstr(buf_view(name));
    return name_c != NULL ? service_delegate(name_c)
                          : (service_result_t){ .err = ERR_NO_MEMORY };
}

/* Delegates until a refusal; the count of channels it got, and the refusal. */
static size_t delegate_until_refused(SIP_OUT err_t *refusal)
{
    size_t n = 0;
    *refusal = OK;
    while (n <= LIMIT) {
        service_result_t r = delegate_one(n);
        if (r.err != OK) {
            *refusal = r.err;
            return n;
        }
        held[n++] = r.h;
    }
    return n;
}

/* After closing one channel, a delegation succeeds again (within RETRIES). */
static err_t delegate_after_close(void)
{
    chan_close(held[0]);
    service_result_t r = { .err = ERR_BUSY };
    for (size_t i = 0; i < RETRIES && r.err == ERR_BUSY; i++) {
        r = delegate_one(LIMIT + 1 + i);
        if (r.err == ERR_BUSY)
            sleep_ms(1);
    }
    return r.err;
}

int main(const char *args)
{
    (void)args;
    err_t refusal;
    size_t got = delegate_until_refused(&refusal);
    print("delegator: %u channels delegated; the next: %s\n", (unsigned)got, err_name(refusal));
    if (got != LIMIT)
        return 1;
    if (refusal != ERR_BUSY)
        return 2;
    err_t again = delegate_after_close();
    print("delegator: one closed; delegated again: %s\n", err_name(again));
    return again == OK ? 0 : 3;
}
