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

/* ---- exchange-heap blocks (bytes and strings that travel in messages) ---- */

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

/* The bytes of a block we own; empty if we do not own it. Valid until sent or closed. */
str_t xblock_view(xblock_handle_t block);

/*
 * Copies `src` into a block we own at byte `offset`: all of it or nothing.
 * Errors: ERR_BAD_HANDLE (not ours), ERR_RANGE (offset + src.len past the
 * block's size).
 */
err_t xblock_write(xblock_handle_t block, uint64_t offset, str_t src);

#endif
