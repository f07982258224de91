/*
 * device.c — hardware access for driver SIPs over the ABI (see
 * insula/device.h). Block accesses look the block up in the kernel each
 * time (xblock_map), so a handle we no longer own is refused, never used,
 * and finish under the exchange lock (xblock.c), so no other thread sends
 * or closes the block between the look-up and the access.
 */
#include "insula/device.h"

#include "internal.h"

__INSULA_ABI_CALLER
u64_result_t port_in(uint32_t port, uint32_t width)
{
    u64_result_t r = { .err = ERR_INVALID, .value = 0 };
    const insula_abi_t *abi = __insula_abi();
    uint32_t v = 0;
    if (abi == NULL)
        return r;
    r.err = abi->port_read(port, width, &v);
    r.value = r.err == OK ? v : 0;
    return r;
}

__INSULA_ABI_CALLER
err_t port_out(uint32_t port, uint32_t width, uint32_t value)
{
    const insula_abi_t *abi = __insula_abi();
    return abi == NULL ? ERR_INVALID : abi->port_write(port, width, value);
}

__INSULA_ABI_CALLER
device_info_result_t device_info(void)
{
    device_info_result_t r = { .err = ERR_INVALID };
    const insula_abi_t *abi = __insula_abi();
    abi_device_info_t info;
    if (abi == NULL)
        return r;
    r.err = abi->device_info(&info);
    if (r.err == OK)
        r.info = info;
    return r;
}

__INSULA_ABI_CALLER
handle_result_t irq_line_bind(uint32_t irq)
{
    handle_result_t r = { .err = ERR_INVALID, .handle = 0 };
    const insula_abi_t *abi = __insula_abi();
    handle_t h = 0;
    if (abi == NULL)
        return r;
    r.err = abi->irq_bind(irq, &h);
    r.handle = r.err == OK ? h : 0;
    return r;
}

__INSULA_ABI_CALLER
u64_result_t xblock_phys(xblock_handle_t block)
{
    u64_result_t r = { .err = ERR_INVALID, .value = 0 };
    const insula_abi_t *abi = __insula_abi();
    uint64_t phys = 0;
    if (abi == NULL)
        return r;
    r.err = abi->xblock_phys(block, &phys);
    r.value = r.err == OK ? phys : 0;
    return r;
}

__INSULA_ABI_CALLER
mmio_result_t mmio_map(uint32_t bar)
{
    mmio_result_t r = { .err = ERR_INVALID, .region = { .base = NULL, .size = 0 } };
    const insula_abi_t *abi = __insula_abi();
    void *base = NULL;
    uint64_t size = 0;
    if (abi == NULL)
        return r;
    err_t err = abi->mmio_map(bar, &base, &size);
    if (err != OK) {
        r.err = err;
        return r;
    }
    return (mmio_result_t){ .err = OK, .region = { .base = base, .size = size } };
}

/* The bytes [offset, offset + size) of the region, or NULL (*err says why). */
static volatile uint8_t *mmio_span(mmio_region_t region, uint64_t offset, uint32_t size,
                                   err_t *err)
{
    *err = region.base == NULL ? ERR_INVALID : ERR_RANGE;
    if (region.base == NULL || offset > region.size || size > region.size - offset)
        return NULL;
    *err = OK;
    return region.base + offset;
}

/* The bytes [offset, offset + size) of a block we own, or NULL (*err says why). */
__INSULA_ABI_CALLER
static volatile uint8_t *block_span(xblock_handle_t block, uint64_t offset, uint64_t size,
                                    err_t *err)
{
    const insula_abi_t *abi = __insula_abi();
    void *data;
    uint64_t bytes;
    *err = abi == NULL ? ERR_INVALID : abi->xblock_map(block, &data, &bytes);
    if (*err != OK)
        return NULL;
    if (offset > bytes || size > bytes - offset) {
        *err = ERR_RANGE;
        return NULL;
    }
    return (volatile uint8_t *)data + offset;
}

/* 1, 2, 4 or 8 bytes at an offset aligned to the size (blocks are page-aligned). */
static bool size_ok(uint64_t offset, uint32_t size)
{
    return (size == 1 || size == 2 || size == 4 || size == 8) && offset % size == 0;
}

/* One volatile load of `size` bytes at p (aligned, checked by the caller). */
static uint64_t volatile_load(volatile uint8_t *p, uint32_t size)
{
    switch (size) {
    case 1: return *p;
    case 2: return *(volatile uint16_t *)p;
    case 4: return *(volatile uint32_t *)p;
    default: return *(volatile uint64_t *)p;
    }
}

static void volatile_store(volatile uint8_t *p, uint32_t size, uint64_t value)
{
    switch (size) {
    case 1: *p = (uint8_t)value; break;
    case 2: *(volatile uint16_t *)p = (uint16_t)value; break;
    case 4: *(volatile uint32_t *)p = (uint32_t)value; break;
    default: *(volatile uint64_t *)p = value; break;
    }
}

static bool value_fits(uint32_t size, uint64_t value)
{
    return size == 8 || value >> (8 * size) == 0;
}

u64_result_t xblock_load(xblock_handle_t block, uint64_t offset, uint32_t size)
{
    u64_result_t r = { .err = ERR_RANGE, .value = 0 };
    if (!size_ok(offset, size))
        return r;
    bool locked = __insula_xblock_enter();
    volatile uint8_t *p = block_span(block, offset, size, &r.err);
    if (p != NULL)
        r.value = volatile_load(p, size);
    __insula_xblock_leave(locked);
    return r;
}

err_t xblock_store(xblock_handle_t block, uint64_t offset, uint32_t size, uint64_t value)
{
    err_t err = ERR_RANGE;
    if (!size_ok(offset, size) || !value_fits(size, value))
        return err;
    bool locked = __insula_xblock_enter();
    volatile uint8_t *p = block_span(block, offset, size, &err);
    if (p != NULL)
        volatile_store(p, size, value);
    __insula_xblock_leave(locked);
    return err;
}

u64_result_t mmio_load(mmio_region_t region, uint64_t offset, uint32_t size)
{
    u64_result_t r = { .err = ERR_RANGE, .value = 0 };
    volatile uint8_t *p = size_ok(offset, size) ? mmio_span(region, offset, size, &r.err) : NULL;
    if (p != NULL)
        r.value = volatile_load(p, size);
    return r;
}

err_t mmio_store(mmio_region_t region, uint64_t offset, uint32_t size, uint64_t value)
{
    err_t err = ERR_RANGE;
    if (!size_ok(offset, size) || !value_fits(size, value))
        return err;
    volatile uint8_t *p = mmio_span(region, offset, size, &err);
    if (p != NULL)
        volatile_store(p, size, value);
    return err;
}
