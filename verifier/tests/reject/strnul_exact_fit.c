/*
 * Attempt: a const char array initialized by a literal that exactly fills
 * it (C then stores no NUL), used as a C string.
 * Without SIP-STR-NUL: console_puts reads past the five bytes.
 */
// expect: SIP-STR-NUL 13
#include <sip/text.h>

static const char exact[5] = "exact";

void attempt(void)
{
    console_puts(exact);
}
