/*
 * device.c — device authority: grants checked, manifests admitted, port
 * and line checks (see device.h).
 */
#include "device.h"

#include "console.h"
#include "platform_device.h"

#define HELD_MAX 8

/* The PCI devices a SIP holds (device_admit until device_release): one SIP each. */
static const pci_device_t *held[HELD_MAX];

static bool pci_held(const pci_device_t *dev)
{
    for (uint32_t i = 0; i < HELD_MAX; i++) {
        if (held[i] == dev)
            return true;
    }
    return false;
}

static bool pci_hold(const pci_device_t *dev)
{
    for (uint32_t i = 0; i < HELD_MAX; i++) {
        if (held[i] == NULL) {
            held[i] = dev;
            return true;
        }
    }
    return false;
}

static void pci_unhold(const pci_device_t *dev)
{
    for (uint32_t i = 0; i < HELD_MAX; i++) {
        if (held[i] == dev)
            held[i] = NULL;
    }
}

static bool range_inside(uint32_t base, uint32_t count, uint32_t outer_base, uint32_t outer_count)
{
    return base >= outer_base && base + count <= outer_base + outer_count;
}

bool device_grant_any(const abi_device_grant_t *g)
{
    bool any = g->irqs != 0 || g->pci.vendor != 0 || g->pci.device != 0;
    for (uint32_t i = 0; i < SIP_MAX_IO_RANGES; i++)
        any |= g->io_ranges[i].count != 0;
    return any;
}

static err_t grant_ports_check(const abi_device_grant_t *g, const char *who)
{
    for (uint32_t i = 0; i < SIP_MAX_IO_RANGES; i++) {
        const sip_io_range_t *r = &g->io_ranges[i];
        const char *owner;
        if (r->count == 0)
            continue;
        if ((uint32_t)r->base + r->count > 0x10000u) {
            kprintf("loader: %s: granted ports 0x%x+0x%x run past port 0xffff\n", who, r->base,
                    r->count);
            return ERR_DENIED;
        }
        if (platform_port_reserved(r->base, r->count, &owner)) {
            kprintf("loader: %s: granted ports 0x%x+0x%x include the kernel's %s\n", who,
                    r->base, r->count, owner);
            return ERR_DENIED;
        }
    }
    return OK;
}

err_t device_grant_check(const abi_device_grant_t *g, const char *who)
{
    err_t rc = grant_ports_check(g, who);
    if (rc != OK)
        return rc;
    for (uint32_t irq = 0; irq < DEVICE_IRQ_LINES; irq++) {
        const char *owner;
        if ((g->irqs & (1u << irq)) && platform_irq_reserved(irq, &owner)) {
            kprintf("loader: %s: granted irq %u is %s\n", who, irq, owner);
            return ERR_DENIED;
        }
    }
    return OK;
}

static bool port_range_granted(const abi_device_grant_t *g, const sip_io_range_t *r)
{
    for (uint32_t i = 0; i < SIP_MAX_IO_RANGES; i++) {
        const sip_io_range_t *o = &g->io_ranges[i];
        if (o->count != 0 && range_inside(r->base, r->count, o->base, o->count))
            return true;
    }
    return false;
}

static void authority_add_ports(device_authority_t *a, uint32_t base, uint32_t count)
{
    /* Invariant: at most SIP_MAX_IO_RANGES manifest ranges and ABI_PCI_BARS BARs. */
    if (a->port_range_count < DEVICE_PORT_RANGES) {
        a->port_base[a->port_range_count] = base;
        a->port_count[a->port_range_count] = count;
        a->port_range_count++;
    }
}

