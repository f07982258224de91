/*
 * Attempt: save a register context with setjmp and restore a doctored one
 * with longjmp, loading an arbitrary stack and instruction pointer.
 * Without SIP-CTRL-SETJMP: control moves where CFI and SafeStack never see.
 */
// expect: SIP-CTRL-SETJMP 10
// expect: SIP-CTRL-SETJMP 11
#include <sip/stdlib.h>

int setjmp(long env[8]);
void longjmp(long env[8], int value);
