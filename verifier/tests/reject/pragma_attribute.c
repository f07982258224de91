/*
 * Attempt: switch off bounds checks for every following function with
 * '#pragma clang attribute', so no attribute appears on the functions.
 * Without seeing pragma-applied attributes: the checks silently vanish.
 */
// expect: SIP-DECL-ATTR 9
#include <sip/stdlib.h>

#pragma clang attribute push(__attribute__((no_sanitize("bounds"))), apply_to = function)
static int table[4];
int read_at(int i) { return table[i]; }
#pragma clang attribute pop
