/*
 * Attempt: a SIP function takes a SIP_OUT parameter, which its callers
 * fill with &local, and lets the pointer outlive the call: stores it,
 * returns it, hands it to a function that keeps it, copies it through a
 * cast, compares it (a pointer-valued test is a use the rule cannot
 * follow), or takes its address.
 * Without SIP-PTR-OUT: the caller's frame is reachable after it returned.
 */
// expect: SIP-PTR-OUT 24
// expect: SIP-PTR-OUT 25
// expect: SIP-PTR-OUT 26
// expect: SIP-PTR-OUT 27
// expect: SIP-PTR-OUT 28
// expect: SIP-PTR-ADDR-LOCAL 29
// expect: SIP-PTR-OUT 29
// expect: SIP-PTR-OUT 34
#include <sip/stdlib.h>

static long *kept;
static void keep(long *p) { kept = p; }

static long *leak(SIP_OUT long *out, SIP_OUT long **other)
{
    kept = out;
    keep(out);
    *other = out;
    if (out == kept) {}
    (void)out;
    long **where = &out;
    (void)where;
    return 0;
}

static long *give_back(SIP_OUT long *out) { return out; }

long later(void)
{
    long local = 1;
    long *p = 0;
    leak(&local, &p);
    give_back(&local);
    return *kept;
}
