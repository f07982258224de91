/*
 * Attempt: read the return address to locate code and build a jump target.
 * Without SIP-BUILTIN: code addresses leak and can be forged.
 */
// expect: SIP-BUILTIN 13
// expect: SIP-CAST-PTR2INT 13
#include <sip/stdlib.h>

static unsigned long where;

void leak(void)
{
    where = (unsigned long)__builtin_return_address(0);
}
