/*
 * Attempt: a variable-length array sized by an attacker-chosen value moves
 * the stack pointer past the guard page (stack clash).
 * Without SIP-STACK-VLA: the stack frame has no static bound.
 */
// expect: SIP-STACK-VLA 11
#include <sip/stdlib.h>

void clash(unsigned long n)
{
    char big[n];
    big[0] = 1;
}
