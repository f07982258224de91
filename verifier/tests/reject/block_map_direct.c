/*
 * Attempt: get a block's address from the kernel, the way the stdlib does
 * (the ABI's xblock_map through the ABI table), and keep a pointer into
 * it after the block is sent or closed. The table and its entries are the
 * stdlib's: a reserved name, and an entry that passes `void **`.
 * Without SIP-DECL-RESERVED, SIP-PTR-VOID (and SIP-CAST-PTR, SIP-PTR-ADDR-LOCAL
 * for the out-parameters): the SIP holds a raw pointer into a block that
 * later belongs to another SIP.
 */
// expect: SIP-PTR-VOID 20
// expect: SIP-DECL-RESERVED 21
// expect: SIP-PTR-ADDR-LOCAL 23
// expect: SIP-CAST-PTR 24
#include <sip/block.h>

const unsigned char *kept;

void map_and_keep(xblock_handle_t block)
{
    void *data = 0;
    const __insula_abi_t *abi = __insula_abi();
    uint64_t size;
    abi->xblock_map(block, &data, &size);
    kept = data;
}
