/*
 * Attempt: return the address of a local array to the caller.
 * Without SIP-PTR-ADDR-LOCAL: the caller gets a pointer into a dead frame.
 */
// expect: SIP-PTR-ADDR-LOCAL 11
#include <sip/stdlib.h>

static int (*dangling(void))[4]
{
    int local[4] = { 1, 2, 3, 4 };
    return &local;
}

int sip_main(void)
{
    return (*dangling())[0];
}
