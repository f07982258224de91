/*
 * Attempt: pass &local where no SIP_OUT parameter takes it directly: to an
 * ordinary parameter, through a function pointer to a SIP_OUT function,
 * in a variadic function's extra arguments, through ?:, to an
 * unprototyped (K&R) function, hidden in a macro, or as an array (the
 * callee could keep a pointer of the array's type).
 * Without the direct-argument condition: the callee keeps the pointer.
 */
// expect: SIP-DECL-KR 27
// expect: SIP-PTR-ADDR-LOCAL 34
// expect: SIP-PTR-ADDR-LOCAL 35
// expect: SIP-PTR-ADDR-LOCAL 36
// expect: SIP-PTR-ADDR-LOCAL 37
// expect: SIP-PTR-ADDR-LOCAL 38
// expect: SIP-PTR-ADDR-LOCAL 39
// expect: SIP-PTR-ADDR-LOCAL 40
// expect: SIP-PTR-ADDR-LOCAL 41
// expect: SIP-PTR-OUT 42
#include <sip/stdlib.h>

#define OUT_OF(x) (&(x))

typedef long pair_t[2];
static long *kept;
static void keep(long *p) { kept = p; }
static void keep_pair(SIP_OUT pair_t *p);
static void unprototyped();

long attempt(int (*receive)(endpoint_t *, reply_t *))
{
    long v = 0, w = 0;
    pair_t pair = { 0 };
    reply_t r = { 0 };
    keep(&v);
    receive(0, &r);
    read_values(&v, &w);
    swap_longs(&v, v ? &v : &w);
    unprototyped(&v);
    keep(OUT_OF(w));
    keep_pair(&pair);
    swap_longs(&(long){ 1 }, &v);
    receive = channel_receive_reply;
    return *kept + r.value;
}

static void keep_pair(SIP_OUT pair_t *p) { (*p)[0] = 1; }
static void unprototyped(long *p) { kept = p; }
