/*
 * virtio_blk.h — the virtio-blk driver SIP's parts (README.md):
 *
 *   transport.c  the legacy virtio PCI interface (I/O BAR 0): reset,
 *                feature negotiation, queue 0 set-up, notify, ISR
 *   queue.c      the split virtqueue in one exchange-heap block, request
 *                slots (three descriptors each), completions checked
 *                against what was submitted
 *   main.c       the Disk service: clients, requests, interrupts
 *
 * Everything the device can write (the used ring, status bytes, lengths)
 * is checked before it is believed; a device that breaks the rules stops
 * the driver with a named reason (device_broken), never a wild access.
 */
#ifndef VIRTIO_BLK_H
#define VIRTIO_BLK_H

#include <insula/stdlib.h>

#define SECTOR_BYTES 512u
#define MAX_SECTORS 128u              /* one Disk buffer: 64 KiB */
#define QUEUE_MAX 256u                /* the largest queue we set up */
#define SLOTS 32u                     /* requests in flight at most */
#define DESCRIPTORS_PER_SLOT 3u

/* Request types (virtio 1.x, 5.2.6). */
#define VIRTIO_BLK_T_IN 0u
#define VIRTIO_BLK_T_OUT 1u
#define VIRTIO_BLK_T_FLUSH 4u

/* Status byte values the device writes. */
#define VIRTIO_BLK_S_OK 0u
#define VIRTIO_BLK_S_IOERR 1u
#define VIRTIO_BLK_S_UNSUPP 2u

/* ---- transport.c ---- */

typedef struct {
    uint32_t io_base;                 /* legacy I/O BAR */
    uint32_t irq;
    uint64_t capacity;                /* in 512-byte sectors */
    bool read_only;
    bool flush;                       /* VIRTIO_BLK_F_FLUSH negotiated */
    uint32_t queue_size;
} device_t;

/* Finds, resets and negotiates with the device; fills *dev. */
err_t transport_init(device_t *dev);
/* Hands queue 0 (at physical page `pfn`) to the device and sets DRIVER_OK. */
err_t transport_queue_start(const device_t *dev, uint64_t pfn);
err_t transport_notify(const device_t *dev);
/* Reads (and so clears) the interrupt status. */
u64_result_t transport_isr(const device_t *dev);
/* num_queues of the modern interface, read by MMIO (ERR_NOT_FOUND: no such BAR). */
u64_result_t transport_modern_queues(void);
/* Tells the device we gave up (status FAILED). */
void transport_fail(const device_t *dev);

/* ---- queue.c ---- */

typedef enum { SLOT_FREE, SLOT_BUSY, SLOT_ORPHAN } slot_state_t;

/* One request in flight: the client, its buffer, what it asked for. */
typedef struct {
    slot_state_t state;
    uint32_t type;                    /* VIRTIO_BLK_T_* */
    size_t client;                    /* index into the client table */
    xblock_handle_t buf;              /* the client's block (0 for a flush) */
    uint32_t data_bytes;
} slot_t;

/* A finished request, as queue_next_completion reports it. */
typedef struct {
    err_t err;                        /* OK, ERR_NOT_FOUND (none left), ERR_CORRUPT */
    uint32_t slot;
    uint8_t status;                   /* VIRTIO_BLK_S_* */
} completion_t;

/* Allocates the ring and the header block for a queue of dev->queue_size. */
err_t queue_init(device_t *dev);
/* The ring's first physical page. */
uint64_t queue_pfn(void);
/* A free slot, or -1. */
int32_t queue_free_slot(void);
/* Slot s by value (a free one for s out of range); stores it back. */
slot_t queue_slot_get(uint32_t s);
void queue_slot_put(uint32_t s, slot_t slot);
/*
 * Submits slot s's request (type, sector, its buffer's data_bytes) and
 * makes it available to the device. Errors: as xblock_phys/xblock_store.
 */
err_t queue_submit(const device_t *dev, uint32_t s, uint64_t sector);
/* The next completion the device reports; ERR_CORRUPT names the breach. */
completion_t queue_next_completion(void);
/* The most requests the device has held at once. */
uint32_t queue_most_in_flight(void);
/* Why the last ERR_CORRUPT happened. */
const char *queue_breach(void);

/* ---- main.c ---- */

/* The device broke the protocol: report and stop (init may restart us). */
_Noreturn void device_broken(const char *why);

#endif
