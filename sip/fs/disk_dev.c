/*
 * disk_dev.c — see disk_dev.h.
 *
 * The driver may end under us (a crash, or a kill: init restarts it). Its
 * channel then closes, and the request in flight is lost with the block it
 * carried. Such a request is "lost", not failed: we bind "disk" again
 * (the restarted driver publishes it again), check that the device is the
 * same size, and send the request again. That is safe because every
 * request is idempotent (a read, a write of the same bytes to the same
 * sectors, a flush), and nothing acknowledged is lost: an AckWrite comes
 * only once the device took the data, and the device outlives the driver.
 * A failure the driver reports (Io, BadRange, ...) is not retried: it is
 * the ext2 library's EXT2_E_IO, and the Disk error is logged by name.
 */
#include "disk_dev.h"

#include <insula/naming.h>

#include "nameservice.h"

#define BIND_TIMEOUT_MS 60000u   /* the service may take long to start under emulation */
#define REBINDS_PER_REQUEST 3u   /* a request survives this many driver restarts */

typedef enum { REQ_DONE, REQ_FAILED, REQ_LOST } req_outcome_t;

static chan_status_result_t closed;    /* why the channel closed (static: its reason is read) */

static const char *disk_error_name(uint32_t error)
{
    switch (error) {
    case Disk_Error_Io: return "Io";
    case Disk_Error_BadRange: return "BadRange";
    case Disk_Error_ReadOnly: return "ReadOnly";
    case Disk_Error_Restarted: return "Restarted";
    case Disk_Error_Busy: return "Busy";
    default: return "unknown";
    }
}

/* Binds "disk" and takes its Hello and geometry. After a restart
 * (`again`), the geometry must be the one we mounted. */
static bool disk_bind(ext2_dev_t *dev, bool again)
{
    dev->ep = (Disk_imp_t){ service_bind_patient("disk", BIND_TIMEOUT_MS).h };
    Disk_Geometry_t g;
    if (dev->ep.h == 0 || Disk_imp_send_GetGeometry(dev->ep) != OK ||
        Disk_imp_recv_Geometry(dev->ep, &g) != OK) {
        print("fs: the disk did not answer\n");
        return false;
    }
    if (again && (g.sectors != dev->sectors || g.sector_bytes != dev->sector_bytes ||
                  (g.read_only != 0) != dev->read_only)) {
        print("fs: the disk came back with another geometry; not using it\n");
        return false;
    }
    if (g.sector_bytes != 512 && g.sector_bytes != 1024) {
        print("fs: sectors of %u bytes are not supported\n", g.sector_bytes);
        return false;
    }
    if ((uint64_t)g.max_sectors * g.sector_bytes < EXT2_MAX_BLOCK) {
        print("fs: the disk takes only %u sectors per request\n", g.max_sectors);
        return false;
    }
    dev->sectors = g.sectors;
    dev->sector_bytes = g.sector_bytes;
    dev->max_sectors = g.max_sectors;
    dev->read_only = g.read_only != 0;
    return true;
}

/* The block every request carries; allocated again when it was lost. */
static bool block_ready(ext2_dev_t *dev)
{
    if (dev->block != 0)
        return true;
    xblock_result_t b = xblock_new(EXT2_MAX_BLOCK);
    if (b.err != OK) {
        print("fs: no exchange-heap block: %s\n", err_name(b.err));
        return false;
    }
    dev->block = b.block;
    return true;
}

bool disk_dev_open(ext2_dev_t *dev)
{
    return disk_bind(dev, false) && block_ready(dev);
}

/* The channel closed under a request: bind the restarted driver. */
static bool disk_rebind(ext2_dev_t *dev)
{
    if (dev->ep.h != 0) {
        closed = chan_status(dev->ep.h);
        str_t why = str_from_array(closed.status.reason);
        print("fs: the disk's channel closed (%.*s); binding 'disk' again\n", (int)why.len,
              why.bytes);
        (void)chan_close(dev->ep.h);
        dev->ep.h = 0;
    }
    if (dev->lost_at_ns == 0)
        dev->lost_at_ns = time_ns();
    dev->rebinds++;
    return disk_bind(dev, true) && block_ready(dev);
}

/* A request went through: after a restart, say how long the disk was away. */
static void served(ext2_dev_t *dev)
{
    if (dev->lost_at_ns == 0)
        return;
    print("fs: disk served again %llu ms after the fs found its channel closed (%u rebind(s) so far)\n",
          (unsigned long long)((time_ns() - dev->lost_at_ns) / 1000000u), dev->rebinds);
    dev->lost_at_ns = 0;
}

/* What a send or receive that did not go through means. */
static req_outcome_t not_through(ext2_dev_t *dev)
{
    return chan_status(dev->ep.h).status.closed != 0 ? REQ_LOST : REQ_FAILED;
}

/* A Disk error reply: Restarted is a lost request, the rest fail by name. */
static req_outcome_t error_reply(ext2_dev_t *dev, const char *what, uint64_t offset,
                                 uint32_t error)
{
    dev->last_error = error;
    if (error == Disk_Error_Restarted)
        return REQ_LOST;
    print("fs: disk %s at byte %llu failed: %s\n", what, (unsigned long long)offset,
          disk_error_name(error));
    return REQ_FAILED;
}

