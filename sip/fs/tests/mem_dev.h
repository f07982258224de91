/*
 * mem_dev.h — the ext2 library's block device for host tests and the
 * fuzzer: an image in memory. Every access is checked against its size
 * (an access outside it aborts the test: the library must never ask).
 */
#ifndef INSULA_FS_TEST_MEM_DEV_H
#define INSULA_FS_TEST_MEM_DEV_H

#include "ext2_dev.h"

#include <stddef.h>

struct ext2_dev {
    uint8_t *bytes;
    uint64_t size;
    uint64_t reads, writes, flushes;
    uint64_t fail_after_writes;    /* 0: never; else writes fail from this count on */
};

#endif
