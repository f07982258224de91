/*
 * fs — the ext2 file-system SIP: binds "disk" (the Disk contract: the RAM
 * disk or a driver), mounts the ext2 file system on it (sip/fs/ext2.h)
 * and publishes it as "fs" (the Fs contract). args: "[ro] [exit-when-idle]":
 * ro mounts read-only; exit-when-idle ends the SIP once its last client
 * has left (after a sync, saying Goodbye to the disk, so a driver or RAM
 * disk started with the same option ends too: a benchmark boot ends). A file system the library refuses is reported by name and
 * not served. Up to four clients are served at once (serve.c); whenever
 * one leaves, every change is synced.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "disk_dev.h"
#include "ext2.h"
#include "nameservice.h"
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
    bool read_only = false, exit_when_idle = false;
    for (str_token_t t = str_next_token(str_from_cstr(args), STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        read_only = read_only || str_equal(t.token, STR("ro"));
        exit_when_idle = exit_when_idle || str_equal(t.token, STR("exit-when-idle"));
    }
    if (!disk_dev_open(&dev))
        return 1;
    if (!mount(read_only))
        return 2;
    service_result_t provider = service_publish("fs", Fs_CONTRACT_ID);
    if (provider.err != OK)
        return 3;
    if (!serve(&fs, provider.h, exit_when_idle)) {
        print("fs: no memory to serve\n");
        return 4;
    }
    if (ext2_sync(&fs) != EXT2_OK)
        return 4;
    if (exit_when_idle)
        (void)service_goodbye(dev.ep.h);
    return 0;
}
