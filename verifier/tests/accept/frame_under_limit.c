/*
 * A frame just under the SIP-STACK-FRAME limit of 2048 bytes: 2000 bytes of
 * arrays, the parameter and the locals (each counted with its alignment
 * padding) and the frame's rounding.
 */
#include <sip/stdlib.h>

unsigned char under_limit(unsigned long i)
{
    volatile unsigned char a[1000];
    volatile unsigned char b[1000];
    unsigned long j = i % 1000;
    a[j] = 1;
    b[j] = 2;
    return (unsigned char)(a[0] + b[0]);
}
