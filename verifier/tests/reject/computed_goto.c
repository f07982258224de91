/*
 * Attempt: take the address of a label, adjust it, and jump to it
 * (a code pointer CFI does not check).
 * Without SIP-CTRL-GOTO-COMPUTED: the jump can land mid-instruction.
 */
// expect: SIP-CTRL-GOTO-COMPUTED 16
// expect: SIP-CAST-PTR 16
// expect: SIP-CTRL-GOTO-COMPUTED 17
// expect: SIP-CAST-PTR 17
#include <sip/stdlib.h>

static const char *target;

void jump(void)
{
    target = &&done;
    goto *target;
done:
    return;
}
