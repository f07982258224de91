/*
 * Attempt: allocate a huge block on the stack with alloca so that the
 * stack pointer jumps over the guard page into other memory.
 * Without SIP-STACK-ALLOCA: the stack grows by an unchecked amount.
 */
// expect: SIP-STACK-ALLOCA 11
#include <sip/stdlib.h>

void jump_guard(unsigned long n)
{
    (void)__builtin_alloca(n);
}
