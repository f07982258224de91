/*
 * Attempt: use thread-local storage, which compiles to %fs-relative
 * accesses; in ring 0 %fs may point at kernel per-CPU data.
 * Without SIP-DECL-TLS: the SIP reads and writes through the segment.
 */
// expect: SIP-DECL-TLS 9
#include <sip/stdlib.h>

__thread long per_thread;

long bump(void)
{
    return ++per_thread;
}
