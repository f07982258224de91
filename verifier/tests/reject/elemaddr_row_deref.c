/*
 * Attempt: dereference a row of an array of arrays directly, *grid[i]
 * with i == 4: the row decays to a pointer before the `*`, so its index is
 * checked as an address (one past the end accepted), not as an access.
 * Without SIP-PTR-ELEMADDR on decayed rows: reads the object after grid.
 */
// expect: SIP-PTR-ELEMADDR 14
#include <sip/stdlib.h>

static int grid[4][4];

int read_past(size_t i)
{
    return *grid[i];
}
