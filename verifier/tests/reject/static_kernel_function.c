/*
 * Attempt: declare kernel and stdlib-internal functions (static and
 * extern) and call them directly instead of through the ABI table.
 * Without SIP-DECL-RESERVED: a SIP names the kernel's or the collector's
 * internals.
 */
// expect: SIP-DECL-RESERVED 13
// expect: SIP-DECL-RESERVED 14
// expect: SIP-DECL-RESERVED 18
// expect: SIP-DECL-RESERVED 19
#include <sip/stdlib.h>

static void kernel_panic(const char *why);
void __insula_gc_collect_now(void);

int sip_main(void)
{
    kernel_panic("bye");
    __insula_gc_collect_now();
    return 0;
}
