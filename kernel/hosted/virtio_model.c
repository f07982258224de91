/*
 * virtio_model.c — a virtio block device for the hosted platform, backed by
 * a file (`insula-hosted --disk FILE`), so the virtio-blk driver SIP runs
 * unchanged on both platforms. It presents what QEMU's transitional
 * virtio-blk-pci presents on pc — PCI device 1af4:1001 whose I/O BAR 0
 * holds the legacy virtio registers (virtio 1.x, 4.1.4.8) — at
 * MODEL_PORT_BASE, interrupt line MODEL_IRQ. A write to the notify
 * register wakes the model's kernel thread ("virtio-model", below the
 * SIPs' priorities, so requests queued meanwhile are taken together, as a
 * device works beside the CPU), which does every available request and
 * raises the interrupt through the same path as a pc line
 * (hosted_irq_level, irq.c).
 *
 * Fault injection (`--disk-fault KIND@N`, for the tests of the driver's
 * defences): the N-th request completes with a used-ring entry that breaks
 * the protocol — bad-id (names a descriptor that heads no chain),
 * bad-length (reports more bytes than offered), run-ahead (the used index
 * jumps past what is in flight), bad-status (an undefined status byte);
 * or a failure the protocol allows: io-error (the request is not done and
 * completes with status IOERR, as a medium error would).
 * Once: the requests after it are served normally.
 *
 * DMA: the model reads and writes the driver's memory only where the
 * driver SIP owns it (sip_owns) — stricter than real hardware, which the
 * driver is trusted with (docs/drivers.md); a descriptor pointing elsewhere
 * completes with status IOERR and nothing is touched.
 */
#include "hosted.h"

#include "console.h"
#include "platform.h"
#include "platform_device.h"
#include "sip.h"
#include "thread.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define QUEUE_SIZE 256u
#define PAGE 4096u
#define F_FLUSH (1u << 9)
#define T_IN 0u
#define T_OUT 1u
#define T_FLUSH 4u
#define S_OK 0u
#define S_IOERR 1u
#define S_UNSUPP 2u
#define DESC_F_NEXT 1u
#define DESC_F_WRITE 2u
#define CHAIN_MAX 3u
#define WORKER_PRIORITY 1

typedef struct {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
} desc_t;

_Static_assert(sizeof(desc_t) == 16, "virtq_desc layout (virtio 1.x, 2.7.5)");

static struct {
    int fd;
    uint64_t sectors;
    uint32_t guest_features;
    uint32_t pfn;
    uint16_t select;
    uint8_t status;
    uint8_t isr;
    uint16_t last_avail;
    sip_t *driver;         /* the notifier, whose memory the queue is in; a reference */
    model_fault_t fault;   /* to inject at request fault_at (1-based), then none */
    uint64_t requests, fault_at;
    bool notified;
    wait_queue_t wakeup;   /* the worker waits here for a notify */
    pci_device_t pci;
} dev = { .fd = -1 };

static const char *const fault_names[] = {
    [FAULT_NONE] = "none", [FAULT_BAD_ID] = "bad-id", [FAULT_BAD_LENGTH] = "bad-length",
    [FAULT_RUN_AHEAD] = "run-ahead", [FAULT_BAD_STATUS] = "bad-status",
    [FAULT_IO_ERROR] = "io-error",
};

const char *model_fault_name(model_fault_t f)
{
    return f < sizeof(fault_names) / sizeof(fault_names[0]) ? fault_names[f] : "?";
}

bool virtio_model_fault(const char *spec)
{
    for (model_fault_t f = FAULT_BAD_ID; f <= FAULT_IO_ERROR; f++) {
        size_t n = strlen(fault_names[f]);
        if (strncmp(spec, fault_names[f], n) == 0 && spec[n] == '@') {
            dev.fault = f;
            dev.fault_at = strtoull(spec + n + 1, NULL, 10);
            return dev.fault_at > 0;
        }
    }
    return false;
}

