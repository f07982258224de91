/*
 * Attempt: classic stack smash: take a local's address and write beyond it
 * to reach the saved return address.
 * Without SIP-PTR-ADDR-LOCAL / SIP-PTR-INDEX: the write lands in the frame
 * (SafeStack would move the local away from the return address, but the
 * subset refuses the pointer in the first place).
 */
// expect: SIP-PTR-ADDR-LOCAL 15
// expect: SIP-PTR-INDEX 16
#include <sip/stdlib.h>

void smash(long value)
{
    long local = 0;
    long *p = &local;
    p[3] = value;
}
