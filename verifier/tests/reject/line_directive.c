/*
 * Attempt: claim with #line that the following code is in the trusted
 * stdlib header, so that a location-based checker exempts it.
 * Without using real file locations: the cast would pass as trusted code.
 */
// expect: SIP-CAST-PTR2INT 10
#include <sip/stdlib.h>

#line 1 "../include/sip/stdlib.h"
long leak(long *p) { return (long)p; }