bool virtio_model_attach(const char *path)
{
    struct stat st;
    dev.fd = open(path, O_RDWR);
    if (dev.fd < 0 || fstat(dev.fd, &st) != 0)
        return false;
    dev.sectors = (uint64_t)st.st_size / 512;
    dev.pci.info = (abi_device_info_t){ .vendor = 0x1af4, .device = 0x1001, .slot = 3,
                                        .irq = MODEL_IRQ };
    dev.pci.info.bars[0] = (abi_bar_t){ .kind = ABI_BAR_IO, .base = MODEL_PORT_BASE,
                                        .size = MODEL_PORT_COUNT };
    dev.pci.class_code = 1;
    return true;
}

const pci_device_t *virtio_model_device(void)
{
    return dev.fd >= 0 ? &dev.pci : NULL;
}

static uint8_t *ring(void)
{
    return (uint8_t *)(uintptr_t)((uint64_t)dev.pfn * PAGE);
}

/* Driver memory [addr, addr + len) the device may touch, or NULL. */
static uint8_t *dma(uint64_t addr, uint64_t len, bool write)
{
    if (dev.driver == NULL || dev.driver->state != SIP_RUNNING ||
        !sip_owns(dev.driver, addr, len, write))
        return NULL;
    return (uint8_t *)(uintptr_t)addr;
}

static void reset(void)
{
    dev.guest_features = 0;
    dev.pfn = 0;
    dev.status = 0;
    dev.isr = 0;
    dev.last_avail = 0;
    hosted_irq_level(MODEL_IRQ, false);
}

/* Follows a chain of at most CHAIN_MAX descriptors from `head`; returns its length. */
static uint32_t chain_read(const desc_t *table, uint16_t head, desc_t *chain)
{
    uint32_t n = 0;
    uint16_t d = head;
    while (n < CHAIN_MAX && d < QUEUE_SIZE) {
        chain[n] = table[d];
        d = chain[n].next;
        if (!(chain[n++].flags & DESC_F_NEXT))
            return n;
    }
    return 0;    /* too long, or an index out of the table */
}

/* Does one request; its status. *written: bytes the device wrote. */
static uint8_t request_do(const desc_t *chain, uint32_t n, uint32_t *written)
{
    const uint8_t *header = dma(chain[0].addr, 16, false);
    if (header == NULL || chain[0].len < 16 || n < 2)
        return S_IOERR;
    uint32_t type;
    uint64_t sector;
    __builtin_memcpy(&type, header, 4);
    __builtin_memcpy(&sector, header + 8, 8);
    if (type == T_FLUSH)
        return fdatasync(dev.fd) == 0 ? S_OK : S_IOERR;
    if ((type != T_IN && type != T_OUT) || n != 3)
        return S_UNSUPP;
    const desc_t *data = &chain[1];
    uint8_t *buf = dma(data->addr, data->len, type == T_IN);
    if (buf == NULL || data->len % 512 != 0 || sector > dev.sectors ||
        data->len / 512 > dev.sectors - sector)
        return S_IOERR;
    off_t at = (off_t)(sector * 512);
    ssize_t done = type == T_IN ? pread(dev.fd, buf, data->len, at)
                                : pwrite(dev.fd, buf, data->len, at);
    if (done != (ssize_t)data->len)
        return S_IOERR;
    *written = type == T_IN ? data->len : 0;
    return S_OK;
}

