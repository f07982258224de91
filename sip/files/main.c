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

#include "fs.h"
#include "fs_client.h"
#include "lib/sha256.h"

SIP_MANIFEST("files", .stack_bytes = 32 * 1024, .heap_bytes = 1024 * 1024,
             .imports = { "NameService", "Fs", "File" });

#define CHUNK 65536u
#define MAX_REBINDS 4u

static chan_status_result_t closed;    /* why the channel closed (static: its reason is read) */
static uint32_t rebinds;

static Fs_imp_t fs;
static sha256_t hash;

static uint64_t parse_u64(str_t s, SIP_OUT bool *ok)
{
    u64_result_t r = str_parse_u64(s, 0);
    *ok = r.err == OK;
    return r.value;
}

static bool failed(const char *command, str_t path, Fs_Error_t error)
{
    print("files: %s %.*s: %s\n", command, (int)path.len, path.bytes, fs_error_name(error));
    return false;
}

static bool cmd_ls(str_t path)
{
    Fs_Error_t error = fs_list_begin(fs, path);
    if (error != 0)
        return failed("ls", path, error);
    print("files: ls %.*s\n", (int)path.len, path.bytes);
    for (;;) {
        fs_entry_t e = fs_list_next(fs);
        if (e.error != 0)
            return failed("ls", path, e.error);
        if (!e.found)
            return true;
        str_t name = buf_view(e.name);
        if (e.kind == Fs_Kind_Directory)
            print("  d %.*s\n", (int)name.len, name.bytes);
        else
            print("  f %.*s %u\n", (int)name.len, name.bytes, (uint32_t)e.size);
    }
}

/* Reads the whole file in CHUNK pieces, feeding each to the hash or the console. */
static bool read_file(const char *command, str_t path, bool to_hash)
{
    fs_file_t *f = fs_open(fs, path, false, false, false);
    if (f->error != 0)
        return failed(command, path, f->error);
    buf_t *data = buf_new(CHUNK);
    for (uint64_t offset = 0; data != NULL && offset < f->size;) {
        Fs_Error_t error = fs_read(f, offset, CHUNK, data);
        if (error != 0 || buf_len(data) == 0) {
            fs_close(f);
            return failed(command, path, error != 0 ? error : Fs_Error_Io);
        }
        if (to_hash)
            sha256_update(&hash, buf_view(data));
        else
            console_write_str(buf_view(data));
        offset += buf_len(data);
    }
    fs_close(f);
    return data != NULL;
}

static bool cmd_sha256(str_t path)
{
    sha256_init(&hash);
    if (!read_file("sha256", path, true))
        return false;
    buf_t *hex = buf_new(80);
    sha256_final_hex(&hash, hex);
    str_t h = buf_view(hex);
    print("%.*s  %.*s\n", (int)h.len, h.bytes, (int)path.len, path.bytes);
    return true;
}

static bool cmd_write(str_t path, str_t size_text, str_t seed_text)
{
    bool size_ok, seed_ok;
    uint64_t size = parse_u64(size_text, &size_ok);
    uint32_t state = (uint32_t)parse_u64(seed_text, &seed_ok);
    if (!size_ok || !seed_ok) {
        print("files: write %.*s: SIZE and SEED must be numbers\n", (int)path.len, path.bytes);
        return false;
    }
    fs_file_t *f = fs_open(fs, path, true, true, true);
    if (f->error != 0)
        return failed("write", path, f->error);
    buf_t *data = buf_new(CHUNK);
    for (uint64_t offset = 0; data != NULL && offset < size;) {
        buf_truncate(data, 0);
        while (buf_len(data) < CHUNK && offset + buf_len(data) < size) {
            state = state * 1103515245u + 12345u;
            buf_append_byte(data, (uint8_t)(state >> 24));
        }
        Fs_Error_t error = fs_write(f, offset, data);
        if (error != 0) {
            fs_close(f);
            return failed("write", path, error);
        }
        offset += buf_len(data);
    }
    fs_close(f);
    print("files: wrote %u bytes to %.*s\n", (uint32_t)size, (int)path.len, path.bytes);
    return data != NULL;
}

static bool cmd_stat(str_t path)
{
    fs_stat_t s = fs_stat(fs, path);
    if (s.error != 0)
        return failed("stat", path, s.error);
    print("files: stat %.*s: %s, %u bytes\n", (int)path.len, path.bytes,
          s.kind == Fs_Kind_Directory ? "directory" : s.kind == Fs_Kind_Regular ? "file"
                                                                                : "other",
          (uint32_t)s.size);
    return true;
}

static bool cmd_rm(str_t path)
{
    Fs_Error_t error = fs_name_op(fs, Fs_MSG_Unlink, path, str_empty(), 0);
    if (error == Fs_Error_IsDirectory)
        error = fs_name_op(fs, Fs_MSG_Rmdir, path, str_empty(), 0);
    return error == 0 ? true : failed("rm", path, error);
}

