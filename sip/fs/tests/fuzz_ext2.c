/*
 * fuzz_ext2.c — libFuzzer target of the ext2 library: the input is a disk
 * image (seeded with images made by mke2fs, ext2_images.py). It is
 * mounted read-write; when the mount succeeds, the whole tree is walked
 * and read (bounded), then files and directories are created, written,
 * renamed and removed, and the result synced. Whatever the image holds,
 * the library must answer with a status: mem_dev aborts on any access
 * outside the image, ASan/UBSan on any bad memory access, and libFuzzer's
 * -timeout on a hang.
 */
#include "ext2.h"
#include "insula/heap.h"
#include "internal.h"
#include "mem_dev.h"
#include "mock_abi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WALK_DEPTH 6
#define WALK_ENTRIES 64
#define READ_MAX (256u * 1024)

static ext2_fs_t fs;
static ext2_dev_t dev;
static buf_t *chunk;

static void walk(const char *path, int depth)
{
    ext2_inode_result_t dir = ext2_stat(&fs, str_from_cstr(path));
    if (dir.err != EXT2_OK || !ext2_is_dir(dir.inode) || depth == WALK_DEPTH)
        return;
    ext2_inode_t d = *dir.inode;
    uint64_t cursor = 0;
    for (int i = 0; i < WALK_ENTRIES; i++) {
        if (ext2_dir_next(&fs, &d, cursor, &fs.dirent) != EXT2_OK || !fs.dirent.found)
            return;
        cursor = fs.dirent.next;
        char child[4096];
        snprintf(child, sizeof(child), "%s/%.*s", strcmp(path, "/") ? path : "",
                 (int)fs.dirent.name_len, (const char *)fs.dirent.name);
        ext2_inode_result_t n = ext2_stat(&fs, str_from_cstr(child));
        if (n.err != EXT2_OK)
            continue;
        if (ext2_is_dir(n.inode)) {
            walk(child, depth + 1);
            continue;
        }
        ext2_inode_t f = *n.inode;
        for (uint64_t off = 0; off < f.size && off < READ_MAX; off += 65536)
            if (ext2_file_read(&fs, &f, off, 65536, chunk) != EXT2_OK)
                break;
    }
}

static void change(void)
{
    static char data[20000];
    str_t bytes = { .bytes = data, .len = sizeof(data) };
    ext2_mkdir(&fs, str_from_cstr("/fz"));
    ext2_inode_result_t f = ext2_open(&fs, str_from_cstr("/fz/f"), true, true);
    if (f.err == EXT2_OK) {
        ext2_file_write(&fs, f.inode, 0, bytes);
        ext2_file_write(&fs, f.inode, 300000, bytes);
        ext2_file_truncate(&fs, f.inode, 7000);
    }
    ext2_rename(&fs, str_from_cstr("/fz/f"), str_from_cstr("/g"));
    ext2_mkdir(&fs, str_from_cstr("/fz/sub"));
    ext2_rename(&fs, str_from_cstr("/fz"), str_from_cstr("/fz/sub/x"));
    ext2_unlink(&fs, str_from_cstr("/g"));
    ext2_rmdir(&fs, str_from_cstr("/fz/sub"));
    ext2_rmdir(&fs, str_from_cstr("/fz"));
    ext2_unlink(&fs, str_from_cstr("/hello.txt"));
    ext2_rmdir(&fs, str_from_cstr("/empty"));
    ext2_sync(&fs);
}

int LLVMFuzzerTestOneInput(const uint8_t *input, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *input, size_t size)
{
    static bool ready;
    if (!ready) {
        mock_reset();
        mock_quota_pages = 1u << 18;
        if (__insula_abi_bind(&mock_abi) != OK)
            abort();
        __insula_heap_reset();
        chunk = buf_new(65536);
        ready = true;
    }
    free(dev.bytes);
    dev = (ext2_dev_t){ .bytes = malloc(size ? size : 1), .size = size };
    if (size)
        memcpy(dev.bytes, input, size);
    if (ext2_mount(&fs, &dev, false) != EXT2_OK)
        return 0;
    walk("/", 0);
    change();
    if (ext2_mount(&fs, &dev, false) == EXT2_OK)
        walk("/", 0);
    return 0;
}