/* Takes one available chain, does it, puts it in the used ring. */
static bool queue_one(uint8_t *r, uint16_t head)
{
    uint64_t used_at = ((uint64_t)16 * QUEUE_SIZE + 6 + 2 * QUEUE_SIZE + PAGE - 1) / PAGE * PAGE;
    desc_t chain[CHAIN_MAX];
    uint32_t n = chain_read((const desc_t *)r, head, chain), written = 0;
    model_fault_t fault = ++dev.requests == dev.fault_at ? dev.fault : FAULT_NONE;
    uint8_t status = n == 0 || fault == FAULT_IO_ERROR ? S_IOERR : request_do(chain, n, &written);
    uint8_t *status_byte = n == 0 ? NULL : dma(chain[n - 1].addr, 1, true);
    if (status_byte != NULL)
        *status_byte = fault == FAULT_BAD_STATUS ? 0x7F : status;
    volatile uint16_t *used_idx = (volatile uint16_t *)(r + used_at + 2);
    uint32_t *elem = (uint32_t *)(r + used_at + 4 + 8 * (*used_idx % QUEUE_SIZE));
    elem[0] = fault == FAULT_BAD_ID ? (uint32_t)head + 1 : head;
    elem[1] = fault == FAULT_BAD_LENGTH ? 0x10000000u : written + (status_byte != NULL ? 1 : 0);
    *used_idx = (uint16_t)(*used_idx + (fault == FAULT_RUN_AHEAD ? 100 : 1));
    if (fault != FAULT_NONE)
        kprintf("virtio-model: request %llu: injecting %s\n", (unsigned long long)dev.requests,
                model_fault_name(fault));
    return true;
}

/* The driver notified queue 0: do every available request, then interrupt. */
static void queue_notify(void)
{
    uint8_t *r = ring();
    uint64_t bytes = 2 * PAGE + (uint64_t)16 * QUEUE_SIZE;
    if (dev.pfn == 0 || dma((uint64_t)(uintptr_t)r, bytes, true) == NULL) {
        kprintf("virtio-model: queue notified without a queue the driver owns; ignored\n");
        return;
    }
    volatile uint16_t *avail_idx = (volatile uint16_t *)(r + 16 * QUEUE_SIZE + 2);
    const uint16_t *avail_ring = (const uint16_t *)(r + 16 * QUEUE_SIZE + 4);
    bool any = false;
    while (dev.last_avail != *avail_idx) {
        any |= queue_one(r, avail_ring[dev.last_avail % QUEUE_SIZE]);
        dev.last_avail++;
    }
    if (any) {
        dev.isr |= 1;
        hosted_irq_level(MODEL_IRQ, true);
    }
}

/* Remembers the SIP that drives us (holding a reference, so it stays readable). */
static void driver_set(sip_t *sip)
{
    if (sip == dev.driver || sip == NULL)
        return;
    if (dev.driver != NULL)
        sip_release(dev.driver);
    sip->refs++;
    dev.driver = sip;
}

static void worker(void *arg)
{
    (void)arg;
    irq_save();
    for (;;) {
        while (!dev.notified)
            thread_block(&dev.wakeup, THREAD_FOREVER);
        dev.notified = false;
        queue_notify();
    }
}

void virtio_model_start(void)
{
    if (dev.fd >= 0 && thread_create("virtio-model", worker, NULL, WORKER_PRIORITY, 0, NULL) != OK)
        kprintf("virtio-model: cannot start its thread; the disk will not answer\n");
}

uint32_t virtio_model_read(uint32_t reg, uint32_t width)
{
    (void)width;
    switch (reg) {
    case 0x00: return F_FLUSH;
    case 0x04: return dev.guest_features;
    case 0x08: return dev.pfn;
    case 0x0C: return dev.select == 0 ? QUEUE_SIZE : 0;
    case 0x0E: return dev.select;
    case 0x12: return dev.status;
    case 0x13: {
        uint8_t isr = dev.isr;    /* reading acknowledges: the line drops */
        dev.isr = 0;
        hosted_irq_level(MODEL_IRQ, false);
        return isr;
    }
    case 0x14: return (uint32_t)dev.sectors;
    case 0x18: return (uint32_t)(dev.sectors >> 32);
    default: return 0;
    }
}

void virtio_model_write(uint32_t reg, uint32_t width, uint32_t value)
{
    (void)width;
    switch (reg) {
    case 0x04: dev.guest_features = value & F_FLUSH; break;
    case 0x08: dev.pfn = value; driver_set(sip_current()); dev.last_avail = 0; break;
    case 0x0E: dev.select = (uint16_t)value; break;
    case 0x10:
        driver_set(sip_current());
        dev.notified = true;
        thread_wake_one(&dev.wakeup);
        break;
    case 0x12: dev.status = (uint8_t)value; if (value == 0) reset(); break;
    default: break;
    }
}
