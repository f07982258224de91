/*
 * Attempt: one frame holding a 64 KiB local array. SafeStack takes the
 * whole unsafe frame with one subtraction and no probe, so the frame steps
 * over the 4 KiB guard page below the unsafe stack and its first write
 * lands in foreign memory (found by the runtime attack corpus: the hosted
 * kernel's heap was overwritten).
 */
// expect: SIP-STACK-FRAME 13
#include <sip/stdlib.h>

unsigned char huge_frame(unsigned long i)
{
    volatile unsigned char frame[64 * 1024];
    frame[i & 1] = 0x41;
    return frame[0];
}
