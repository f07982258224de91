/*
 * Attempt: free a heap object while keeping a pointer to it, then use the
 * pointer after the memory is reused (use after free).
 * Without SIP-MEM-DEALLOC: collector-owned memory would be released early.
 */
// expect: SIP-MEM-DEALLOC 10
// expect: SIP-MEM-DEALLOC 15
#include <sip/stdlib.h>

void free(long *p);

long use_after_free(void)
{
    long *p = new(long);
    free(p);
    return *p;
}
