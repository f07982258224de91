/*
 * Safe idiom: function pointers taken from the SIP's own functions, kept
 * in a constant table of one exact type (cfi-icall checks each call).
 */
#include <sip/stdlib.h>

typedef long (*binary_op)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long max(long a, long b) { return a > b ? a : b; }

static const binary_op operations[] = { add, sub, max };

static long fold(binary_op op, long (*values)[4])
{
    long acc = (*values)[0];
    for (int i = 1; i < 4; i++)
        acc = op(acc, (*values)[i]);
    return acc;
}

static long inputs[4] = { 3, 9, 4, 1 };

int sip_main(void)
{
    for (size_t i = 0; i < sizeof operations / sizeof operations[0]; i++)
        console_print_int(fold(operations[i], &inputs));
    return 0;
}
