/*
 * Attempt: shrink an object with realloc while other pointers still see
 * its old size.
 * Without SIP-MEM-DEALLOC: realloc frees (or moves) the old block.
 */
// expect: SIP-MEM-DEALLOC 9
#include <sip/stdlib.h>

long *realloc(long *p, unsigned long size);
