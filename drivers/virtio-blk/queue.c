/*
 * queue.c — one split virtqueue (virtio 1.x, 2.7) in the legacy layout
 * (4.1.4.8: descriptors, then the available ring, then the used ring on
 * the next 4 KiB boundary), all in one exchange-heap block whose physical
 * address the device is given. Request headers and status bytes live in a
 * second block. Slot s owns descriptors 3s (header), 3s+1 (data) and 3s+2
 * (status), so a completion must name descriptor 3s of a slot in flight.
 *
 * Trust: nothing read back from the ring is used before it is checked —
 * the used index may not run ahead of what is in flight, an element must
 * name a slot in flight, its length may not exceed what the slot offered,
 * the status byte must be one of the three the specification defines.
 */
#include "virtio_blk.h"

#define PAGE 4096u
#define DESC_BYTES 16u
#define DESC_F_NEXT 1u
#define DESC_F_WRITE 2u
#define HEADER_BYTES 16u
#define STATUS_AT 2048u               /* status bytes after the headers */
#define STATUS_UNSET 0xFFu

static struct {
    xblock_handle_t ring;
    xblock_handle_t headers;
    uint64_t ring_phys, headers_phys;
    uint32_t size;                    /* entries (the device's queue size) */
    uint64_t avail_at, used_at;       /* offsets in the ring block */
    uint16_t avail_idx;               /* next available-ring entry we fill */
    uint16_t used_seen;               /* used-ring entries consumed */
    uint32_t in_flight;
    uint32_t most_in_flight;
    slot_t slots[SLOTS];
    const char *breach;
} q;

_Static_assert(SLOTS * HEADER_BYTES <= STATUS_AT && STATUS_AT + SLOTS <= PAGE,
               "headers and status bytes share one page");

static uint64_t align_page(uint64_t n)
{
    return (n + PAGE - 1) / PAGE * PAGE;
}

err_t queue_init(device_t *dev)
{
    q.size = dev->queue_size;
    q.avail_at = (uint64_t)DESC_BYTES * q.size;
    q.used_at = align_page(q.avail_at + 6 + 2 * (uint64_t)q.size);
    xblock_result_t ring = xblock_new(q.used_at + align_page(6 + 8 * (uint64_t)q.size));
    xblock_result_t headers = xblock_new(PAGE);
    if (ring.err != OK || headers.err != OK)
        return ring.err != OK ? ring.err : headers.err;
    q.ring = ring.block;
    q.headers = headers.block;
    u64_result_t rp = xblock_phys(q.ring);
    u64_result_t hp = xblock_phys(q.headers);
    if (rp.err != OK || hp.err != OK)
        return rp.err != OK ? rp.err : hp.err;
    q.ring_phys = rp.value;
    q.headers_phys = hp.value;
    return OK;
}

uint64_t queue_pfn(void)
{
    return q.ring_phys / PAGE;
}

int32_t queue_free_slot(void)
{
    for (uint32_t s = 0; s < SLOTS; s++) {
        if (q.slots[s].state == SLOT_FREE)
            return (int32_t)s;
    }
    return -1;
}

slot_t queue_slot_get(uint32_t s)
{
    slot_t none = { .state = SLOT_FREE };
    return s < SLOTS ? q.slots[s] : none;
}

void queue_slot_put(uint32_t s, slot_t slot)
{
    if (s < SLOTS)
        q.slots[s] = slot;
}

static err_t desc_write(uint32_t d, uint64_t addr, uint32_t len, uint32_t flags, uint32_t next)
{
    uint64_t at = (uint64_t)DESC_BYTES * d;
    err_t rc = xblock_store(q.ring, at, 8, addr);
    if (rc == OK)
        rc = xblock_store(q.ring, at + 8, 4, len);
    if (rc == OK)
        rc = xblock_store(q.ring, at + 12, 2, flags);
    if (rc == OK)
        rc = xblock_store(q.ring, at + 14, 2, next);
    return rc;
}

