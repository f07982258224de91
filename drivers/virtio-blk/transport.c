/*
 * transport.c — the legacy virtio PCI interface (virtio 1.x, 4.1.4.8,
 * "Legacy Interfaces: A Note on PCI Device Layout"): registers in I/O BAR 0,
 * reached only through the kernel's checked port entries.
 */
#include "virtio_blk.h"

/* Register offsets in the legacy I/O BAR (no MSI-X: config at 0x14). */
#define REG_HOST_FEATURES 0x00u
#define REG_GUEST_FEATURES 0x04u
#define REG_QUEUE_PFN 0x08u
#define REG_QUEUE_SIZE 0x0Cu
#define REG_QUEUE_SELECT 0x0Eu
#define REG_QUEUE_NOTIFY 0x10u
#define REG_STATUS 0x12u
#define REG_ISR 0x13u
#define REG_CAPACITY 0x14u

#define STATUS_ACKNOWLEDGE 1u
#define STATUS_DRIVER 2u
#define STATUS_DRIVER_OK 4u
#define STATUS_FAILED 128u

#define F_RO (1u << 5)
#define F_FLUSH (1u << 9)

#define LEGACY_BAR_BYTES 0x1Cu        /* registers + capacity */
#define MODERN_BAR 4u
#define COMMON_NUM_QUEUES 0x12u

static u64_result_t reg_in(const device_t *dev, uint32_t reg, uint32_t width)
{
    return port_in(dev->io_base + reg, width);
}

static err_t reg_out(const device_t *dev, uint32_t reg, uint32_t width, uint32_t value)
{
    return port_out(dev->io_base + reg, width, value);
}

/* Our PCI device's legacy I/O BAR 0 and its line. */
static err_t device_find(device_t *dev)
{
    device_info_result_t d = device_info();
    if (d.err != OK)
        return d.err;
    abi_bar_t bar = d.info.bars[0];
    if (bar.kind != ABI_BAR_IO || bar.size < LEGACY_BAR_BYTES || d.info.irq == ABI_IRQ_NONE)
        return ERR_NOT_FOUND;
    dev->io_base = (uint32_t)bar.base;
    dev->irq = d.info.irq;
    return OK;
}

/* Offers nothing we do not understand: read-only and flush only. */
static err_t negotiate(device_t *dev)
{
    u64_result_t offered = reg_in(dev, REG_HOST_FEATURES, 4);
    if (offered.err != OK)
        return offered.err;
    uint32_t accepted = (uint32_t)offered.value & (F_RO | F_FLUSH);
    dev->read_only = (accepted & F_RO) != 0;
    dev->flush = (accepted & F_FLUSH) != 0;
    return reg_out(dev, REG_GUEST_FEATURES, 4, accepted);
}

static err_t read_geometry(device_t *dev)
{
    u64_result_t low = reg_in(dev, REG_CAPACITY, 4);
    u64_result_t high = reg_in(dev, REG_CAPACITY + 4, 4);
    if (low.err != OK || high.err != OK)
        return ERR_INVALID;
    dev->capacity = high.value << 32 | low.value;
    err_t rc = reg_out(dev, REG_QUEUE_SELECT, 2, 0);
    u64_result_t size = reg_in(dev, REG_QUEUE_SIZE, 2);
    if (rc != OK || size.err != OK)
        return ERR_INVALID;
    /* A legacy queue's size is the device's choice: a power of two we can hold. */
    if (size.value == 0 || size.value > QUEUE_MAX || (size.value & (size.value - 1)) != 0 ||
        size.value < DESCRIPTORS_PER_SLOT * SLOTS)
        return ERR_RANGE;
    dev->queue_size = (uint32_t)size.value;
    return OK;
}

err_t transport_init(device_t *dev)
{
    err_t rc = device_find(dev);
    if (rc != OK)
        return rc;
    rc = reg_out(dev, REG_STATUS, 1, 0);    /* reset */
    if (rc == OK)
        rc = reg_out(dev, REG_STATUS, 1, STATUS_ACKNOWLEDGE);
    if (rc == OK)
        rc = reg_out(dev, REG_STATUS, 1, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    if (rc == OK)
        rc = negotiate(dev);
    if (rc == OK)
        rc = read_geometry(dev);
    return rc;
}

err_t transport_queue_start(const device_t *dev, uint64_t pfn)
{
    if (pfn > UINT32_MAX)
        return ERR_RANGE;
    err_t rc = reg_out(dev, REG_QUEUE_SELECT, 2, 0);
    if (rc == OK)
        rc = reg_out(dev, REG_QUEUE_PFN, 4, (uint32_t)pfn);
    if (rc == OK)
        rc = reg_out(dev, REG_STATUS, 1, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK);
    return rc;
}

err_t transport_notify(const device_t *dev)
{
    return reg_out(dev, REG_QUEUE_NOTIFY, 2, 0);
}

u64_result_t transport_isr(const device_t *dev)
{
    return reg_in(dev, REG_ISR, 1);
}

/*
 * The modern interface (virtio 1.x, 4.1.4) of a transitional device sits in
 * its memory BAR 4, common configuration first: we drive the legacy one, and
 * only read how many queues the modern one reports (num_queues, offset
 * 0x12), through the stdlib's checked MMIO accessors.
 */
u64_result_t transport_modern_queues(void)
{
    mmio_result_t bar = mmio_map(MODERN_BAR);
    if (bar.err != OK)
        return (u64_result_t){ .err = bar.err, .value = 0 };
    return mmio_load(bar.region, COMMON_NUM_QUEUES, 2);
}

void transport_fail(const device_t *dev)
{
    (void)reg_out(dev, REG_STATUS, 1, STATUS_FAILED);
}
