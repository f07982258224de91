/*
 * Attempt: call the collector's raw allocator, declared in the trusted
 * header for the new() macro, directly with a lying size.
 * Without SIP-DECL-RESERVED on uses: the SIP gets a block smaller than the
 * type it then stores in it.
 */
// expect: SIP-DECL-RESERVED 12
#include <sip/stdlib.h>

void trick(void)
{
    (void)__insula_gc_alloc(1);
}
