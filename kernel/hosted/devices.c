/*
 * devices.c — the hosted side of device authority (platform_device.h).
 * Hosted has one device at most: the virtio block model (virtio_model.c)
 * when `--disk FILE` is given, found as PCI device 1af4:1001 with its I/O
 * BAR at MODEL_PORT_BASE and line MODEL_IRQ. Other ports do not exist
 * (ERR_UNSUPPORTED). Lines are virtual: a line is raised by the model,
 * masked when delivered (as trap_pc.c does on pc) and delivered again on
 * unmask while it is still high, the way a level-triggered line behaves.
 */
#include "hosted.h"

#include "console.h"
#include "irq_channel.h"
#include "platform.h"
#include "platform_device.h"

#define HOSTED_LINES 16u

static uint32_t masked = 0xFFFFFFFFu;    /* bit n: line n masked */
static uint32_t high;                     /* bit n: line n asserted */

void platform_devices_init(void)
{
    const pci_device_t *d = virtio_model_device();
    if (d == NULL) {
        kprintf("pci: none on hosted (no --disk)\n");
        return;
    }
    kprintf("pci: %02x:%02x.%u %04x:%04x class %02x.%02x irq %u bar0 io %#x+%#x "
            "(the hosted virtio block model)\n", d->info.bus, d->info.slot, d->info.function,
            d->info.vendor, d->info.device, d->class_code, d->subclass, d->info.irq,
            MODEL_PORT_BASE, MODEL_PORT_COUNT);
    virtio_model_start();
}

const pci_device_t *platform_pci_find(uint16_t vendor, uint16_t device)
{
    const pci_device_t *d = virtio_model_device();
    return d != NULL && d->info.vendor == vendor && d->info.device == device ? d : NULL;
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
    if (irq == 0 || irq >= HOSTED_LINES) {
        *owner = irq == 0 ? "the kernel's timer" : "not a line on hosted";
        return true;
    }
    return false;
}

static bool model_port(uint32_t port, uint32_t width)
{
    return virtio_model_device() != NULL && port >= MODEL_PORT_BASE &&
           port + width <= MODEL_PORT_BASE + MODEL_PORT_COUNT;
}

err_t platform_port_read(uint32_t port, uint32_t width, uint32_t *value)
{
    if (!model_port(port, width))
        return ERR_UNSUPPORTED;
    bool enabled = irq_save();
    *value = virtio_model_read(port - MODEL_PORT_BASE, width);
    irq_restore(enabled);
    return OK;
}

err_t platform_port_write(uint32_t port, uint32_t width, uint32_t value)
{
    if (!model_port(port, width))
        return ERR_UNSUPPORTED;
    bool enabled = irq_save();
    virtio_model_write(port - MODEL_PORT_BASE, width, value);
    irq_restore(enabled);
    return OK;
}

/* A high, unmasked line fires: masked, then delivered (interrupts off). */
static void line_fire(uint32_t irq)
{
    if ((high & (1u << irq)) && !(masked & (1u << irq))) {
        masked |= 1u << irq;
        irq_raise(irq);
    }
}

void hosted_irq_level(uint32_t irq, bool level)
{
    if (irq >= HOSTED_LINES)
        return;
    high = level ? high | 1u << irq : high & ~(1u << irq);
    line_fire(irq);
}

void platform_irq_mask(uint32_t irq)
{
    if (irq < HOSTED_LINES)
        masked |= 1u << irq;
}

void platform_irq_unmask(uint32_t irq)
{
    if (irq >= HOSTED_LINES)
        return;
    masked &= ~(1u << irq);
    line_fire(irq);
}

err_t platform_mmio_map(uint64_t base, uint64_t size)
{
    (void)base;
    (void)size;
    return ERR_UNSUPPORTED;    /* the model has no memory BAR */
}

uint64_t platform_dma_address(uint64_t addr)
{
    return addr;
}
