/*
 * insula/channel.h — channels and the exchange heap for SIP code.
 *
 * Channels are typed by contracts; use the bindings contractc generates
 * (<name>.h: PingPong_imp_send_Ping, PingPong_exp_recv, switch receive...),
 * which call the channel runtime below. A message the contract does not
 * allow in the current state terminates the sender (docs/channels.md).
 */
#ifndef INSULA_STDLIB_CHANNEL_H
#define INSULA_STDLIB_CHANNEL_H

#include "abi/abi.h"
#include "insula/buf.h"
#include "insula/err.h"
#include "insula/process.h"

#include <stdint.h>

typedef struct {
    err_t err;
    handle_t imp;      /* importing (client) end */
    handle_t exp;      /* exporting (service) end */
} chan_pair_t;

/* Creates a channel of contract `contract_id` (<Name>_CONTRACT_ID); both ends are ours. */
chan_pair_t chan_create(uint32_t contract_id);

typedef struct {
    err_t err;
    abi_chan_status_t status;
} chan_status_result_t;

/* Contract, state, queue and, once closed, why the peer closed. */
chan_status_result_t chan_status(handle_t ep);

/* Closes an endpoint: the peer sees ERR_CLOSED. */
err_t chan_close(handle_t ep);

/*
 * ---- exchange-heap blocks (bytes and strings that travel in messages) ----
 *
 * A block is named by its handle only: SIP code copies bytes in
 * (xblock_from_str, xblock_write) and out (xblock_read), and never holds a
 * pointer or a view into a block, which would outlive the block's sending
 * or closing (verifier/SUBSET.md, SIP-LIB-XBLOCK). Each copy checks that we
 * own the block and completes before another thread can send or close it.
 */

typedef uint64_t xblock_handle_t;

typedef struct {
    err_t err;
    xblock_handle_t block;
} xblock_result_t;

/*
 * A new, zero-filled block of `size` bytes (1 or more), ours until we send it.
 * Errors: ERR_INVALID (0), ERR_RANGE (over 16 MiB), ERR_QUOTA, ERR_NO_MEMORY.
 */
xblock_result_t xblock_new(uint64_t size);

/*
 * A new block holding a copy of `s` (1 byte or more), ours until we send it.
 * Errors: ERR_INVALID (empty), ERR_RANGE (over 16 MiB), ERR_QUOTA, ERR_NO_MEMORY.
 */
xblock_result_t xblock_from_str(str_t s);

/* The size of a block we own, in bytes; 0 if we do not own it (a block has 1 or more). */
uint64_t xblock_size(xblock_handle_t block);

/*
 * Copies `len` bytes of a block we own, from byte `offset`, into `into` at
 * byte `at` (as buf_copy: `at` at most buf_len(into), whose length grows to
 * at + len if that is more): all of it or nothing. xblock_read(b, 0,
 * xblock_size(b), into, buf_len(into)) appends the whole block.
 * Errors: ERR_BAD_HANDLE (not ours), ERR_RANGE (offset + len past the
 * block's size, or at + len past buf_cap(into), or at past buf_len(into)),
 * ERR_INVALID (into NULL), ERR_CORRUPT (into damaged).
 */
err_t xblock_read(xblock_handle_t block, uint64_t offset, uint64_t len, buf_t *into, size_t at);

/* A new buffer on our heap holding a copy of a whole block we own; NULL if
   we do not own it, or the heap refuses (heap_last_error() says why). */
buf_t *xblock_copy(xblock_handle_t block);

/*
 * Copies `src` into a block we own at byte `offset`: all of it or nothing.
 * Errors: ERR_BAD_HANDLE (not ours), ERR_RANGE (offset + src.len past the
 * block's size).
 */
err_t xblock_write(xblock_handle_t block, uint64_t offset, str_t src);

#endif
