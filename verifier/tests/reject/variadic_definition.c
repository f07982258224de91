/*
 * Attempt: define a variadic function and read more arguments than the
 * caller passed, walking up the stack (va_arg has no bound).
 * Without SIP-DECL-VARIADIC: va_arg reads whatever lies in the frame.
 */
// expect: SIP-DECL-VARIADIC 9
#include <sip/stdlib.h>

long sum(int count, ...)
{
    (void)count;
    return 0;
}
