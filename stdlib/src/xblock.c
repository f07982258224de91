/*
 * xblock.c — exchange-heap blocks for SIP code (insula/channel.h).
 *
 * SIP code never holds a pointer into a block: it names a block by its
 * handle and copies bytes in (xblock_write, xblock_from_str) or out
 * (xblock_read). Each copy looks the block up in the kernel (xblock_map)
 * and finishes under the exchange lock, which every ABI call that can take
 * a block out of the SIP's table also holds (handle_close, chan_rt_send):
 * so a copy touches only a block the SIP owns from its first byte to its
 * last, even when another thread sends or closes the handle meanwhile
 * (verifier/SUBSET.md, SIP-LIB-XBLOCK). A SIP with one thread skips the
 * lock: the thread that copies is the only one that could send.
 */
#include "insula/buf.h"
#include "insula/channel.h"

#include "internal.h"

__insula_lock_t __insula_xblock_lock;
volatile bool __insula_threads_started;

bool __insula_xblock_enter(void)
{
    if (!__insula_threads_started)
        return false;    /* one thread: it is the one copying, nobody sends meanwhile */
    __insula_lock_acquire(&__insula_xblock_lock);
    return true;
}

void __insula_xblock_leave(bool locked)
{
    if (locked)
        __insula_lock_release(&__insula_xblock_lock);
}

/* Where block is and its size, if we own it; call with the exchange lock held. */
__INSULA_ABI_CALLER
static err_t block_find(xblock_handle_t block, uint8_t **data, uint64_t *size)
{
    const insula_abi_t *abi = __insula_abi();
    void *base;
    if (abi == NULL)
        return ERR_INVALID;
    err_t rc = abi->xblock_map(block, &base, size);
    if (rc == OK)
        *data = base;
    return rc;
}

/* Copies `src` to block at `offset`, all of it or nothing; the lock is held. */
static err_t block_fill(xblock_handle_t block, uint64_t offset, str_t src)
{
    uint8_t *data;
    uint64_t size;
    err_t rc = block_find(block, &data, &size);
    if (rc != OK)
        return rc;
    size_t n = src.bytes != NULL ? src.len : 0;
    if (offset > size || n > size - offset)
        return ERR_RANGE;
    for (size_t i = 0; i < n; i++)
        data[offset + i] = (uint8_t)src.bytes[i];
    return OK;
}

__INSULA_ABI_CALLER
xblock_result_t xblock_new(uint64_t size)
{
    xblock_result_t r = { .err = ERR_INVALID, .block = 0 };
    const insula_abi_t *abi = __insula_abi();
    void *data;
    xblock_handle_t block;
    if (abi == NULL || size == 0)
        return r;
    r.err = abi->xblock_alloc(size, &block, &data);
    if (r.err == OK)
        r.block = block;
    return r;
}

xblock_result_t xblock_from_str(str_t s)
{
    xblock_result_t r = { .err = ERR_INVALID, .block = 0 };
    if (s.bytes == NULL || s.len == 0)
        return r;
    r = xblock_new(s.len);
    if (r.err != OK)
        return r;
    bool locked = __insula_xblock_enter();
    err_t rc = block_fill(r.block, 0, s);
    __insula_xblock_leave(locked);
    if (rc != OK)    /* another thread closed or sent the new block: no copy was made */
        r = (xblock_result_t){ .err = rc, .block = 0 };
    return r;
}

err_t xblock_write(xblock_handle_t block, uint64_t offset, str_t src)
{
    bool locked = __insula_xblock_enter();
    err_t rc = block_fill(block, offset, src);
    __insula_xblock_leave(locked);
    return rc;
}

/* Copies [offset, offset + len) of block into `into` at `at`; the lock is held. */
static err_t block_copy_out(xblock_handle_t block, uint64_t offset, uint64_t len, buf_t *into,
                            size_t at)
{
    uint8_t *data;
    uint64_t size;
    err_t rc = block_find(block, &data, &size);
    if (rc != OK)
        return rc;
    if (offset > size || len > size - offset)
        return ERR_RANGE;
    /* A view that lives only for this copy: buf_copy keeps nothing. */
    return buf_copy(into, at, (str_t){ .bytes = (const char *)data + offset, .len = (size_t)len });
}

err_t xblock_read(xblock_handle_t block, uint64_t offset, uint64_t len, buf_t *into, size_t at)
{
    bool locked = __insula_xblock_enter();
    err_t rc = block_copy_out(block, offset, len, into, at);
    __insula_xblock_leave(locked);
    return rc;
}

uint64_t xblock_size(xblock_handle_t block)
{
    uint8_t *data;
    uint64_t size;
    bool locked = __insula_xblock_enter();    /* every look-up: one rule, tested */
    err_t rc = block_find(block, &data, &size);
    __insula_xblock_leave(locked);
    return rc == OK ? size : 0;
}

buf_t *xblock_copy(xblock_handle_t block)
{
    uint64_t size = xblock_size(block);
    buf_t *copy = size > 0 && size <= SIZE_MAX ? buf_new((size_t)size) : NULL;
    if (copy == NULL || xblock_read(block, 0, size, copy, 0) != OK)
        return NULL;    /* the collector takes the buffer back */
    return copy;
}
