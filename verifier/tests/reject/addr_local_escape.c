/*
 * Attempt: store the address of a local in a global and use it after the
 * function returned (use after return: the slot holds another frame's
 * data, perhaps a pointer the SIP can then overwrite).
 * Without SIP-PTR-ADDR-LOCAL: the global dangles.
 */
// expect: SIP-PTR-ADDR-LOCAL 15
#include <sip/stdlib.h>

static long *saved;

void keep(void)
{
    long local = 42;
    saved = &local;
}
