/*
 * Attempt: vouch for a trusted function's bytes from SIP code: redeclare
 * it after the header (hoping the SIP's declaration is the one judged),
 * and put SIP_CSTR/SIP_FORMAT on declarations the SIP introduces (a later
 * trusted redeclaration would inherit them). Without the checks: raw bytes reach console_puts.
 */
// expect: SIP-STR-NUL 16
// expect: SIP-STR-NUL 17
// expect: SIP-STR-NUL 21
// expect: SIP-STR-NUL 22
// expect: SIP-DECL-TRUSTED 14
#include <sip/text.h>

const char *raw_bytes(int which);

SIP_CSTR const char *vouched(int which);
static void show(SIP_FORMAT const char *format);

void attempt(void)
{
    console_puts(raw_bytes(0));
    show("x");
}
