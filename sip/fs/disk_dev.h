/*
 * disk_dev.h — the ext2 library's block device in the fs SIP: a client of
 * the Disk contract (disk.contract), one request in flight, data moving in
 * one exchange-heap block that travels to the driver and back.
 */
#ifndef INSULA_FS_DISK_DEV_H
#define INSULA_FS_DISK_DEV_H

#include <insula/stdlib.h>

#include "disk.h"
#include "ext2_dev.h"

struct ext2_dev {
    Disk_imp_t ep;
    uint64_t sectors;
    uint32_t sector_bytes;
    uint32_t max_sectors;
    bool read_only;
    xblock_handle_t block;     /* EXT2_MAX_BLOCK bytes; 0 once lost with the channel */
    uint32_t last_error;       /* the driver's Disk_Error of the last failure */
    uint32_t rebinds;          /* times the driver's channel closed and we bound again */
    uint64_t lost_at_ns;       /* when it last closed, until a request went through */
};

/* Binds "disk", takes its Hello and geometry, allocates the block.
   Prints the reason and returns false on failure. When the driver ends
   later (its channel closes), each request binds "disk" again and is sent
   again (disk_dev.c). */
bool disk_dev_open(ext2_dev_t *dev);

#endif
