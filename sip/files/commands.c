/* commands.c — the files tool's commands (see main.c for the list), over
   the Fs channel files_use gave. */
#include "commands.h"

#include "lib/sha256.h"

#define CHUNK 65536u

static Fs_imp_t fs;
static sha256_t hash;

void files_use(Fs_imp_t channel)
{
    fs = channel;
}

Fs_imp_t files_fs(void)
{
    return fs;
}

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
bool files_run(str_t words)
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
