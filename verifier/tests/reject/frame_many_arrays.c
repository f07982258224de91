/*
 * Attempt: stay under any per-object bound with several medium arrays whose
 * sum is a frame larger than the guard page allows (SIP-STACK-FRAME counts
 * the whole frame, reported at its largest object).
 */
// expect: SIP-STACK-FRAME 13
#include <sip/stdlib.h>

unsigned char many_arrays(unsigned long i)
{
    volatile unsigned char a[700];
    volatile unsigned char b[700];
    volatile unsigned char c[900];
    volatile unsigned char d[600];
    a[i % 700] = 1;
    b[i % 700] = 2;
    c[i % 900] = 3;
    d[i % 600] = 4;
    return (unsigned char)(a[0] + b[0] + c[0] + d[0]);
}
