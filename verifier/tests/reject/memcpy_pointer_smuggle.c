/*
 * Attempt: copy the bytes of a pointer into an integer with memcpy, then
 * back into a pointer of another type.
 * Without SIP-MEM-RAWCOPY: memcpy is punning that no cast shows.
 */
// expect: SIP-MEM-RAWCOPY 15
// expect: SIP-CAST-PTR 15
#include <sip/stdlib.h>

struct pair { long a; long b; };
static struct pair target;

void smuggle(const struct pair *src)
{
    __builtin_memcpy(&target, src, sizeof target);
}
