/*
 * Attempt: hide an integer-to-pointer cast inside a macro defined in the
 * SIP, hoping the checker only looks at code as written on the line.
 * Without reporting at the expansion site: the forged pointer passes.
 */
// expect: SIP-CAST-INT2PTR 13
#include <sip/stdlib.h>

#define AT(address) ((long *)(address))

long peek(void)
{
    return *AT(0xffffffff80000000);
}
