/*
 * Attempt: call an undeclared function; C89 would invent 'int f()' and
 * pass any arguments, unchecked.
 * Without SIP-DECL-IMPLICIT: the call is an unprototyped call.
 */
// expect: SIP-DECL-IMPLICIT 11
#include <sip/stdlib.h>

int sip_main(void)
{
    return reboot_machine(0xfee1dead);
}
