/*
 * Attempt: jump to a fixed kernel address through a forged function
 * pointer.
 * Without SIP-CAST-INT2PTR: the integer becomes a call target.
 */
// expect: SIP-CAST-INT2PTR 11
#include <sip/stdlib.h>

void jump(void)
{
    void (*kernel_entry)(void) = (void (*)(void))0xffffffff81000000;
    kernel_entry();
}
