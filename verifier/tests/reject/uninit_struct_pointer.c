/*
 * Attempt: the same with a pointer inside a struct that is declared but
 * only partly assigned.
 * Without SIP-INIT-PTR on aggregates: n.next is stack garbage.
 */
// expect: SIP-INIT-PTR 13
#include <sip/stdlib.h>

struct node { int value; struct node *next; };

int follow(void)
{
    struct node n;
    n.value = 1;
    return n.next->value;
}
