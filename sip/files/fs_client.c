/*
 * fs_client.c — see fs_client.h. A path travels as its bytes and one NUL
 * (fs.contract). For tests of the service's refusals, which a boot
 * configuration's 255-byte args cannot spell otherwise, a path word may
 * write a NUL byte as "%00", N bytes 'n' as "%longN" and N parts "/d" as
 * "%deepN", and the word "" stands for the empty path. A path longer than
 * the contract's string<1024> is refused here, by the same name the
 * service uses (the kernel would refuse the message).
 */
#include "fs_client.h"

#define BIND_TIMEOUT_MS 60000u   /* the service may take long to start under emulation */
#define IO_BLOCK 65536u

static struct {
    bool need_next;            /* the last List reply was an Entry */
} listing;

Fs_imp_t fs_connect(const char *who)
{
    (void)who;    /* the stdlib names this SIP in what it prints */
    return (Fs_imp_t){ service_bind_patient("fs", BIND_TIMEOUT_MS).h };
}

void fs_disconnect(Fs_imp_t fs)
{
    if (Fs_imp_send_Goodbye(fs) == OK)
        Fs_imp_recv_AckGoodbye(fs);
    chan_close(fs.h);
}

#define LONG_MAX_BYTES 4096u
#define PATH_MAX_BYTES 1024u   /* fs.contract: string<1024> */

/* Appends "%longN"'s N bytes 'n' (the rest of the word is N); false if it is not one. */
static bool append_long(buf_t *b, str_t word)
{
    bool deep = str_starts_with(word, STR("%deep"));
    if (!deep && !str_starts_with(word, STR("%long")))
        return false;
    u64_result_t n = str_parse_u64(str_slice(word, 5, str_len(word) - 5).str, 10);
    for (uint64_t i = 0; n.err == OK && i < n.value && buf_len(b) + 2 < LONG_MAX_BYTES; i++) {
        if (deep)
            buf_append_byte(b, '/');
        buf_append_byte(b, deep ? 'd' : 'n');
    }
    return n.err == OK;
}

/* A path's block, or why there is none. */
typedef struct {
    xblock_handle_t block;
    Fs_Error_t error;
} path_block_t;

/* The path's bytes ("%00", "%longN", "%deepN" decoded); the empty path is
   sent as one NUL (a block has at least one byte). */
static path_block_t path_block(str_t path)
{
    path_block_t r = { .block = 0, .error = Fs_Error_Io };
    buf_t *b = buf_new(str_len(path) + LONG_MAX_BYTES + 1);
    if (b == NULL)
        return r;
    bool empty = str_equal(path, STR("\"\""));
    for (size_t i = 0; !empty && i < str_len(path); i++) {
        str_t rest = str_slice(path, i, str_len(path) - i).str;
        if (str_starts_with(rest, STR("%00"))) {
            buf_append_byte(b, 0);
            i += 2;
        } else if (append_long(b, rest)) {
            break;
        } else {
            buf_append_byte(b, (uint8_t)str_at(path, i));
        }
    }
    if (buf_len(b) == 0)
        buf_append_byte(b, 0);
    if (buf_len(b) > PATH_MAX_BYTES) {
        r.error = Fs_Error_PathTooLong;
        return r;
    }
    xblock_result_t x = xblock_from_str(buf_view(b));
    r.block = x.err == OK ? x.block : 0;
    r.error = x.err == OK ? 0 : Fs_Error_Io;
    return r;
}

