/*
 * files — a tool SIP over the file system (the Fs contract, service "fs").
 * args: one or more commands separated by ';':
 *
 *   ls PATH              entries of a directory: "d NAME" / "f NAME SIZE"
 *   cat PATH             the file's bytes
 *   sha256 PATH...       "HEX  PATH" per file (as sha256sum prints)
 *   write PATH SIZE SEED creates or truncates PATH and writes SIZE bytes of
 *                        the generator below (seed SEED)
 *   mkdir PATH | rm PATH (a file or an empty directory) | stat PATH
 *   mv FROM TO | truncate PATH SIZE | sync
 *
 * Every failure prints the file system's named error ("files: rm /x:
 * not-found") and makes the exit code 1; the other commands still run.
 * When the file system ends under a command (its channel closes: a crash,
 * or a kill, and init restarts it), the tool binds "fs" again and runs
 * that command again from its start, up to MAX_REBINDS times in all,
 * after the commands since the last `sync` that succeeded: the restarted
 * file system has lost what was not synced, so they run again too (their
 * results already counted). The commands a workload repeats this way are
 * those whose second run does what the first did (write, sha256, cat, ls,
 * stat, sync).
 * The generator (shared with the host tests, sip/fs/tests/ext2_images.py):
 * state = state * 1103515245 + 12345 (mod 2^32), byte = state >> 24.
 */
#include <insula/stdlib.h>

#include "commands.h"

SIP_MANIFEST("files", .stack_bytes = 32 * 1024, .heap_bytes = 1024 * 1024,
             .imports = { "NameService", "Fs", "File" });

int main(const char *args)
{
    files_use(fs_connect("files"));
    if (files_fs().h == 0)
        return 2;
    bool all_ok = files_workload(str_from_cstr(args));
    if (files_rebinds() > 0)
        print("files: done; the file system restarted under us %u time(s)\n", files_rebinds());
    fs_disconnect(files_fs());
    return all_ok ? 0 : 1;
}
