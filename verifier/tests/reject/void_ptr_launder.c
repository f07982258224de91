/*
 * Attempt: launder a pointer through 'void *' to read an object as another
 * type (here a struct holding a pointer, read as plain integers).
 * Without SIP-PTR-VOID / SIP-CAST-PTR: void * converts to any pointer type
 * without a cast or a warning.
 */
// expect: SIP-PTR-VOID 16
// expect: SIP-CAST-PTR 16
// expect: SIP-CAST-PTR 17
#include <sip/stdlib.h>

struct node { struct node *next; };

long peek(struct node *n)
{
    void *any = n;
    long *words = any;
    return *words;
}
