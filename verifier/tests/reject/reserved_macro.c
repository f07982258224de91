/*
 * Attempt: define a macro in the implementation's reserved namespace that a
 * trusted header might test with #ifdef to switch off its checks.
 * Without SIP-DECL-RESERVED on macros: trusted code changes behaviour.
 */
// expect: SIP-DECL-RESERVED 7
#define __INSULA_UNCHECKED 1
#include <sip/stdlib.h>

int sip_main(void)
{
    return 0;
}
