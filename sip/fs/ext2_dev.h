/*
 * ext2_dev.h — the block device under the ext2 library: four functions
 * each build provides (the SIP: disk_dev.c over the Disk contract; the
 * host tests and the fuzzer: an image in memory). Offsets and lengths are
 * bytes; the library reads and writes whole blocks (and the 1024-byte
 * superblock) at multiples of 512. An implementation refuses anything
 * past the device's end.
 */
#ifndef INSULA_FS_EXT2_DEV_H
#define INSULA_FS_EXT2_DEV_H

#include "ext2.h"

/* Fills `into` with exactly `len` bytes from `offset` (its len becomes len). */
ext2_err_t ext2_dev_read(ext2_dev_t *dev, uint64_t offset, uint32_t len, buf_t *into);
/* Writes the first `len` bytes of `from` at `offset`. */
ext2_err_t ext2_dev_write(ext2_dev_t *dev, uint64_t offset, uint32_t len, const buf_t *from);
/* Everything written so far is on stable storage. */
ext2_err_t ext2_dev_flush(ext2_dev_t *dev);
/* The device's size in bytes. */
uint64_t ext2_dev_bytes(ext2_dev_t *dev);

#endif
