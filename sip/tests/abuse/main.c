/*
 * abuse — test SIP: calls the raw kernel ABI with garbage and checks every
 * answer: bad addresses (kernel memory, its own code, ranges running off
 * its memory, its safe stack), bad lengths, forged and stale handles, rights it lacks, and
 * its page quota. Exits 0 when every answer was the documented one, or
 * with the number of the first check that failed.
 * Not verifiable code: it forges pointers on purpose.
 */
#include <insula/stdlib.h>

#include "tests/raw_abi.h"

SIP_MANIFEST("abuse", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .imports = { "PingPong" }, .exports = { "PingPong" });



static const insula_abi_t *abi;
static int failed;
static void *slot;

#define KERNEL_ADDRESS ((uintptr_t)0x100000)    /* the kernel image on pc */
#define PINGPONG_ID 0xc9773aa3u                  /* PingPong_CONTRACT_ID */

static void expect(int number, abi_status_t got, abi_status_t want)
{
    if (got == want || failed != 0)
        return;
    print("abuse: check %d: got %d, expected %d\n", number, got, want);
    failed = number;
}

ABI_DIRECT
static void worker(void *arg)
{
    (void)arg;
    abi->thread_exit();
}

ABI_DIRECT
static void check_addresses(void)
{
    expect(1, abi->console_write((const char *)KERNEL_ADDRESS, 16), ABI_ERR_BAD_ADDRESS);
    expect(2, abi->console_write("x", 1u << 20), ABI_ERR_RANGE);
    expect(3, abi->console_write("x", 60000), ABI_ERR_BAD_ADDRESS);
    expect(4, abi->page_alloc(1, (void **)KERNEL_ADDRESS), ABI_ERR_BAD_ADDRESS);
    expect(5, abi->page_alloc(1, (void **)(uintptr_t)&main), ABI_ERR_BAD_ADDRESS);
    expect(6, abi->page_alloc(0, &slot), ABI_ERR_INVALID);
    expect(7, abi->page_alloc(1ull << 40, &slot), ABI_ERR_INVALID);
    /* The safe stack is no buffer the kernel writes for a SIP: its top
       words hold the ABI table and the unsafe stack pointer. */
    uintptr_t rsp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(rsp));
    expect(8, abi->page_alloc(1, (void **)(uintptr_t)ABI_TABLE_SLOT(rsp)), ABI_ERR_BAD_ADDRESS);
    expect(9, abi->page_alloc(1, (void **)(uintptr_t)(rsp - 64)), ABI_ERR_BAD_ADDRESS);
}

ABI_DIRECT
static void check_handles_and_rights(void)
{
    static abi_sip_status_t st;
    static abi_handle_t h;
    static uint64_t copied;
    static char buf[16];
    expect(10, abi->sip_wait(0x12345, 0, &st), ABI_ERR_BAD_HANDLE);
    expect(11, abi->handle_close(0), ABI_ERR_BAD_HANDLE);
    expect(12, abi->handle_close((5ull << 32) | 1), ABI_ERR_BAD_HANDLE);
    static abi_spawn_t spawn = { .image = "hello.sip", .priority = 3, .quota = 1u << 20 };
    expect(13, abi->sip_spawn(&spawn, &h), ABI_ERR_DENIED);
    expect(14, abi->boot_config_read(0, buf, sizeof(buf), &copied), ABI_ERR_DENIED);
    expect(15, abi->thread_create((void (*)(void *))KERNEL_ADDRESS, 0, &h), ABI_ERR_INVALID);
    expect(16, abi->thread_create(worker, 0, &h), ABI_OK);
    expect(17, abi->handle_close(h), ABI_OK);
    expect(18, abi->handle_close(h), ABI_ERR_BAD_HANDLE);    /* stale */
}

/* Takes pages until the quota says no; every page must be usable. */
ABI_DIRECT
static void check_quota(void)
{
    static void *blocks[128];
    int n = 0;
    abi_status_t st = ABI_OK;
    while (n < 128 && (st = abi->page_alloc(4, &blocks[n])) == ABI_OK) {
        *(volatile uint8_t *)blocks[n] = 1;
        n++;
    }
    expect(20, st, ABI_ERR_QUOTA);
    expect(21, n > 0 ? ABI_OK : ABI_ERR_INVALID, ABI_OK);
    expect(22, abi->page_free(blocks[0], 4), ABI_OK);
    expect(23, abi->page_free(blocks[0], 4), ABI_ERR_INVALID);
    expect(24, abi->page_alloc(4, &blocks[0]), ABI_OK);
}

