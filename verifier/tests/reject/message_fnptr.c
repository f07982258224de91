/*
 * Attempt: receive a code address from another SIP: declare a message or
 * block layout of the SIP's own with a function pointer in it and copy the
 * received bytes over it (a buffer's data read as that struct, a raw
 * copy), then call it. Contracts have no pointer types; a block's bytes
 * leave it only as bytes (SIP-LIB-XBLOCK).
 * Without SIP-CAST-PTR and SIP-MEM-RAWCOPY (and SIP-PTR-VOID for the
 * declaration): the peer picks the call target.
 */
// expect: SIP-MEM-RAWCOPY 22
// expect: SIP-PTR-VOID 22
// expect: SIP-CAST-PTR 29
// expect: SIP-MEM-RAWCOPY 32
// expect: SIP-CAST-PTR 32
#include <sip/block.h>

typedef struct {
    uint32_t kind;
    int (*handler)(int);
} wire_t;

void *memcpy(void *dst, const void *src, unsigned long n);

static wire_t local;

int run_received(xblock_handle_t block)
{
    bytes_t *got = xblock_copy(block);
    const wire_t *w = (const wire_t *)got;
    if (w->kind == 1)
        return w->handler(1);
    memcpy(&local, got, sizeof(local));
    return local.handler(2);
}