static bool simple(const char *command, uint16_t msg, str_t path, str_t to, uint64_t size)
{
    Fs_Error_t error = fs_name_op(fs, msg, path, to, size);
    return error == 0 ? true : failed(command, path, error);
}

static bool run_with_path(str_t name, str_token_t a);

/* Runs one command (its words in `words`); false on failure. */
static bool run(str_t words)
{
    str_token_t cmd = str_next_token(words, STR(" "));
    str_token_t a = str_next_token(cmd.rest, STR(" "));
    str_t name = cmd.token;
    if (cmd.err != OK)
        return true;
    if (str_equal(name, STR("sync")))
        return simple("sync", Fs_MSG_Sync, STR("/"), str_empty(), 0);
    if (a.err != OK) {
        print("files: %.*s needs a path\n", (int)name.len, name.bytes);
        return false;
    }
    return run_with_path(name, a);
}

/* A command whose first argument (a path) is `a`. */
static bool run_with_path(str_t name, str_token_t a)
{
    str_token_t b = str_next_token(a.rest, STR(" "));
    str_token_t c = str_next_token(b.rest, STR(" "));
    bool ok;
    if (str_equal(name, STR("ls")))
        return cmd_ls(a.token);
    if (str_equal(name, STR("cat")))
        return read_file("cat", a.token, false);
    if (str_equal(name, STR("sha256"))) {
        ok = true;
        for (str_token_t p = a; p.err == OK; p = str_next_token(p.rest, STR(" ")))
            ok = cmd_sha256(p.token) && ok;
        return ok;
    }
    if (str_equal(name, STR("write")))
        return cmd_write(a.token, b.token, c.token);
    if (str_equal(name, STR("mkdir")))
        return simple("mkdir", Fs_MSG_Mkdir, a.token, str_empty(), 0);
    if (str_equal(name, STR("rm")))
        return cmd_rm(a.token);
    if (str_equal(name, STR("stat")))
        return cmd_stat(a.token);
    if (str_equal(name, STR("mv")))
        return simple("mv", Fs_MSG_Rename, a.token, b.token, 0);
    if (str_equal(name, STR("truncate"))) {
        uint64_t size = parse_u64(b.token, &ok);
        return ok ? simple("truncate", Fs_MSG_Truncate, a.token, str_empty(), size)
                  : failed("truncate", a.token, Fs_Error_BadPath);
    }
    print("files: unknown command '%.*s'\n", (int)name.len, name.bytes);
    return false;
}

/* After a command failed: whether the file system went away (its channel
 * closed) and is bound again, so that the command should run again. */
static bool rebound(str_t command)
{
    closed = chan_status(fs.h);
    if (closed.err != OK || closed.status.closed == 0 || rebinds == MAX_REBINDS)
        return false;
    str_t why = str_from_array(closed.status.reason);
    print("files: the file system's channel closed (%.*s); binding 'fs' again to redo '%.*s'\n",
          (int)why.len, why.bytes, (int)command.len, command.bytes);
    chan_close(fs.h);
    rebinds++;
    uint64_t lost_at = time_ns();
    fs = fs_connect("files");
    if (fs.h == 0)
        return false;
    print("files: bound 'fs' again after %llu ms\n",
          (unsigned long long)((time_ns() - lost_at) / 1000000u));
    return true;
}

/* Runs again commands `first` .. `current` - 1 of `all` (done since the
 * last sync, lost with the file system), then `current`: its result.
 * Another loss of the file system starts over. */
static bool redo_since_sync(str_t all, uint32_t first, uint32_t current)
{
    uint32_t index = 0;
    for (str_token_t t = str_next_token(all, STR(";")); t.err == OK;
         t = str_next_token(t.rest, STR(";")), index++) {
        str_t command = str_trim(t.token);
        if (index < first)
            continue;
        if (index == current)
            return run(command);
        print("files: redo '%.*s' (not synced when the file system ended)\n",
              (int)command.len, command.bytes);
        if (!run(command) && rebound(command))
            return redo_since_sync(all, first, current);
    }
    return false;
}

int main(const char *args)
{
    fs = fs_connect("files");
    if (fs.h == 0)
        return 2;
    bool all_ok = true;
    str_t rest = str_from_cstr(args);
    uint32_t index = 0;
    uint32_t since_sync = 0;           /* the first command after the last sync that succeeded */
    for (str_token_t t = str_next_token(rest, STR(";")); t.err == OK;
         t = str_next_token(t.rest, STR(";")), index++) {
        str_t command = str_trim(t.token);
        bool ok = run(command);
        while (!ok && rebound(command))
            ok = redo_since_sync(rest, since_sync, index);
        if (ok && str_equal(command, STR("sync")))
            since_sync = index + 1;
        all_ok = ok && all_ok;
    }
    if (rebinds > 0)
        print("files: done; the file system restarted under us %u time(s)\n", rebinds);
    fs_disconnect(fs);
    return all_ok ? 0 : 1;
}
