/*
 * verify-gate — not a SIP of the build: the source the test
 * sip-verify-gate gives to the build's own sipcheck command line, which
 * must refuse it (SIP-PTR-ADDR-LOCAL: a pointer to a local kept in a global).
 */
#include <insula/stdlib.h>

SIP_MANIFEST("verify-gate", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static int *kept;

int main(const char *args)
{
    int local = str_len(str_from_cstr(args)) != 0;
    kept = &local;
    return 0;
}