fs_file_t *fs_open(Fs_imp_t fs, str_t path, bool write, bool create, bool truncate)
{
    static fs_file_t no_memory = { .error = Fs_Error_Io };
    fs_file_t *f = new(fs_file_t);
    if (f == NULL)
        return &no_memory;
    f->error = Fs_Error_Io;
    path_block_t p = path_block(path);
    Fs_imp_msg_t m;
    xblock_result_t io = xblock_new(IO_BLOCK);
    f->error = p.error != 0 ? p.error : Fs_Error_Io;
    if (p.error != 0 || io.err != OK || Fs_imp_send_Open(fs, p.block, write, create, truncate) != OK ||
        Fs_imp_recv(fs, &m) != OK)
        return f;
    if (m.id == Fs_MSG_OpenError) {
        f->error = m.u.OpenError.error;
        handle_close(io.block);
        return f;
    }
    f->error = 0;
    f->ep = m.u.AckOpen.file;
    f->size = m.u.AckOpen.size;
    f->block = io.block;
    return f;
}

static Fs_Error_t from_file_error(File_Error_t e)
{
    switch (e) {
    case File_Error_NoSpace: return Fs_Error_NoSpace;
    case File_Error_ReadOnly: return Fs_Error_ReadOnly;
    case File_Error_Corrupt: return Fs_Error_BadBlockNumber;
    case File_Error_FileTooBig: return Fs_Error_FileTooBig;
    case File_Error_BadRange: return Fs_Error_BadPath;
    default: return Fs_Error_Io;
    }
}

Fs_Error_t fs_read(fs_file_t *f, uint64_t offset, uint32_t len, buf_t *into)
{
    File_imp_msg_t m;
    buf_truncate(into, 0);
    xblock_handle_t block = f->block;
    f->block = 0;
    if (block == 0 || File_imp_send_Read(f->ep, block, offset, len) != OK ||
        File_imp_recv(f->ep, &m) != OK)
        return Fs_Error_Io;
    if (m.id == File_MSG_ReadError) {
        f->block = m.u.ReadError.buf;
        return from_file_error(m.u.ReadError.error);
    }
    f->block = m.u.AckRead.buf;
    if (xblock_read(f->block, 0, m.u.AckRead.count, into, buf_len(into)) != OK)
        return Fs_Error_Io;
    return 0;
}

/* One Write of `data`; *count: the bytes the service took. */
static Fs_Error_t write_once(fs_file_t *f, uint64_t offset, str_t data, SIP_OUT uint32_t *count)
{
    File_imp_msg_t m;
    xblock_handle_t block = f->block;
    f->block = 0;
    *count = 0;
    if (block == 0 || xblock_write(block, 0, data) != OK ||
        File_imp_send_Write(f->ep, block, offset, (uint32_t)str_len(data)) != OK ||
        File_imp_recv(f->ep, &m) != OK)
        return Fs_Error_Io;
    if (m.id == File_MSG_WriteError) {
        f->block = m.u.WriteError.buf;
        return from_file_error(m.u.WriteError.error);
    }
    f->block = m.u.AckWrite.buf;
    *count = m.u.AckWrite.count;
    return 0;
}

/* A short write is followed by a write of the rest, whose error (no-space,
   io, ...) is the one reported: the service took what it could. */
Fs_Error_t fs_write(fs_file_t *f, uint64_t offset, const buf_t *data)
{
    size_t done = 0;
    while (done < buf_len(data)) {
        uint32_t count;
        Fs_Error_t error = write_once(f, offset + done,
                                      buf_slice(data, done, buf_len(data) - done).str, &count);
        if (error != 0)
            return error;
        if (count == 0 || count > buf_len(data) - done)
            return Fs_Error_Io;    /* no progress, or more than was sent */
        done += count;
    }
    return 0;
}

void fs_close(fs_file_t *f)
{
    if (File_imp_send_Close(f->ep) == OK)
        File_imp_recv_AckClose(f->ep);
    chan_close(f->ep.h);
    if (f->block != 0)
        handle_close(f->block);
    f->block = 0;
}

