/*
 * test_device.c — insula/device.h over the mock ABI with fake device
 * entries: block and MMIO loads and stores stay inside their object (every
 * offset, size and alignment edge), store only values that fit, refuse a
 * block the SIP does not own; port and spawn wrappers pass what they are
 * given and the kernel's refusal back.
 */
#include "check.h"
#include "internal.h"
#include "mock_abi.h"

#include "insula/device.h"

#define BLOCK_HANDLE 7u
#define BLOCK_BYTES 64u

static _Alignas(8) uint8_t block[BLOCK_BYTES + 8];    /* 8 guard bytes after it */
static _Alignas(8) uint8_t device_memory[32 + 8];
static uint32_t last_port, last_width, last_value;

static abi_status_t fake_xblock_map(abi_handle_t h, void **data, uint64_t *size)
{
    if (h != BLOCK_HANDLE)
        return ABI_ERR_BAD_HANDLE;
    *data = block;
    *size = BLOCK_BYTES;
    return ABI_OK;
}

static abi_status_t fake_mmio_map(uint32_t bar, void **base, uint64_t *size)
{
    if (bar != 4)
        return ABI_ERR_NOT_FOUND;
    *base = device_memory;
    *size = 32;
    return ABI_OK;
}

static abi_status_t fake_port_read(uint32_t port, uint32_t width, uint32_t *value)
{
    if (port == 0x3f8)
        return ABI_ERR_DENIED;
    *value = port + width;
    return ABI_OK;
}

static abi_status_t fake_port_write(uint32_t port, uint32_t width, uint32_t value)
{
    last_port = port;
    last_width = width;
    last_value = value;
    return ABI_OK;
}

static bool guard_intact(const uint8_t *guard)
{
    for (int i = 0; i < 8; i++)
        if (guard[i] != 0)
            return false;
    return true;
}

static void test_block_access(void)
{
    CHECK_INT(xblock_store(BLOCK_HANDLE, 0, 8, 0x1122334455667788ull), OK);
    CHECK_UINT(xblock_load(BLOCK_HANDLE, 0, 8).value, 0x1122334455667788ull);
    CHECK_UINT(xblock_load(BLOCK_HANDLE, 0, 2).value, 0x7788);
    CHECK_INT(xblock_store(BLOCK_HANDLE, BLOCK_BYTES - 8, 8, ~0ull), OK);
    CHECK_INT(xblock_store(BLOCK_HANDLE, BLOCK_BYTES, 1, 1), ERR_RANGE);
    CHECK_INT(xblock_store(BLOCK_HANDLE, BLOCK_BYTES - 4, 8, 1), ERR_RANGE);
    CHECK_INT(xblock_store(BLOCK_HANDLE, UINT64_MAX - 3, 4, 1), ERR_RANGE);
    CHECK_INT(xblock_store(BLOCK_HANDLE, 2, 4, 1), ERR_RANGE);       /* misaligned */
    CHECK_INT(xblock_store(BLOCK_HANDLE, 0, 3, 1), ERR_RANGE);       /* no such size */
    CHECK_INT(xblock_store(BLOCK_HANDLE, 0, 1, 0x100), ERR_RANGE);   /* too wide */
    CHECK_INT(xblock_load(BLOCK_HANDLE, BLOCK_BYTES, 1).err, ERR_RANGE);
    CHECK_INT(xblock_load(BLOCK_HANDLE + 1, 0, 1).err, ERR_BAD_HANDLE);
    CHECK_INT(xblock_write(BLOCK_HANDLE, BLOCK_BYTES - 3, STR("abc")), OK);
    CHECK_INT(xblock_write(BLOCK_HANDLE, BLOCK_BYTES - 2, STR("abc")), ERR_RANGE);
    CHECK(guard_intact(block + BLOCK_BYTES));
}

static void test_mmio_access(void)
{
    mmio_result_t none = mmio_map(0);
    CHECK_INT(none.err, ERR_NOT_FOUND);
    CHECK_INT(mmio_load(none.region, 0, 1).err, ERR_INVALID);
    mmio_result_t bar = mmio_map(4);
    CHECK_INT(bar.err, OK);
    CHECK_INT(mmio_store(bar.region, 0x10, 2, 0xbeef), OK);
    CHECK_UINT(mmio_load(bar.region, 0x10, 2).value, 0xbeef);
    CHECK_INT(mmio_store(bar.region, 32, 1, 1), ERR_RANGE);
    CHECK_INT(mmio_store(bar.region, 28, 8, 1), ERR_RANGE);
    CHECK_INT(mmio_load(bar.region, 1, 2).err, ERR_RANGE);
    CHECK_INT(mmio_load(bar.region, UINT64_MAX - 7, 8).err, ERR_RANGE);
    CHECK(guard_intact(device_memory + 32));
}

static void test_ports(void)
{
    CHECK_INT(port_in(0x3f8, 1).err, ERR_DENIED);
    u64_result_t r = port_in(0xc000, 2);
    CHECK_INT(r.err, OK);
    CHECK_UINT(r.value, 0xc002);
    CHECK_INT(port_out(0xc010, 2, 5), OK);
    CHECK_UINT(last_port, 0xc010);
    CHECK_UINT(last_width, 2);
    CHECK_UINT(last_value, 5);
}

static void test_spawn_grant(void)
{
    static const handle_t none[1] = { 0 };
    abi_device_grant_t g = { .irqs = 1u << 11, .pci = { 0x1af4, 0x1001 } };
    CHECK_INT(sip_spawn_devices("driver.sip", "", 3, 4096, SIP_CAP_DMA, &g, none, 0).err, OK);
    CHECK_UINT(mock_last_spawn.devices.irqs, 1u << 11);
    CHECK_UINT(mock_last_spawn.devices.pci.device, 0x1001);
    CHECK_INT(sip_spawn("other.sip", "", 3, 4096, 0).err, OK);
    CHECK_UINT(mock_last_spawn.devices.irqs, 0);    /* no grant unless given */
}

int main(void)
{
    mock_reset();
    mock_abi.xblock_map = fake_xblock_map;
    mock_abi.mmio_map = fake_mmio_map;
    mock_abi.port_read = fake_port_read;
    mock_abi.port_write = fake_port_write;
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    test_block_access();
    test_mmio_access();
    test_ports();
    test_spawn_grant();
    mock_reset();
    return check_exit_status("test_device");
}
