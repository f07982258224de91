/*
 * Attempt: a counted_by flexible array whose count member is writable:
 * the SIP enlarges the count and the bounds check then allows reading
 * past the allocation.
 * Without the const requirement of SIP-PTR-FLEX: bounds come from the SIP.
 */
// expect: SIP-PTR-FLEX 12
#include <sip/stdlib.h>

struct vector {
    size_t count;
    long items[] __attribute__((counted_by(count)));
};

long grow_and_read(struct vector *v)
{
    v->count = 1000000;
    return v->items[999999];
}