static bool request_ok(const ext2_dev_t *dev, uint64_t offset, uint32_t len)
{
    return len > 0 && len <= EXT2_MAX_BLOCK &&
           offset % dev->sector_bytes == 0 && len % dev->sector_bytes == 0 &&
           offset / dev->sector_bytes <= dev->sectors &&
           len / dev->sector_bytes <= dev->sectors - offset / dev->sector_bytes;
}

static req_outcome_t read_once(ext2_dev_t *dev, uint64_t offset, uint32_t len, buf_t *into)
{
    Disk_imp_msg_t m;
    xblock_handle_t block = dev->block;
    dev->block = 0;
    if (Disk_imp_send_Read(dev->ep, block, offset / dev->sector_bytes,
                           len / dev->sector_bytes) != OK ||
        Disk_imp_recv(dev->ep, &m) != OK)
        return not_through(dev);
    if (m.id == Disk_MSG_ReadError) {
        dev->block = m.u.ReadError.buf;
        return error_reply(dev, "read", offset, m.u.ReadError.error);
    }
    dev->block = m.u.AckRead.buf;
    buf_truncate(into, 0);
    if (xblock_read(dev->block, 0, len, into, 0) != OK)
        return REQ_FAILED;
    return REQ_DONE;
}

static req_outcome_t write_once(ext2_dev_t *dev, uint64_t offset, uint32_t len, const buf_t *from)
{
    str_result_t data = buf_slice(from, 0, len);
    if (data.err != OK || xblock_write(dev->block, 0, data.str) != OK)
        return REQ_FAILED;
    Disk_imp_msg_t m;
    xblock_handle_t block = dev->block;
    dev->block = 0;
    if (Disk_imp_send_Write(dev->ep, block, offset / dev->sector_bytes,
                            len / dev->sector_bytes) != OK ||
        Disk_imp_recv(dev->ep, &m) != OK)
        return not_through(dev);
    if (m.id == Disk_MSG_WriteError) {
        dev->block = m.u.WriteError.buf;
        return error_reply(dev, "write", offset, m.u.WriteError.error);
    }
    dev->block = m.u.AckWrite.buf;
    return REQ_DONE;
}

static req_outcome_t flush_once(ext2_dev_t *dev)
{
    Disk_imp_msg_t m;
    if (Disk_imp_send_Flush(dev->ep) != OK || Disk_imp_recv(dev->ep, &m) != OK)
        return not_through(dev);
    if (m.id == Disk_MSG_FlushError)
        return error_reply(dev, "flush", 0, m.u.FlushError.error);
    return REQ_DONE;
}

static bool usable(const ext2_dev_t *dev)
{
    return dev->ep.h != 0 && dev->block != 0;
}

/* After one try of a request: whether to send it again, which is when it
 * was lost with the channel and a restarted driver is now bound (at most
 * REBINDS_PER_REQUEST times for one request). */
static bool send_again(ext2_dev_t *dev, req_outcome_t r, uint32_t tries)
{
    if (r == REQ_DONE) {
        served(dev);
        return false;
    }
    if (r == REQ_FAILED && dev->ep.h != 0)
        return false;
    return tries < REBINDS_PER_REQUEST && disk_rebind(dev);
}

ext2_err_t ext2_dev_read(ext2_dev_t *dev, uint64_t offset, uint32_t len, buf_t *into)
{
    if (!request_ok(dev, offset, len) || len > buf_cap(into))
        return EXT2_E_IO;
    req_outcome_t r = REQ_LOST;
    for (uint32_t tries = 0; tries == 0 || send_again(dev, r, tries - 1); tries++)
        r = usable(dev) ? read_once(dev, offset, len, into) : REQ_LOST;
    return r == REQ_DONE ? EXT2_OK : EXT2_E_IO;
}

ext2_err_t ext2_dev_write(ext2_dev_t *dev, uint64_t offset, uint32_t len, const buf_t *from)
{
    if (!request_ok(dev, offset, len) || dev->read_only)
        return EXT2_E_IO;
    req_outcome_t r = REQ_LOST;
    for (uint32_t tries = 0; tries == 0 || send_again(dev, r, tries - 1); tries++)
        r = usable(dev) ? write_once(dev, offset, len, from) : REQ_LOST;
    return r == REQ_DONE ? EXT2_OK : EXT2_E_IO;
}

ext2_err_t ext2_dev_flush(ext2_dev_t *dev)
{
    req_outcome_t r = REQ_LOST;
    for (uint32_t tries = 0; tries == 0 || send_again(dev, r, tries - 1); tries++)
        r = usable(dev) ? flush_once(dev) : REQ_LOST;
    return r == REQ_DONE ? EXT2_OK : EXT2_E_IO;
}

uint64_t ext2_dev_bytes(ext2_dev_t *dev)
{
    return dev->sectors * dev->sector_bytes;
}
