/*
 * Attempt: use a row of an array of arrays as a pointer, grid[4] of an
 * int[4][4] (one past the last row, which the bounds check accepts for an
 * element whose address is taken, as for &grid[4][0]), and read through it.
 * Without SIP-PTR-ELEMADDR on decayed rows: the read lands in `after`.
 */
// expect: SIP-PTR-ELEMADDR 20
#include <sip/stdlib.h>

static int grid[4][4];
static int after[4];

static int first(int *row)
{
    return *row;
}

int read_past(size_t i)
{
    return first(grid[i]) + after[0];
}
