/*
 * mock_abi.c — the host tests' stand-in for the kernel ABI (mock_abi.h).
 */
#include "mock_abi.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MOCK_PAGE 4096u
#define MOCK_BLOCKS_MAX 4096

char mock_console[MOCK_CONSOLE_MAX];
size_t mock_console_len;
int mock_console_calls;
size_t mock_console_largest;
abi_status_t mock_console_status;
uint64_t mock_quota_pages;
uint64_t mock_pages_used;
int mock_page_alloc_calls;
bool mock_dirty_pages;
bool mock_misaligned_pages;
uint64_t mock_last_sleep_ns;
int mock_yields;
int mock_exit_fd = -1;

static void *mock_blocks[MOCK_BLOCKS_MAX];
static int mock_block_count;
static uint64_t mock_clock;

static abi_status_t mock_console_write(const char *bytes, uint64_t len)
{
    mock_console_calls++;
    if (len > 64 * 1024)
        return ABI_ERR_RANGE;
    if (mock_console_status != ABI_OK)
        return mock_console_status;
    if (len > mock_console_largest)
        mock_console_largest = len;
    size_t room = MOCK_CONSOLE_MAX - mock_console_len;
    size_t n = len < room ? len : room;
    memcpy(mock_console + mock_console_len, bytes, n);
    mock_console_len += n;
    return ABI_OK;
}

static abi_status_t mock_page_alloc(uint64_t count, void **out)
{
    mock_page_alloc_calls++;
    if (count == 0)
        return ABI_ERR_INVALID;
    if (out == NULL)
        return ABI_ERR_BAD_ADDRESS;
    if (count > mock_quota_pages - mock_pages_used)
        return ABI_ERR_QUOTA;
    if (mock_block_count == MOCK_BLOCKS_MAX)
        return ABI_ERR_NO_MEMORY;
    unsigned char *block = aligned_alloc(MOCK_PAGE, (count + 1) * MOCK_PAGE);
    if (block == NULL)
        return ABI_ERR_NO_MEMORY;
    memset(block, mock_dirty_pages ? 0xAA : 0, (count + 1) * MOCK_PAGE);
    mock_blocks[mock_block_count++] = block;
    mock_pages_used += count;
    *out = mock_misaligned_pages ? block + 16 : block;
    return ABI_OK;
}

static void mock_exit(int32_t code)
{
    if (mock_exit_fd < 0) {
        fprintf(stderr, "mock_abi: exit(%d) outside a start-up test\n", (int)code);
        abort();
    }
    char tail[64];
    int n = snprintf(tail, sizeof(tail), "\n#EXIT %d\n", (int)code);
    if (write(mock_exit_fd, mock_console, mock_console_len) < 0 ||
        write(mock_exit_fd, tail, (size_t)n) < 0)
        _exit(2);
    _exit(0);
}

static uint64_t mock_time_ns(void) { return mock_clock += 1000; }
static void mock_sleep_ns(uint64_t ns) { mock_last_sleep_ns = ns; }
static void mock_yield(void) { mock_yields++; }

insula_abi_t mock_abi = {
    .version = INSULA_ABI_VERSION,
    .entry_count = INSULA_ABI_ENTRY_COUNT,
    .exit = mock_exit,
    .console_write = mock_console_write,
    .time_ns = mock_time_ns,
    .sleep_ns = mock_sleep_ns,
    .yield = mock_yield,
    .page_alloc = mock_page_alloc,
};

void mock_reset(void)
{
    for (int i = 0; i < mock_block_count; i++)
        free(mock_blocks[i]);
    mock_block_count = 0;
    mock_pages_used = 0;
    mock_quota_pages = 1024;
    mock_page_alloc_calls = 0;
    mock_dirty_pages = false;
    mock_misaligned_pages = false;
    mock_console_len = 0;
    mock_console_calls = 0;
    mock_console_largest = 0;
    mock_console_status = ABI_OK;
    mock_last_sleep_ns = 0;
    mock_yields = 0;
}
