/* disk_dev.c — see disk_dev.h. */
#include "disk_dev.h"
#include "naming.h"

#define BIND_TIMEOUT_MS 60000u   /* the service may take long to start under emulation */

bool disk_dev_open(ext2_dev_t *dev)
{
    dev->ep = (Disk_imp_t){ naming_bind("fs", "disk", BIND_TIMEOUT_MS) };
    Disk_Hello_t hello;
    Disk_Geometry_t g;
    if (dev->ep.h == 0 || Disk_imp_recv_Hello(dev->ep, &hello) != OK ||
        Disk_imp_send_GetGeometry(dev->ep) != OK || Disk_imp_recv_Geometry(dev->ep, &g) != OK) {
        print("fs: the disk did not answer\n");
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
    xblock_result_t b = xblock_new(EXT2_MAX_BLOCK);
    if (b.err != OK) {
        print("fs: no exchange-heap block: %s\n", err_name(b.err));
        return false;
    }
    dev->block = b.block;
    dev->sectors = g.sectors;
    dev->sector_bytes = g.sector_bytes;
    dev->max_sectors = g.max_sectors;
    dev->read_only = g.read_only != 0;
    return true;
}

static bool request_ok(const ext2_dev_t *dev, uint64_t offset, uint32_t len)
{
    return dev->block != 0 && len > 0 && len <= EXT2_MAX_BLOCK &&
           offset % dev->sector_bytes == 0 && len % dev->sector_bytes == 0 &&
           offset / dev->sector_bytes <= dev->sectors &&
           len / dev->sector_bytes <= dev->sectors - offset / dev->sector_bytes;
}

ext2_err_t ext2_dev_read(ext2_dev_t *dev, uint64_t offset, uint32_t len, buf_t *into)
{
    if (!request_ok(dev, offset, len) || len > buf_cap(into))
        return EXT2_E_IO;
    Disk_imp_msg_t m;
    xblock_handle_t block = dev->block;
    dev->block = 0;
    if (Disk_imp_send_Read(dev->ep, block, offset / dev->sector_bytes,
                           len / dev->sector_bytes) != OK ||
        Disk_imp_recv(dev->ep, &m) != OK)
        return EXT2_E_IO;
    if (m.id == Disk_MSG_ReadError) {
        dev->block = m.u.ReadError.buf;
        dev->last_error = m.u.ReadError.error;
        return EXT2_E_IO;
    }
    dev->block = m.u.AckRead.buf;
    buf_truncate(into, 0);
    if (xblock_read(dev->block, 0, len, into, 0) != OK)
        return EXT2_E_IO;
    return EXT2_OK;
}

ext2_err_t ext2_dev_write(ext2_dev_t *dev, uint64_t offset, uint32_t len, const buf_t *from)
{
    if (!request_ok(dev, offset, len) || dev->read_only)
        return EXT2_E_IO;
    str_result_t data = buf_slice(from, 0, len);
    if (data.err != OK || xblock_write(dev->block, 0, data.str) != OK)
        return EXT2_E_IO;
    Disk_imp_msg_t m;
    xblock_handle_t block = dev->block;
    dev->block = 0;
    if (Disk_imp_send_Write(dev->ep, block, offset / dev->sector_bytes,
                            len / dev->sector_bytes) != OK ||
        Disk_imp_recv(dev->ep, &m) != OK)
        return EXT2_E_IO;
    if (m.id == Disk_MSG_WriteError) {
        dev->block = m.u.WriteError.buf;
        dev->last_error = m.u.WriteError.error;
        return EXT2_E_IO;
    }
    dev->block = m.u.AckWrite.buf;
    return EXT2_OK;
}

ext2_err_t ext2_dev_flush(ext2_dev_t *dev)
{
    Disk_imp_msg_t m;
    if (dev->block == 0 || Disk_imp_send_Flush(dev->ep) != OK || Disk_imp_recv(dev->ep, &m) != OK)
        return EXT2_E_IO;
    if (m.id == Disk_MSG_FlushError) {
        dev->last_error = m.u.FlushError.error;
        return EXT2_E_IO;
    }
    return EXT2_OK;
}

uint64_t ext2_dev_bytes(ext2_dev_t *dev)
{
    return dev->sectors * dev->sector_bytes;
}
