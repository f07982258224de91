/*
 * pci.c — PCI configuration space through ports 0xCF8 (address) and 0xCFC
 * (data), "configuration mechanism #1": the functions on bus 0 and on every
 * bus behind a PCI-to-PCI bridge found there, each with its ids, class,
 * interrupt line and sized BARs. The kernel keeps these ports; a driver
 * learns its own device through device_info.
 */
#include "pc.h"

#include "console.h"
#include "cpu.h"
#include "platform_device.h"

#define PCI_ADDRESS 0xCF8
#define PCI_DATA 0xCFC
#define PCI_MAX_DEVICES 32
#define PCI_MAX_BUSES 16

#define REG_ID 0x00
#define REG_COMMAND 0x04
#define REG_CLASS 0x08
#define REG_HEADER 0x0C
#define REG_BAR0 0x10
#define REG_BUSES 0x18          /* bridges: primary, secondary, subordinate */
#define REG_INTERRUPT 0x3C
#define COMMAND_IO_MEMORY 0x3u
#define COMMAND_BUS_MASTER 0x4u
#define HEADER_MULTIFUNCTION 0x80u
#define HEADER_BRIDGE 0x01u
#define BAR_IO 0x1u
#define BAR_64BIT 0x4u

static pci_device_t devices[PCI_MAX_DEVICES];
static uint32_t device_count;

static uint32_t config_address(uint32_t bus, uint32_t slot, uint32_t function, uint32_t reg)
{
    return 0x80000000u | bus << 16 | slot << 11 | function << 8 | (reg & 0xFCu);
}

static uint32_t config_read(uint32_t bus, uint32_t slot, uint32_t function, uint32_t reg)
{
    outl(PCI_ADDRESS, config_address(bus, slot, function, reg));
    return inl(PCI_DATA);
}

static void config_write(uint32_t bus, uint32_t slot, uint32_t function, uint32_t reg,
                         uint32_t v)
{
    outl(PCI_ADDRESS, config_address(bus, slot, function, reg));
    outl(PCI_DATA, v);
}

/* Writes all ones to BAR `reg` and reads back which bits stick (decode off meanwhile). */
static uint32_t bar_probe(const abi_device_info_t *d, uint32_t reg, uint32_t original)
{
    config_write(d->bus, d->slot, d->function, reg, 0xFFFFFFFFu);
    uint32_t mask = config_read(d->bus, d->slot, d->function, reg);
    config_write(d->bus, d->slot, d->function, reg, original);
    return mask;
}

/* Sizes BAR b; returns how many BAR slots it used (2 for a 64-bit one). */
static uint32_t bar_read(abi_device_info_t *d, uint32_t b)
{
    uint32_t reg = REG_BAR0 + 4 * b;
    uint32_t low = config_read(d->bus, d->slot, d->function, reg);
    uint32_t mask = bar_probe(d, reg, low);
    abi_bar_t *bar = &d->bars[b];
    if (mask == 0)
        return 1;
    if (low & BAR_IO) {
        *bar = (abi_bar_t){ .kind = ABI_BAR_IO, .base = low & ~0x3u,
                            .size = (~(mask & ~0x3u) + 1) & 0xFFFFu };
        return 1;
    }
    uint64_t base = low & ~0xFu, size_mask = mask & ~0xFu;
    uint32_t used = 1;
    if ((low & 0x6u) == BAR_64BIT && b + 1 < ABI_PCI_BARS) {
        uint32_t high = config_read(d->bus, d->slot, d->function, reg + 4);
        base |= (uint64_t)high << 32;
        size_mask |= (uint64_t)bar_probe(d, reg + 4, high) << 32;
        used = 2;
    } else {
        size_mask |= 0xFFFFFFFF00000000ull;
    }
    *bar = (abi_bar_t){ .kind = ABI_BAR_MEMORY, .base = base, .size = ~size_mask + 1 };
    return used;
}

static void bars_read(abi_device_info_t *d, uint32_t bar_count)
{
    uint32_t command = config_read(d->bus, d->slot, d->function, REG_COMMAND);
    config_write(d->bus, d->slot, d->function, REG_COMMAND, command & ~COMMAND_IO_MEMORY);
    for (uint32_t b = 0; b < bar_count;)
        b += bar_read(d, b);
    config_write(d->bus, d->slot, d->function, REG_COMMAND, command);
}