/* Channels: unknown contracts, forged handles, empty queues, closed peers. */
ABI_DIRECT
static void check_channels(void)
{
    static abi_handle_t imp, exp, block;
    static uint32_t id, ready;
    static uint64_t len, size;
    static uint8_t msg[8], buf[64];
    static abi_chan_status_t st;
    static void *data;
    expect(30, abi->chan_create(0xdeadbeefu, &imp, &exp), ABI_ERR_NOT_FOUND);
    expect(31, abi->chan_create(PINGPONG_ID, (abi_handle_t *)KERNEL_ADDRESS, &exp), ABI_ERR_BAD_ADDRESS);
    expect(32, abi->chan_create(PINGPONG_ID, &imp, &exp), ABI_OK);
    expect(33, abi->chan_send(imp ^ (7ull << 32), 0, msg, sizeof(msg)), ABI_ERR_BAD_HANDLE);
    expect(34, abi->chan_recv(imp, 0, &id, buf, sizeof(buf), &len), ABI_ERR_TIMEOUT);
    expect(35, abi->chan_wait_any(&imp, 0, 0, &ready), ABI_ERR_RANGE);
    expect(36, abi->chan_send(imp, 0, (const void *)KERNEL_ADDRESS, 8), ABI_ERR_BAD_ADDRESS);
    expect(37, abi->handle_close(exp), ABI_OK);
    expect(38, abi->chan_send(imp, 0, msg, sizeof(msg)), ABI_ERR_CLOSED);
    expect(39, abi->chan_recv(imp, 0, &id, buf, sizeof(buf), &len), ABI_ERR_CLOSED);
    expect(40, abi->chan_status(imp, &st), ABI_OK);
    expect(41, st.closed == 1 ? ABI_OK : ABI_ERR_INVALID, ABI_OK);
    expect(42, abi->handle_close(imp), ABI_OK);
    expect(43, abi->xblock_alloc(0, &block, &data), ABI_ERR_INVALID);
    expect(44, abi->xblock_alloc(1ull << 30, &block, &data), ABI_ERR_RANGE);
    expect(45, abi->xblock_alloc(100, &block, &data), ABI_OK);
    ((volatile uint8_t *)data)[99] = 1;
    expect(46, abi->xblock_map(block, &data, &size), size == 100 ? ABI_OK : ABI_ERR_INVALID);
    expect(47, abi->xblock_map(block, (void **)data, &size), ABI_OK);    /* a block is its owner's memory */
    expect(48, abi->handle_close(block), ABI_OK);
    expect(49, abi->xblock_map(block, &data, &size), ABI_ERR_BAD_HANDLE);
}

/* The system entries need capabilities this SIP was not granted. */
ABI_DIRECT
static void check_system_rights(void)
{
    static char bytes[16];
    static abi_sip_info_t sips[2];
    static abi_system_info_t info;
    uint64_t got = 0;
    uint32_t count = 0;
    expect(60, abi->console_read(bytes, sizeof(bytes), 0, &got), ABI_ERR_DENIED);
    expect(61, abi->sip_list(sips, 2, &count), ABI_ERR_DENIED);
    expect(62, abi->system_info(&info), ABI_ERR_DENIED);
    expect(63, abi->system_power(ABI_POWER_HALT), ABI_ERR_DENIED);
    expect(64, abi->system_power(ABI_POWER_REBOOT), ABI_ERR_DENIED);
    expect(65, abi->console_read((void *)KERNEL_ADDRESS, 16, 0, &got), ABI_ERR_DENIED);
    expect(66, abi->log_read(bytes, sizeof(bytes), &got), ABI_ERR_DENIED);
}

int main(const char *args)
{
    (void)args;
    abi = __insula_abi();
    check_system_rights();
    check_addresses();
    check_handles_and_rights();
    check_channels();
    check_quota();
    if (failed == 0)
        print("abuse: every bad call was refused as documented\n");
    return failed;
}
