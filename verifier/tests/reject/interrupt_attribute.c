/*
 * Attempt: an x86 interrupt handler ends in iretq, a privileged return
 * that loads a new code segment and flags (interrupts on or off).
 * Without SIP-DECL-ATTR: the SIP emits iretq with its own frame.
 */
// expect: SIP-DECL-ATTR 11
#include <sip/stdlib.h>

struct frame { unsigned long ip, cs, flags, sp, ss; };

__attribute__((interrupt)) void handler(struct frame *f)
{
    (void)f;
}
