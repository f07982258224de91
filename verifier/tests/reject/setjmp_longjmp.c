/*
 * Attempt: save a register context with setjmp and restore a doctored one
 * with longjmp, loading an arbitrary stack and instruction pointer.
 * Without SIP-CTRL-SETJMP: control moves where CFI and SafeStack never see.
 */
// expect: SIP-CTRL-SETJMP 12
// expect: SIP-CTRL-SETJMP 13
// expect: SIP-PTR-ARRAY-PARAM 12
// expect: SIP-PTR-ARRAY-PARAM 13
#include <sip/stdlib.h>

int setjmp(long env[8]);
void longjmp(long env[8], int value);
