/*
 * devices.c — the hosted side of device authority (platform_device.h):
 * no I/O ports, interrupt lines or PCI devices yet, so every port access
 * is refused (ERR_UNSUPPORTED) and no PCI device is found; a manifest that
 * asks for one is refused by the loader with the reason.
 */
#include "platform_device.h"

#include "console.h"

void platform_devices_init(void)
{
    kprintf("pci: none on hosted\n");
}

const pci_device_t *platform_pci_find(uint16_t vendor, uint16_t device)
{
    (void)vendor;
    (void)device;
    return NULL;
}

void platform_pci_enable(const pci_device_t *dev, bool bus_master)
{
    (void)dev;
    (void)bus_master;
}

bool platform_port_reserved(uint32_t base, uint32_t count, const char **owner)
{
    (void)base;
    (void)count;
    (void)owner;
    return false;
}

bool platform_irq_reserved(uint32_t irq, const char **owner)
{
    (void)irq;
    *owner = "not a line on hosted";
    return true;
}

err_t platform_port_read(uint32_t port, uint32_t width, uint32_t *value)
{
    (void)port;
    (void)width;
    (void)value;
    return ERR_UNSUPPORTED;
}

err_t platform_port_write(uint32_t port, uint32_t width, uint32_t value)
{
    (void)port;
    (void)width;
    (void)value;
    return ERR_UNSUPPORTED;
}

void platform_irq_mask(uint32_t irq)
{
    (void)irq;
}

void platform_irq_unmask(uint32_t irq)
{
    (void)irq;
}

uint64_t platform_dma_address(uint64_t addr)
{
    return addr;
}