static void device_print(const pci_device_t *p)
{
    const abi_device_info_t *d = &p->info;
    kprintf("pci: %02x:%02x.%u %04x:%04x class %02x.%02x", d->bus, d->slot, d->function,
            d->vendor, d->device, p->class_code, p->subclass);
    if (d->irq != ABI_IRQ_NONE)
        kprintf(" irq %u", d->irq);
    for (uint32_t b = 0; b < ABI_PCI_BARS; b++) {
        const abi_bar_t *bar = &d->bars[b];
        if (bar->kind != ABI_BAR_NONE)
            kprintf(" bar%u %s %#llx+%#llx", b, bar->kind == ABI_BAR_IO ? "io" : "mem",
                    (unsigned long long)bar->base, (unsigned long long)bar->size);
    }
    kprintf("\n");
}

/* Records one function; returns its header type. */
static uint32_t function_add(uint32_t bus, uint32_t slot, uint32_t function, uint32_t id)
{
    uint32_t header = config_read(bus, slot, function, REG_HEADER) >> 16 & 0xFFu;
    if (device_count == PCI_MAX_DEVICES) {
        kwarn("pci", "more than %u functions; %02x:%02x.%u ignored", PCI_MAX_DEVICES, bus, slot,
              function);
        return header;
    }
    pci_device_t *p = &devices[device_count++];
    uint32_t class = config_read(bus, slot, function, REG_CLASS);
    uint32_t interrupt = config_read(bus, slot, function, REG_INTERRUPT);
    bool has_pin = (interrupt >> 8 & 0xFFu) != 0 && (interrupt & 0xFFu) < 16;
    *p = (pci_device_t){ .class_code = (uint8_t)(class >> 24), .subclass = (uint8_t)(class >> 16) };
    p->info = (abi_device_info_t){ .vendor = (uint16_t)id, .device = (uint16_t)(id >> 16),
                                   .bus = (uint8_t)bus, .slot = (uint8_t)slot,
                                   .function = (uint8_t)function,
                                   .irq = has_pin ? (uint8_t)interrupt : ABI_IRQ_NONE };
    bars_read(&p->info, (header & 0x7Fu) == HEADER_BRIDGE ? 2 : ABI_PCI_BARS);
    device_print(p);
    return header;
}

static void bus_scan(uint32_t bus, uint32_t depth);

static void slot_scan(uint32_t bus, uint32_t slot, uint32_t depth)
{
    for (uint32_t function = 0; function < 8; function++) {
        uint32_t id = config_read(bus, slot, function, REG_ID);
        if ((id & 0xFFFFu) == 0xFFFFu) {
            if (function == 0)
                return;
            continue;
        }
        uint32_t header = function_add(bus, slot, function, id);
        if ((header & 0x7Fu) == HEADER_BRIDGE) {
            uint32_t secondary = config_read(bus, slot, function, REG_BUSES) >> 8 & 0xFFu;
            if (secondary > bus)
                bus_scan(secondary, depth + 1);
        }
        if (function == 0 && !(header & HEADER_MULTIFUNCTION))
            return;
    }
}

/* Bridges may nest; the depth bound keeps a malformed topology finite. */
static void bus_scan(uint32_t bus, uint32_t depth)
{
    if (depth >= PCI_MAX_BUSES)
        return;
    for (uint32_t slot = 0; slot < 32; slot++)
        slot_scan(bus, slot, depth);
}

void pci_enumerate(void)
{
    bus_scan(0, 0);
    kprintf("pci: %u function(s)\n", device_count);
}

void platform_pci_enable(const pci_device_t *dev, bool bus_master)
{
    const abi_device_info_t *d = &dev->info;
    uint32_t command = config_read(d->bus, d->slot, d->function, REG_COMMAND) & 0xFFFFu;
    command |= COMMAND_IO_MEMORY;
    command = bus_master ? command | COMMAND_BUS_MASTER : command & ~COMMAND_BUS_MASTER;
    config_write(d->bus, d->slot, d->function, REG_COMMAND, command);
}

const pci_device_t *platform_pci_find(uint16_t vendor, uint16_t device)
{
    for (uint32_t i = 0; i < device_count; i++) {
        if (devices[i].info.vendor == vendor && devices[i].info.device == device)
            return &devices[i];
    }
    return NULL;
}
