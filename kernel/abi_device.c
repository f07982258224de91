/*
 * abi_device.c — the device entries of the ABI (abi/abi.h, "devices"):
 * port I/O checked against the caller's device authority, its PCI device's
 * description, interrupt lines as Irq channels, and the physical address
 * of an exchange-heap block for a SIP with the DMA right, the memory BARs
 * of its PCI device. Each is decode,
 * then invoke; a refusal of authority is logged with the SIP and what it
 * asked for, so the reason has a name.
 */
#include "abi_internal.h"
#include "channel.h"
#include "device.h"
#include "irq_channel.h"
#include "platform_device.h"
#include "sip.h"

#include "console.h"
#include "platform.h"

static bool writable(const sip_t *sip, const void *p, uint64_t len)
{
    return sip_owns(sip, (uint64_t)(uintptr_t)p, len, true);
}

/* Width and range, then the grant. */
static abi_status_t port_decode(const sip_t *sip, uint32_t port, uint32_t width)
{
    if ((width != 1 && width != 2 && width != 4) || port > 0x10000u - width)
        return ABI_ERR_RANGE;
    if (!device_port_allowed(&sip->devices, port, width)) {
        kprintf("sip %s[%u]: port 0x%x (%u bytes) refused: not granted\n", sip->name, sip->id,
                port, width);
        return ABI_ERR_DENIED;
    }
    return ABI_OK;
}

abi_status_t abi_port_read(uint32_t port, uint32_t width, uint32_t *value)
{
    sip_t *sip = sip_current();
    abi_status_t st = port_decode(sip, port, width);
    if (st != ABI_OK)
        return st;
    if (!writable(sip, value, sizeof(*value)))
        return ABI_ERR_BAD_ADDRESS;
    uint32_t v = 0;
    err_t rc = platform_port_read(port, width, &v);
    if (rc == OK)
        *value = v;
    return rc == OK ? ABI_OK : ABI_ERR_INVALID;
}

abi_status_t abi_port_write(uint32_t port, uint32_t width, uint32_t value)
{
    sip_t *sip = sip_current();
    abi_status_t st = port_decode(sip, port, width);
    if (st != ABI_OK)
        return st;
    if (width < 4 && value >> (8 * width) != 0)
        return ABI_ERR_RANGE;
    return platform_port_write(port, width, value) == OK ? ABI_OK : ABI_ERR_INVALID;
}

abi_status_t abi_device_info(abi_device_info_t *info)
{
    sip_t *sip = sip_current();
    if (!writable(sip, info, sizeof(*info)))
        return ABI_ERR_BAD_ADDRESS;
    if (sip->devices.pci == NULL)
        return ABI_ERR_NOT_FOUND;
    *info = sip->devices.pci->info;
    return ABI_OK;
}

abi_status_t abi_irq_bind(uint32_t irq, abi_handle_t *out)
{
    sip_t *sip = sip_current();
    if (irq >= DEVICE_IRQ_LINES)
        return ABI_ERR_RANGE;
    if (!writable(sip, out, sizeof(*out)))
        return ABI_ERR_BAD_ADDRESS;
    if (!device_irq_allowed(&sip->devices, irq)) {
        kprintf("sip %s[%u]: irq %u refused: not granted\n", sip->name, sip->id, irq);
        return ABI_ERR_DENIED;
    }
    bool enabled = irq_save();
    endpoint_t *ep;
    err_t rc = sip->handles.used == HANDLE_TABLE_SIZE ? ERR_QUOTA : irq_bind(sip, irq, &ep);
    if (rc == OK)
        rc = sip_own_endpoint(sip, ep, out);
    irq_restore(enabled);
    return abi_status_of(rc);
}

abi_status_t abi_xblock_phys(abi_handle_t h, uint64_t *phys)
{
    sip_t *sip = sip_current();
    void *object;
    if (!(sip->caps & SIP_CAP_DMA)) {
        kprintf("sip %s[%u]: xblock_phys refused: no DMA right\n", sip->name, sip->id);
        return ABI_ERR_DENIED;
    }
    if (handle_lookup(&sip->handles, h, HANDLE_XBLOCK, &object) != OK)
        return ABI_ERR_BAD_HANDLE;
    if (!writable(sip, phys, sizeof(*phys)))
        return ABI_ERR_BAD_ADDRESS;
    *phys = platform_dma_address(((xblock_t *)object)->base);
    return ABI_OK;
}

abi_status_t abi_mmio_map(uint32_t bar, void **base, uint64_t *size)
{
    sip_t *sip = sip_current();
    if (bar >= ABI_PCI_BARS)
        return ABI_ERR_RANGE;
    if (!writable(sip, base, sizeof(*base)) || !writable(sip, size, sizeof(*size)))
        return ABI_ERR_BAD_ADDRESS;
    const pci_device_t *dev = sip->devices.pci;
    if (dev == NULL || dev->info.bars[bar].kind != ABI_BAR_MEMORY)
        return ABI_ERR_NOT_FOUND;
    const abi_bar_t *b = &dev->info.bars[bar];
    if (platform_mmio_map(b->base, b->size) != OK)
        return ABI_ERR_INVALID;
    platform_space_user(sip->space, b->base, b->size, true);    /* ring 3: its device's */
    *base = (void *)(uintptr_t)b->base;
    *size = b->size;
    return ABI_OK;
}
