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
abi_status_t mock_thread_status;
int mock_spawns;
int mock_kills;
abi_spawn_t mock_last_spawn;
void (*mock_thread_entry)(void *arg);
void *mock_thread_arg;
int mock_exit_fd = -1;

static void *mock_blocks[MOCK_BLOCKS_MAX];
static uint64_t mock_block_pages[MOCK_BLOCKS_MAX];
static int mock_block_count;

int mock_page_free_calls;
int mock_suspends;
int mock_resumes;
bool mock_suspended;
abi_status_t mock_suspend_status;
uint64_t mock_root_words[MOCK_ROOT_WORDS];
uint32_t mock_root_word_count;

/* The collector scans the real stack: ASan's fake stack frames (stack use
   after return) would hide the test's locals from it. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_stack_use_after_return=0";
}
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
    mock_block_pages[mock_block_count] = count;
    mock_blocks[mock_block_count++] = block;
    mock_pages_used += count;
    *out = mock_misaligned_pages ? block + 16 : block;
    return ABI_OK;
}

static abi_status_t mock_page_free(void *first, uint64_t count)
{
    mock_page_free_calls++;
    for (int i = 0; i < mock_block_count; i++) {
        if (mock_blocks[i] != NULL && mock_blocks[i] == first && mock_block_pages[i] == count) {
            free(mock_blocks[i]);
            mock_blocks[i] = NULL;
            mock_pages_used -= count;
            return ABI_OK;
        }
    }
    return ABI_ERR_INVALID;
}

/* The host process's roots: its data and bss (glibc's and the linker's
   symbols), the calling thread's stack up to where the C library started
   it, and the words a test adds. */
extern char __data_start[], _end[];
extern void *__libc_stack_end;

static abi_status_t mock_threads_suspend(abi_roots_t *roots)
{
    mock_suspends++;
    if (mock_suspend_status != ABI_OK)
        return mock_suspend_status;
    if (mock_suspended)
        return ABI_ERR_BUSY;
    mock_suspended = true;
    *roots = (abi_roots_t){ .range_count = 2 };
    roots->ranges[0] = (abi_root_range_t){ .start = (uint64_t)(uintptr_t)__data_start,
                                           .end = (uint64_t)(uintptr_t)_end,
                                           .kind = ABI_ROOT_STATIC };
    roots->ranges[1] = (abi_root_range_t){ .start = (uint64_t)(uintptr_t)__builtin_frame_address(0),
                                           .end = (uint64_t)(uintptr_t)__libc_stack_end,
                                           .kind = ABI_ROOT_OWN_STACK, .thread_id = 1 };
    for (uint32_t i = 0; i < mock_root_word_count && i < MOCK_ROOT_WORDS; i++)
        roots->words[roots->word_count++] = mock_root_words[i];
    return ABI_OK;
}

static abi_status_t mock_threads_resume(void)
{
    mock_resumes++;
    if (!mock_suspended)
        return ABI_ERR_BUSY;
    mock_suspended = false;
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

static abi_status_t mock_thread_create(void (*entry)(void *arg), void *arg, abi_handle_t *out)
{
    if (mock_thread_status != ABI_OK)
        return mock_thread_status;
    mock_thread_entry = entry;
    mock_thread_arg = arg;
    *out = MOCK_THREAD_HANDLE;
    return ABI_OK;
}

static abi_status_t mock_sip_spawn(const abi_spawn_t *spawn, abi_handle_t *out)
{
    mock_spawns++;
    mock_last_spawn = *spawn;
    *out = MOCK_SIP_HANDLE;
    return ABI_OK;
}

static abi_status_t mock_sip_kill(abi_handle_t sip)
{
    if (sip != MOCK_SIP_HANDLE)
        return ABI_ERR_BAD_HANDLE;
    mock_kills++;
    return ABI_OK;
}

static void mock_thread_exit(void) { _exit(MOCK_THREAD_EXIT_STATUS); }
static uint64_t mock_thread_id(void) { return MOCK_THREAD_ID; }

insula_abi_t mock_abi = {
    .version = INSULA_ABI_VERSION,
    .entry_count = INSULA_ABI_ENTRY_COUNT,
    .exit = mock_exit,
    .console_write = mock_console_write,
    .time_ns = mock_time_ns,
    .sleep_ns = mock_sleep_ns,
    .yield = mock_yield,
    .thread_create = mock_thread_create,
    .thread_exit = mock_thread_exit,
    .thread_id = mock_thread_id,
    .sip_spawn = mock_sip_spawn,
    .sip_kill = mock_sip_kill,
    .page_alloc = mock_page_alloc,
    .page_free = mock_page_free,
    .threads_suspend = mock_threads_suspend,
    .threads_resume = mock_threads_resume,
};

void mock_reset(void)
{
    for (int i = 0; i < mock_block_count; i++)
        free(mock_blocks[i]);
    mock_block_count = 0;
    mock_page_free_calls = 0;
    mock_suspends = mock_resumes = 0;
    mock_suspended = false;
    mock_suspend_status = ABI_OK;
    mock_root_word_count = 0;
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
    mock_thread_status = ABI_OK;
    mock_thread_entry = NULL;
    mock_thread_arg = NULL;
    mock_spawns = 0;
    mock_kills = 0;
    mock_last_spawn = (abi_spawn_t){ 0 };
}