fs_stat_t fs_stat(Fs_imp_t fs, str_t path)
{
    fs_stat_t s = { .error = Fs_Error_Io };
    path_block_t p = path_block(path);
    Fs_imp_msg_t m;
    s.error = p.error != 0 ? p.error : Fs_Error_Io;
    if (p.error != 0 || Fs_imp_send_Stat(fs, p.block) != OK || Fs_imp_recv(fs, &m) != OK)
        return s;
    if (m.id == Fs_MSG_StatError) {
        s.error = m.u.StatError.error;
        return s;
    }
    s.error = 0;
    s.kind = m.u.AckStat.kind;
    s.size = m.u.AckStat.size;
    return s;
}

Fs_Error_t fs_list_begin(Fs_imp_t fs, str_t path)
{
    path_block_t p = path_block(path);
    listing.need_next = false;
    if (p.error != 0)
        return p.error;
    return Fs_imp_send_List(fs, p.block) == OK ? 0 : Fs_Error_Io;
}

fs_entry_t fs_list_next(Fs_imp_t fs)
{
    fs_entry_t e = { .error = Fs_Error_Io, .found = false };
    Fs_imp_msg_t m;
    if ((listing.need_next && Fs_imp_send_NextEntry(fs) != OK) || Fs_imp_recv(fs, &m) != OK)
        return e;
    listing.need_next = m.id == Fs_MSG_Entry;
    e.error = m.id == Fs_MSG_ListError ? m.u.ListError.error : 0;
    if (m.id != Fs_MSG_Entry)
        return e;
    e.name = xblock_copy(m.u.Entry.name);
    handle_close(m.u.Entry.name);
    e.found = true;
    e.kind = m.u.Entry.kind;
    e.size = m.u.Entry.size;
    return e;
}

/* Sends the request; a path error (nothing sent) or 0. */
static Fs_Error_t send_name_op(Fs_imp_t fs, uint16_t msg, str_t path, str_t to, uint64_t size)
{
    if (msg == Fs_MSG_Sync)
        return Fs_imp_send_Sync(fs) == OK ? 0 : Fs_Error_Io;
    path_block_t p = path_block(path);
    path_block_t q = { .block = 0, .error = 0 };
    if (msg == Fs_MSG_Rename)
        q = path_block(to);
    if (p.error != 0 || q.error != 0)
        return p.error != 0 ? p.error : q.error;
    err_t rc = ERR_INVALID;
    switch (msg) {
    case Fs_MSG_Mkdir: rc = Fs_imp_send_Mkdir(fs, p.block); break;
    case Fs_MSG_Unlink: rc = Fs_imp_send_Unlink(fs, p.block); break;
    case Fs_MSG_Rmdir: rc = Fs_imp_send_Rmdir(fs, p.block); break;
    case Fs_MSG_Truncate: rc = Fs_imp_send_Truncate(fs, p.block, size); break;
    case Fs_MSG_Rename: rc = Fs_imp_send_Rename(fs, p.block, q.block); break;
    }
    return rc == OK ? 0 : Fs_Error_Io;
}

Fs_Error_t fs_name_op(Fs_imp_t fs, uint16_t msg, str_t path, str_t to, uint64_t size)
{
    Fs_imp_msg_t m;
    Fs_Error_t error = send_name_op(fs, msg, path, to, size);
    if (error != 0)
        return error;
    if (Fs_imp_recv(fs, &m) != OK)
        return Fs_Error_Io;
    return m.id == Fs_MSG_Failed ? m.u.Failed.error : 0;
}

const char *fs_error_name(Fs_Error_t error)
{
    static const char *const names[] = {
        "ok", "not-found", "exists", "not-a-directory", "is-a-directory", "denied",
        "bad-path", "too-many-open", "io", "not-empty", "no-space", "read-only",
        "path-empty", "path-relative", "path-past-root", "path-too-long", "name-too-long",
        "path-nul", "path-is-root", "directory-loop", "bad-dirent", "bad-block-number",
        "bad-inode", "directory-hole", "bitmap-disagrees", "counts-lie", "file-too-big",
        "busy",
    };
    return error < sizeof(names) / sizeof(names[0]) ? names[error] : "?";
}
