/*
 * Attempt: place a function or data in a section of the SIP's choosing
 * (an init section the loader runs, or one it maps writable+executable).
 * Without SIP-DECL-ATTR: the image layout is chosen by the SIP.
 */
// expect: SIP-DECL-ATTR 11
#include <sip/stdlib.h>

#define IN_SECTION(s) __attribute__((section(s)))

IN_SECTION(".text.entry") int early(void)
{
    return 0;
}
