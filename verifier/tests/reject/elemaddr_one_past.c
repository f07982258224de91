/*
 * Attempt: form &table[8] (one past the end, which the bounds check
 * accepts because C allows forming it) and dereference it.
 * Without SIP-PTR-ELEMADDR: the dereference reads past the array.
 */
// expect: SIP-PTR-ELEMADDR 14
#include <sip/stdlib.h>

static int table[8];
static int after;

int read_past(void)
{
    int *end = &table[8];
    return *end + after;
}
