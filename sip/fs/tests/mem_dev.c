/* mem_dev.c — see mem_dev.h. */
#include "mem_dev.h"

#include <stdio.h>
#include <stdlib.h>

static void check_range(const ext2_dev_t *dev, uint64_t offset, uint32_t len, const char *what)
{
    if (offset > dev->size || len > dev->size - offset || offset % 512 != 0 || len % 512 != 0) {
        fprintf(stderr, "mem_dev: %s of %u bytes at %llu outside the %llu-byte image\n", what,
                len, (unsigned long long)offset, (unsigned long long)dev->size);
        abort();
    }
}

ext2_err_t ext2_dev_read(ext2_dev_t *dev, uint64_t offset, uint32_t len, buf_t *into)
{
    check_range(dev, offset, len, "read");
    if (len > buf_cap(into))
        abort();
    buf_truncate(into, 0);
    buf_append(into, (str_t){ .bytes = (const char *)dev->bytes + offset, .len = len });
    dev->reads++;
    return EXT2_OK;
}

ext2_err_t ext2_dev_write(ext2_dev_t *dev, uint64_t offset, uint32_t len, const buf_t *from)
{
    check_range(dev, offset, len, "write");
    if (len > buf_len(from))
        abort();
    if (dev->fail_after_writes != 0 && dev->writes >= dev->fail_after_writes)
        return EXT2_E_IO;
    for (uint32_t i = 0; i < len; i++)
        dev->bytes[offset + i] = from->data[i];
    dev->writes++;
    return EXT2_OK;
}

ext2_err_t ext2_dev_flush(ext2_dev_t *dev)
{
    dev->flushes++;
    return EXT2_OK;
}

uint64_t ext2_dev_bytes(ext2_dev_t *dev)
{
    return dev->size;
}
