/*
 * platform_device.h — what device authority (device.h) and interrupt
 * delivery (irq.h) ask of the platform: ports, lines, PCI, DMA addresses.
 *
 * pc: x86 I/O ports, the 8259 PICs, PCI configuration space through
 * 0xCF8/0xCFC. hosted: no port, line or PCI device yet (every port access
 * is refused with ERR_UNSUPPORTED, no device is found).
 */
#ifndef INSULA_PLATFORM_DEVICE_H
#define INSULA_PLATFORM_DEVICE_H

#include <stdbool.h>
#include <stdint.h>

#include "device.h"
#include "err.h"

/* Finds the devices (pc: enumerates PCI) and prints what it found. */
void platform_devices_init(void);

/* The first PCI function with these ids, or NULL. */
const pci_device_t *platform_pci_find(uint16_t vendor, uint16_t device);

/*
 * Lets `dev` decode its BARs and, when `bus_master`, reach memory by DMA
 * (PCI command register). Called when it is granted to a driver.
 */
void platform_pci_enable(const pci_device_t *dev, bool bus_master);

/* If any port of [base, base + count) is the kernel's own, *owner names it. */
bool platform_port_reserved(uint32_t base, uint32_t count, const char **owner);

/* If line `irq` is the kernel's own (or does not exist), *owner says why. */
bool platform_irq_reserved(uint32_t irq, const char **owner);

/* One port access; the caller has checked the authority. Errors: ERR_UNSUPPORTED. */
err_t platform_port_read(uint32_t port, uint32_t width, uint32_t *value);
err_t platform_port_write(uint32_t port, uint32_t width, uint32_t value);

/* Masks / unmasks a device line. Interrupts off. */
void platform_irq_mask(uint32_t irq);
void platform_irq_unmask(uint32_t irq);

/*
 * Maps device memory [base, base + size) (page-aligned) for access,
 * uncached. Errors: ERR_UNSUPPORTED (the platform has none), ERR_RANGE.
 */
err_t platform_mmio_map(uint64_t base, uint64_t size);

/* The address a device uses for kernel memory at `addr` (DMA). */
uint64_t platform_dma_address(uint64_t addr);

#endif
