/*
 * Attempt: a naked function has no prologue or epilogue: its body is
 * whatever the SIP writes, and it bypasses SafeStack.
 * Without SIP-DECL-ATTR: the compiler emits no checks for it.
 */
// expect: SIP-DECL-ATTR 9
#include <sip/stdlib.h>

__attribute__((naked)) void bare(void)
{
}
