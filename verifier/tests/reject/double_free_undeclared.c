/*
 * Attempt: double free through the C library's free, called without any
 * declaration (relying on C89 implicit declarations).
 * Without SIP-MEM-DEALLOC / SIP-DECL-IMPLICIT: the allocator's metadata is
 * corrupted by the second free.
 */
// expect: SIP-MEM-DEALLOC 13
// expect: SIP-MEM-DEALLOC 14
#include <sip/stdlib.h>

void twice(int *p)
{
    free(p);
    free(p);
}
