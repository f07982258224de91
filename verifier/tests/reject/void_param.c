/*
 * Attempt: an API of the SIP's own that takes 'void *', so callers can pass
 * any pointer and the function can reinterpret it without a visible cast.
 * Without SIP-PTR-VOID: the implicit conversions hide the punning.
 */
// expect: SIP-PTR-VOID 9
#include <sip/stdlib.h>

void store(void *where, long value)
{
    (void)where;
    (void)value;
}