/* The header, the status byte and the descriptor chain of slot s. */
static err_t chain_write(uint32_t s, slot_t slot, uint64_t sector)
{
    uint32_t d = DESCRIPTORS_PER_SLOT * s;
    uint64_t header = (uint64_t)HEADER_BYTES * s;
    err_t rc = xblock_store(q.headers, header, 4, slot.type);
    if (rc == OK)
        rc = xblock_store(q.headers, header + 4, 4, 0);
    if (rc == OK)
        rc = xblock_store(q.headers, header + 8, 8, sector);
    if (rc == OK)
        rc = xblock_store(q.headers, STATUS_AT + s, 1, STATUS_UNSET);
    if (rc != OK)
        return rc;
    bool has_data = slot.type != VIRTIO_BLK_T_FLUSH;
    rc = desc_write(d, q.headers_phys + header, HEADER_BYTES, DESC_F_NEXT, has_data ? d + 1 : d + 2);
    if (rc == OK && has_data) {
        u64_result_t data = xblock_phys(slot.buf);
        uint32_t flags = DESC_F_NEXT | (slot.type == VIRTIO_BLK_T_IN ? DESC_F_WRITE : 0);
        rc = data.err != OK ? data.err : desc_write(d + 1, data.value, slot.data_bytes, flags, d + 2);
    }
    if (rc == OK)
        rc = desc_write(d + 2, q.headers_phys + STATUS_AT + s, 1, DESC_F_WRITE, 0);
    return rc;
}

err_t queue_submit(const device_t *dev, uint32_t s, uint64_t sector)
{
    if (s >= SLOTS)
        return ERR_RANGE;
    err_t rc = chain_write(s, q.slots[s], sector);
    uint64_t entry = q.avail_at + 4 + 2 * (uint64_t)(q.avail_idx % q.size);
    if (rc == OK)
        rc = xblock_store(q.ring, entry, 2, DESCRIPTORS_PER_SLOT * s);
    if (rc == OK)    /* the entry before the index: the device reads in that order */
        rc = xblock_store(q.ring, q.avail_at + 2, 2, (uint16_t)(q.avail_idx + 1));
    if (rc != OK)
        return rc;
    q.avail_idx++;
    q.in_flight++;
    if (q.in_flight > q.most_in_flight)
        q.most_in_flight = q.in_flight;
    return transport_notify(dev);
}

static completion_t breach(const char *why)
{
    q.breach = why;
    return (completion_t){ .err = ERR_CORRUPT };
}

/* Checks one used-ring element against the slots in flight. */
static completion_t completion_check(uint64_t id, uint64_t len)
{
    if (id % DESCRIPTORS_PER_SLOT != 0 || id / DESCRIPTORS_PER_SLOT >= SLOTS)
        return breach("a used element names a descriptor that heads no request");
    uint32_t s = (uint32_t)(id / DESCRIPTORS_PER_SLOT);
    if (q.slots[s].state == SLOT_FREE)
        return breach("a used element names a request that is not in flight");
    if (len > (uint64_t)q.slots[s].data_bytes + 1)
        return breach("a used element reports more bytes than the request offered");
    u64_result_t status = xblock_load(q.headers, STATUS_AT + s, 1);
    if (status.err != OK || status.value > VIRTIO_BLK_S_UNSUPP)
        return breach("a request's status byte is none of OK, IOERR, UNSUPP");
    return (completion_t){ .err = OK, .slot = s, .status = (uint8_t)status.value };
}

completion_t queue_next_completion(void)
{
    u64_result_t used = xblock_load(q.ring, q.used_at + 2, 2);
    if (used.err != OK)
        return breach("the used ring cannot be read");
    uint16_t ahead = (uint16_t)((uint16_t)used.value - q.used_seen);
    if (ahead == 0)
        return (completion_t){ .err = ERR_NOT_FOUND };
    if (ahead > q.in_flight)
        return breach("the used ring ran ahead of the requests in flight");
    uint64_t elem = q.used_at + 4 + 8 * (uint64_t)(q.used_seen % q.size);
    u64_result_t id = xblock_load(q.ring, elem, 4);
    u64_result_t len = xblock_load(q.ring, elem + 4, 4);
    if (id.err != OK || len.err != OK)
        return breach("the used ring cannot be read");
    completion_t c = completion_check(id.value, len.value);
    if (c.err == OK) {
        q.used_seen++;
        q.in_flight--;
    }
    return c;
}

uint32_t queue_most_in_flight(void)
{
    return q.most_in_flight;
}

const char *queue_breach(void)
{
    return q.breach != NULL ? q.breach : "no breach";
}
