/*
 * device.h — device authority: what hardware a SIP may touch
 * (docs/drivers.md).
 *
 * A SIP's manifest declares the I/O ports, interrupt lines and PCI device
 * it needs; its spawner grants them (abi_device_grant_t, from the boot
 * configuration); the loader admits the manifest only if it asks for no
 * more than the grant (device_admit), and the ABI entries that reach
 * hardware check every access against the result (device_port_allowed,
 * device_irq_allowed). A PCI grant is by vendor:device id: the kernel
 * resolves it to the device's BARs and line from its own enumeration, so
 * neither the configuration nor the driver names addresses.
 *
 * The platform provides the hardware side (platform_device.h).
 */
#ifndef INSULA_DEVICE_H
#define INSULA_DEVICE_H

#include <stdbool.h>
#include <stdint.h>

#include "abi/abi.h"
#include "err.h"

#define DEVICE_PORT_RANGES (SIP_MAX_IO_RANGES + ABI_PCI_BARS)
#define DEVICE_IRQ_LINES 32

/* A PCI function the platform found (platform_pci_find). */
typedef struct {
    abi_device_info_t info;      /* ids, place, line, BARs */
    uint8_t class_code, subclass;
} pci_device_t;

/* What a SIP may touch; all zero: nothing. Fixed when it is spawned. */
typedef struct {
    uint32_t port_base[DEVICE_PORT_RANGES];
    uint32_t port_count[DEVICE_PORT_RANGES];
    uint32_t port_range_count;
    uint32_t irqs;               /* bit n: line n */
    const pci_device_t *pci;     /* its PCI device, or NULL */
} device_authority_t;

/*
 * Checks a grant on its own: no port the kernel keeps for itself, no line
 * it keeps, no range past 0xffff, no line past DEVICE_IRQ_LINES. `who`
 * names the SIP in the log line that gives the reason. Errors: ERR_DENIED.
 */
err_t device_grant_check(const abi_device_grant_t *grant, const char *who);

/* True when the grant grants anything. */
bool device_grant_any(const abi_device_grant_t *grant);

/*
 * Admits manifest `m` under `grant`: every port range it asks for inside a
 * granted one, every line granted, its PCI device granted and present.
 * Fills *out with the SIP's authority (its ports and lines plus its PCI
 * device's I/O BARs and line) and enables the device (as a bus master
 * when `dma`: the SIP holds the DMA right). Logs the named reason on
 * refusal. The PCI device is then held (no other SIP is admitted to it)
 * until device_release. Errors: ERR_DENIED (more than granted, or a BAR
 * over the kernel's ports), ERR_NOT_FOUND (no such PCI device), ERR_BUSY
 * (a live SIP holds it).
 */
err_t device_admit(const sip_manifest_t *m, const abi_device_grant_t *grant, bool dma,
                   const char *image, device_authority_t *out);

/*
 * The SIP holding `a` ended (or was never started): its PCI device may no
 * longer reach memory by DMA (bus mastering off), since the blocks it was
 * given are about to be freed; the device is free for another SIP; the
 * authority is emptied.
 */
void device_release(device_authority_t *a);

/* True when [port, port + width) lies inside one range of `a`. */
bool device_port_allowed(const device_authority_t *a, uint32_t port, uint32_t width);

/* True when line `irq` is `a`'s. */
bool device_irq_allowed(const device_authority_t *a, uint32_t irq);

#endif
