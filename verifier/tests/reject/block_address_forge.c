/*
 * Attempt: keep reading an exchange-heap block after sending it, through
 * its address. SIP code has no view of a block (SIP-LIB-XBLOCK), but a
 * driver learns its block's physical address (xblock_phys), which in phys
 * mode is also where the block is: a pointer or a view made from it would
 * read the block as the receiver writes it (in another SIP), or, once it
 * is closed, whatever the kernel puts in its frames. Tried: a cast, an
 * implicit conversion, a uintptr_t, a view made up around the address
 * (compound literal, braced initializer), the address kept in a global
 * and converted later.
 * Without SIP-CAST-INT2PTR (and SIP-LIB-READONLY for the views): each
 * line below reads the receiver's block.
 */
// expect: SIP-CAST-INT2PTR 31
// expect: SIP-CAST-INT2PTR 32
// expect: SIP-CAST-INT2PTR 33
// expect: SIP-LIB-READONLY 34
// expect: SIP-CAST-INT2PTR 34
// expect: SIP-LIB-READONLY 35
// expect: SIP-CAST-INT2PTR 35
// expect: SIP-CAST-INT2PTR 42
#include <sip/block.h>

static uint64_t kept;

int peek_after_send(xblock_handle_t block, uint64_t endpoint)
{
    u64_result_t phys = xblock_phys(block);
    xblock_send(endpoint, block);
    uintptr_t where = (uintptr_t)phys.value;
    const unsigned char *p = (const unsigned char *)phys.value;
    const unsigned char *q = phys.value;
    const char *r = (const char *)where;
    span_t v = (span_t){ (const char *)where, 4096 };
    span_t w = { .bytes = (const char *)phys.value, .len = 4096 };
    kept = phys.value;
    return *p + *q + *r + span_at(v, 100) + span_at(w, 200);
}

int peek_later(void)
{
    const volatile unsigned char *p = (const volatile unsigned char *)kept;
    return *p;
}
