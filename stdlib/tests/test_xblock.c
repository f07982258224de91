/*
 * test_xblock.c — exchange-heap blocks over the mock ABI with a fake block
 * table: xblock_read, xblock_copy and xblock_size copy out only a block the
 * SIP owns and stay inside it and the buffer (every offset and length
 * edge); xblock_write and xblock_from_str copy in likewise; and, once the
 * SIP has a second thread, every look-up of a block's memory and every ABI
 * call that can take a block away (handle_close, chan_send) runs with the
 * exchange lock held, so no other thread can send or close a block in the
 * middle of a copy.
 */
#include "check.h"
#include "internal.h"
#include "mock_abi.h"

#include "insula/buf.h"
#include "insula/channel.h"
#include "insula/chan_rt.h"
#include "insula/process.h"

#define BLOCK_HANDLE 9u
#define BLOCK_BYTES 32u

static uint8_t block[BLOCK_BYTES + 8];    /* 8 guard bytes after it */
static bool block_owned;
static int unlocked_calls;    /* look-ups and consuming calls made without the lock */

static void note_lock(void)
{
    if (!__insula_xblock_lock.held)
        unlocked_calls++;
}

static abi_status_t fake_xblock_map(abi_handle_t h, void **data, uint64_t *size)
{
    if (h != BLOCK_HANDLE || !block_owned)
        return ABI_ERR_BAD_HANDLE;
    *data = block;
    *size = BLOCK_BYTES;
    return ABI_OK;
}

static abi_status_t locked_xblock_map(abi_handle_t h, void **data, uint64_t *size)
{
    note_lock();
    return fake_xblock_map(h, data, size);
}

static abi_status_t fake_xblock_alloc(uint64_t size, abi_handle_t *out, void **data)
{
    if (size > BLOCK_BYTES)
        return ABI_ERR_RANGE;
    for (size_t i = 0; i < BLOCK_BYTES; i++)
        block[i] = 0;
    block_owned = true;
    *out = BLOCK_HANDLE;
    *data = block;
    return ABI_OK;
}

static abi_status_t fake_handle_close(abi_handle_t h)
{
    note_lock();
    if (h != BLOCK_HANDLE || !block_owned)
        return ABI_ERR_BAD_HANDLE;
    block_owned = false;
    return ABI_OK;
}

static abi_status_t fake_chan_send(abi_handle_t ep, uint32_t msg_id, const void *msg,
                                   uint64_t len)
{
    (void)ep, (void)msg_id, (void)msg, (void)len;
    note_lock();
    block_owned = false;    /* as if the message carried the block */
    return ABI_OK;
}

static bool guard_intact(void)
{
    for (int i = 0; i < 8; i++)
        if (block[BLOCK_BYTES + i] != 0)
            return false;
    return true;
}

static void test_copy_in(void)
{
    xblock_result_t r = xblock_from_str(STR("0123456789abcdefghijklmnopqrstuv"));
    CHECK_INT(r.err, OK);
    CHECK_UINT(r.block, BLOCK_HANDLE);
    CHECK_UINT(xblock_size(r.block), BLOCK_BYTES);
    CHECK_INT(xblock_from_str(str_empty()).err, ERR_INVALID);
    CHECK_INT(xblock_write(BLOCK_HANDLE, BLOCK_BYTES - 2, STR("XY")), OK);
    CHECK_INT(xblock_write(BLOCK_HANDLE, BLOCK_BYTES - 1, STR("XY")), ERR_RANGE);
    CHECK_INT(xblock_write(BLOCK_HANDLE, UINT64_MAX, STR("X")), ERR_RANGE);
    CHECK_INT(xblock_write(BLOCK_HANDLE + 1, 0, STR("X")), ERR_BAD_HANDLE);
    CHECK(guard_intact());
}

static void test_copy_out(void)
{
    buf_t *b = buf_new(8);
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 4, b, 0), OK);
    CHECK(str_equal(buf_view(b), STR("0123")));
    CHECK_INT(xblock_read(BLOCK_HANDLE, BLOCK_BYTES - 2, 2, b, 4), OK);    /* appended */
    CHECK(str_equal(buf_view(b), STR("0123XY")));
    CHECK_INT(xblock_read(BLOCK_HANDLE, 4, 2, b, 1), OK);                  /* overwritten */
    CHECK(str_equal(buf_view(b), STR("0453XY")));
    CHECK_INT(xblock_read(BLOCK_HANDLE, BLOCK_BYTES - 1, 2, b, 0), ERR_RANGE);  /* past block */
    CHECK_INT(xblock_read(BLOCK_HANDLE, UINT64_MAX, 2, b, 0), ERR_RANGE);
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, UINT64_MAX, b, 0), ERR_RANGE);
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 4, b, 7), ERR_RANGE);           /* past buf's len */
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 3, b, 6), ERR_RANGE);           /* past buf's cap */
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 1, NULL, 0), ERR_INVALID);
    CHECK_INT(xblock_read(BLOCK_HANDLE + 1, 0, 1, b, 0), ERR_BAD_HANDLE);
    CHECK(str_equal(buf_view(b), STR("0453XY")));    /* nothing changed on an error */
    buf_t *all = xblock_copy(BLOCK_HANDLE);
    CHECK(all != NULL);
    CHECK_UINT(buf_len(all), BLOCK_BYTES);
    CHECK(str_equal(buf_view(all), STR("0123456789abcdefghijklmnopqrstXY")));
    CHECK(xblock_copy(BLOCK_HANDLE + 1) == NULL);
}

/* Once sent or closed, the handle reads and writes nothing. */
static void test_gone(void)
{
    buf_t *b = buf_new(8);
    CHECK_INT(chan_rt_send(3, 1, block, 0), OK);
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 1, b, 0), ERR_BAD_HANDLE);
    CHECK_INT(xblock_write(BLOCK_HANDLE, 0, STR("Z")), ERR_BAD_HANDLE);
    CHECK_UINT(xblock_size(BLOCK_HANDLE), 0);
    CHECK(xblock_copy(BLOCK_HANDLE) == NULL);
    CHECK_UINT(buf_len(b), 0);
    CHECK_INT(xblock_new(4).err, OK);
    CHECK_INT(handle_close(BLOCK_HANDLE), OK);
    CHECK_INT(xblock_read(BLOCK_HANDLE, 0, 1, b, 0), ERR_BAD_HANDLE);
    CHECK_INT(chan_close(BLOCK_HANDLE), ERR_BAD_HANDLE);
}

int main(void)
{
    mock_reset();
    mock_abi.xblock_map = locked_xblock_map;
    mock_abi.xblock_alloc = fake_xblock_alloc;
    mock_abi.handle_close = fake_handle_close;
    mock_abi.chan_send = fake_chan_send;
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    CHECK(!__insula_xblock_enter());    /* one thread: no lock */
    __insula_threads_started = true;    /* as thread_start does */
    test_copy_in();
    test_copy_out();
    test_gone();
    CHECK_INT(unlocked_calls, 0);
    CHECK(!__insula_xblock_lock.held);
    mock_reset();
    return check_exit_status("test_xblock");
}
