/*
 * Attempt: switch off the compiler's bounds and CFI checks for one
 * function, then index out of bounds in it.
 * Without SIP-DECL-ATTR: the runtime checks the subset relies on vanish.
 */
// expect: SIP-DECL-ATTR 11
#include <sip/stdlib.h>

static int table[4];

__attribute__((no_sanitize("bounds", "cfi"))) int read_at(int i)
{
    return table[i];
}
