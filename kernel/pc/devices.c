/*
 * devices.c — the pc side of device authority (platform_device.h): which
 * ports and lines the kernel keeps, port access, line masking on the
 * 8259 PICs, and DMA addresses (the identity map: a kernel address is its
 * physical address).
 */
#include "pc.h"

#include "cpu.h"
#include "platform_device.h"
#include "vm.h"

typedef struct {
    uint32_t base, count;
    const char *owner;
} reserved_ports_t;

static const reserved_ports_t reserved_ports[] = {
    { 0x20, 2, "master PIC" },       { 0x40, 4, "PIT" },
    { 0x61, 1, "PIT gate" },         { 0xA0, 2, "slave PIC" },
    { DEBUG_EXIT_PORT, 4, "test-exit device" },
    { 0x3F8, 8, "serial console" },  { 0xCF8, 8, "PCI configuration space" },
    { 0x4D0, 2, "PIC trigger-mode registers" },
    /* The ISA DMA controllers could aim a device at any memory. */
    { 0x00, 0x20, "ISA DMA controller" },    { 0x80, 0x10, "ISA DMA page registers" },
    { 0xC0, 0x20, "ISA DMA controller" },
};

void platform_devices_init(void)
{
    pci_enumerate();
}

bool platform_port_reserved(uint32_t base, uint32_t count, const char **owner)
{
    for (uint32_t i = 0; i < sizeof(reserved_ports) / sizeof(reserved_ports[0]); i++) {
        const reserved_ports_t *r = &reserved_ports[i];
        if (base < r->base + r->count && r->base < base + count) {
            *owner = r->owner;
            return true;
        }
    }
    return false;
}

bool platform_irq_reserved(uint32_t irq, const char **owner)
{
    if (irq >= 16) {
        *owner = "not a line of the PICs";
        return true;
    }
    if (irq == 0 || irq == 2) {
        *owner = irq == 0 ? "the kernel's timer" : "the PIC cascade";
        return true;
    }
    return false;
}

err_t platform_port_read(uint32_t port, uint32_t width, uint32_t *value)
{
    uint16_t p = (uint16_t)port;
    *value = width == 1 ? inb(p) : width == 2 ? inw(p) : inl(p);
    return OK;
}

err_t platform_port_write(uint32_t port, uint32_t width, uint32_t value)
{
    uint16_t p = (uint16_t)port;
    if (width == 1)
        outb(p, (uint8_t)value);
    else if (width == 2)
        outw(p, (uint16_t)value);
    else
        outl(p, value);
    return OK;
}

void platform_irq_mask(uint32_t irq)
{
    pic_mask(irq);
}

void platform_irq_unmask(uint32_t irq)
{
    pic_unmask(irq);
}

err_t platform_mmio_map(uint64_t base, uint64_t size)
{
    if (base % PAGE_SIZE != 0 || size == 0 || size % PAGE_SIZE != 0)
        return ERR_RANGE;
    return space_map_all(base, base, size, VM_WRITE | VM_NOCACHE);
}

uint64_t platform_dma_address(uint64_t addr)
{
    return addr;
}