/* The manifest's own ports and lines, each inside the grant. */
static err_t admit_ports_and_lines(const sip_manifest_t *m, const abi_device_grant_t *g,
                                   const char *image, device_authority_t *out)
{
    for (uint32_t i = 0; i < SIP_MAX_IO_RANGES; i++) {
        const sip_io_range_t *r = &m->io_ranges[i];
        if (r->count == 0)
            continue;
        if (!port_range_granted(g, r)) {
            kprintf("loader: %s asks for ports 0x%x+0x%x; not granted\n", image, r->base,
                    r->count);
            return ERR_DENIED;
        }
        authority_add_ports(out, r->base, r->count);
    }
    for (uint32_t i = 0; i < SIP_MAX_IRQS; i++) {
        uint8_t irq = m->irqs[i];
        if (irq == ABI_IRQ_NONE)
            continue;
        if (irq >= DEVICE_IRQ_LINES || !(g->irqs & (1u << irq))) {
            kprintf("loader: %s asks for irq %u; not granted\n", image, irq);
            return ERR_DENIED;
        }
        out->irqs |= 1u << irq;
    }
    return OK;
}

/* Its PCI device: granted by id and present; its I/O BARs and line become its own. */
static err_t admit_pci(const sip_manifest_t *m, const abi_device_grant_t *g, bool dma,
                       const char *image, device_authority_t *out)
{
    if (m->pci.vendor == 0 && m->pci.device == 0)
        return OK;
    if (m->pci.vendor != g->pci.vendor || m->pci.device != g->pci.device) {
        kprintf("loader: %s asks for PCI device %04x:%04x; not granted\n", image, m->pci.vendor,
                m->pci.device);
        return ERR_DENIED;
    }
    const pci_device_t *dev = platform_pci_find(m->pci.vendor, m->pci.device);
    if (dev == NULL) {
        kprintf("loader: %s asks for PCI device %04x:%04x; there is none\n", image,
                m->pci.vendor, m->pci.device);
        return ERR_NOT_FOUND;
    }
    if (pci_held(dev)) {
        kprintf("loader: %s asks for PCI device %04x:%04x; a live SIP holds it\n", image,
                m->pci.vendor, m->pci.device);
        return ERR_BUSY;
    }
    for (uint32_t b = 0; b < ABI_PCI_BARS; b++) {
        const abi_bar_t *bar = &dev->info.bars[b];
        const char *owner;
        if (bar->kind != ABI_BAR_IO)
            continue;
        if (platform_port_reserved((uint32_t)bar->base, (uint32_t)bar->size, &owner)) {
            kprintf("loader: %s: BAR %u of PCI device %04x:%04x overlaps the kernel's %s\n",
                    image, b, m->pci.vendor, m->pci.device, owner);
            return ERR_DENIED;
        }
        authority_add_ports(out, (uint32_t)bar->base, (uint32_t)bar->size);
    }
    if (!pci_hold(dev))
        return ERR_BUSY;
    if (dev->info.irq < DEVICE_IRQ_LINES)
        out->irqs |= 1u << dev->info.irq;
    out->pci = dev;
    platform_pci_enable(dev, dma);
    return OK;
}

err_t device_admit(const sip_manifest_t *m, const abi_device_grant_t *g, bool dma,
                   const char *image, device_authority_t *out)
{
    *out = (device_authority_t){ 0 };
    err_t rc = admit_ports_and_lines(m, g, image, out);
    if (rc == OK)
        rc = admit_pci(m, g, dma, image, out);
    if (rc != OK)
        *out = (device_authority_t){ 0 };
    return rc;
}

void device_release(device_authority_t *a)
{
    if (a->pci != NULL) {
        platform_pci_enable(a->pci, false);
        pci_unhold(a->pci);
    }
    *a = (device_authority_t){ 0 };
}

bool device_port_allowed(const device_authority_t *a, uint32_t port, uint32_t width)
{
    for (uint32_t i = 0; i < a->port_range_count; i++) {
        if (range_inside(port, width, a->port_base[i], a->port_count[i]))
            return true;
    }
    return false;
}

bool device_irq_allowed(const device_authority_t *a, uint32_t irq)
{
    return irq < DEVICE_IRQ_LINES && (a->irqs & (1u << irq)) != 0;
}
