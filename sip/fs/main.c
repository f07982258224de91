/*
 * fs — the ext2 file-system SIP: binds "disk" (the Disk contract: the RAM
 * disk or a driver), mounts the ext2 file system on it (sip/fs/ext2.h)
 * and publishes it as "fs" (the Fs contract). args: "[ro]" mounts
 * read-only. A file system the library refuses is reported by name and
 * not served. Up to four clients are served at once (serve.c); whenever
 * one leaves, every change is synced.
 */
#include <insula/stdlib.h>

#include "disk_dev.h"
#include "ext2.h"
#include "naming.h"
#include "serve.h"

SIP_MANIFEST("fs", .stack_bytes = 32 * 1024, .heap_bytes = 6u * 1024 * 1024,
             .imports = { "NameService", "Disk", "ServiceProvider" },
             .exports = { "Fs", "File", "ServiceProvider" });

static ext2_fs_t fs;
static ext2_dev_t dev;
static bool mount(bool read_only)
{
    ext2_err_t rc = ext2_mount(&fs, &dev, read_only || dev.read_only);
    if (rc != EXT2_OK) {
        print("fs: cannot mount the disk: %s\n", ext2_err_name(rc));
        return false;
    }
    print("fs: mounted ext2 rev %u, %u blocks of %u bytes, %u inodes%s\n", fs.sb.rev_level,
          fs.sb.blocks_count, fs.sb.block_size, fs.sb.inodes_count,
          fs.read_only ? " (read-only)" : "");
    if (fs.unclean_at_mount)
        print("fs: the file system was not cleanly unmounted (a crash?): served as it is, "
              "and left marked not clean for e2fsck\n");
    return true;
}

int main(const char *args)
{
    bool read_only = str_equal(str_trim(str_from_cstr(args)), STR("ro"));
    if (!disk_dev_open(&dev))
        return 1;
    if (!mount(read_only))
        return 2;
    handle_t provider = naming_publish("fs", "fs", Fs_CONTRACT_ID);
    if (provider == 0)
        return 3;
    if (!serve(&fs, provider)) {
        print("fs: no memory to serve\n");
        return 4;
    }
    return ext2_sync(&fs) == EXT2_OK ? 0 : 4;
}
