/*
 * Attempt: write an integer into a union and read it back as a pointer.
 * Without SIP-DECL-UNION-PTR: the union is a cast the compiler cannot see.
 */
// expect: SIP-DECL-UNION-PTR 10
#include <sip/stdlib.h>

union pun {
    unsigned long address;
    long *pointer;
};

long read_any(unsigned long address)
{
    union pun u = { .address = address };
    return *u.pointer;
}
