/*
 * Test stand-in for the stdlib's exchange-heap blocks (insula/channel.h,
 * insula/device.h): a block is named by its handle, bytes leave it only as
 * copies (SUBSET.md, SIP-LIB-XBLOCK), a driver learns its physical address
 * as an integer. Trusted, like stdlib.h next to it.
 */
#ifndef INSULA_SIP_BLOCK_H
#define INSULA_SIP_BLOCK_H

#include <sip/view.h>

#include <stdint.h>

typedef uint64_t xblock_handle_t;

typedef struct {
    int err;
    xblock_handle_t block;
} xblock_result_t;

typedef struct {
    int err;
    uint64_t value;
} u64_result_t;

xblock_result_t xblock_new(uint64_t size);
int xblock_read(xblock_handle_t block, uint64_t offset, uint64_t len, bytes_t *into, size_t at);
bytes_t *xblock_copy(xblock_handle_t block);
int xblock_send(uint64_t endpoint, xblock_handle_t block);
/* DMA right: the block's physical address (in phys mode, also its address). */
u64_result_t xblock_phys(xblock_handle_t block);

/* The stdlib's way to the kernel: the ABI table (a struct of entries). */
typedef struct {
    int (*xblock_map)(uint64_t block, void **data, uint64_t *size);
} __insula_abi_t;
const __insula_abi_t *__insula_abi(void);

#endif
