/*
 * Attempt: allocate untyped memory with the compiler's malloc builtin,
 * outside the collector (so its contents are never scanned).
 * Without SIP-MEM-RAWALLOC: pointers stored there would be invisible to
 * the collector and their objects freed under them.
 */
// expect: SIP-MEM-RAWALLOC 12
#include <sip/stdlib.h>

void hide(void)
{
    (void)__builtin_malloc(64);
}
