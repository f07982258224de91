/*
 * Attempt: put SIP_OUT where its rules cannot follow the pointer: on a
 * function with external linkage (another file may define it without
 * SIP_OUT), in a function pointer type or a typedef of a function type
 * (calls through them are not direct), on a non-pointer; redefine a
 * trusted SIP_OUT function in SIP code; and take the address of a SIP_OUT
 * function to call it through a pointer of the same type.
 * Without these: a SIP_OUT argument reaches code that keeps it.
 */
// expect: SIP-PTR-OUT 21
// expect: SIP-PTR-OUT 22
// expect: SIP-PTR-OUT 23
// expect: SIP-PTR-OUT 24
// expect: SIP-PTR-OUT 26
// expect: SIP-PTR-OUT 37
// expect: SIP-PTR-OUT 40
#include <sip/stdlib.h>

static long *kept;

void exported(SIP_OUT long *p);
void (*pointer)(SIP_OUT long *p);
typedef void handler_t(SIP_OUT long *p);
static void by_value(SIP_OUT long v);

int channel_receive_reply(endpoint_t *ep, reply_t *out)
{
    (void)ep;
    out->code = 0;
    return 0;
}

static void fill(SIP_OUT long *p) { *p = 1; }

void attempt(void)
{
    void (*f)(long *) = fill;
    long v = 0;
    f(kept);
    void (*g)(long *, long *) = &swap_longs;
    (void)g;
    by_value(v);
}
