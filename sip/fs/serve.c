/*
 * serve.c — the Fs and File protocols (fs.contract) over the ext2
 * library: one client at a time, its Fs channel and the File channels of
 * the files it opened, waited on together.
 */
#include "serve.h"

#define MAX_OPEN 15u                 /* + the Fs channel: chan_rt_wait_any's 16 */
#define IO_MAX 65536u

typedef struct {
    bool live;
    bool writable;
    uint32_t ino;
    File_exp_t ep;
} open_file_t;

static struct {
    ext2_fs_t *fs;
    open_file_t *files[MAX_OPEN];    /* made on the first client */
    chan_handle_t eps[MAX_OPEN + 1];
    uint32_t slot_of[MAX_OPEN + 1];
    size_t ready;
    ext2_inode_t *listing;           /* the directory being listed */
    uint64_t cursor;                 /* where its next entry starts */
    buf_t *io;                       /* IO_MAX bytes: file data on its way out */
} srv;

Fs_Error_t serve_fs_error(ext2_err_t e)
{
    switch (e) {
    case EXT2_E_NOT_FOUND: return Fs_Error_NotFound;
    case EXT2_E_EXISTS: return Fs_Error_Exists;
    case EXT2_E_NOT_DIR: return Fs_Error_NotDirectory;
    case EXT2_E_IS_DIR: return Fs_Error_IsDirectory;
    case EXT2_E_NOT_EMPTY: return Fs_Error_NotEmpty;
    case EXT2_E_NO_SPACE: case EXT2_E_NO_INODES: return Fs_Error_NoSpace;
    case EXT2_E_READ_ONLY: return Fs_Error_ReadOnly;
    case EXT2_E_PATH_EMPTY: return Fs_Error_EmptyPath;
    case EXT2_E_PATH_RELATIVE: return Fs_Error_Relative;
    case EXT2_E_PATH_PAST_ROOT: return Fs_Error_PastRoot;
    case EXT2_E_PATH_TOO_LONG: return Fs_Error_PathTooLong;
    case EXT2_E_NAME_TOO_LONG: return Fs_Error_NameTooLong;
    case EXT2_E_PATH_NUL: return Fs_Error_NulInPath;
    case EXT2_E_PATH_IS_ROOT: case EXT2_E_BUSY: return Fs_Error_IsRoot;
    case EXT2_E_DIR_LOOP: return Fs_Error_Loop;
    case EXT2_E_BAD_DIRENT: return Fs_Error_BadDirent;
    case EXT2_E_BAD_BLOCK_NUMBER: return Fs_Error_BadBlockNumber;
    case EXT2_E_BAD_INODE: case EXT2_E_BAD_INODE_NUMBER: return Fs_Error_BadInode;
    case EXT2_E_DIR_HOLE: return Fs_Error_DirHole;
    case EXT2_E_BITMAP: return Fs_Error_Bitmap;
    case EXT2_E_COUNTS_LIE: return Fs_Error_CountsLie;
    case EXT2_E_FILE_TOO_BIG: return Fs_Error_FileTooBig;
    case EXT2_E_INVALID: return Fs_Error_BadPath;
    default: return Fs_Error_Io;
    }
}

static File_Error_t file_error(ext2_err_t e)
{
    switch (e) {
    case EXT2_E_IO: return File_Error_Io;
    case EXT2_E_NO_SPACE: return File_Error_NoSpace;
    case EXT2_E_READ_ONLY: return File_Error_ReadOnly;
    case EXT2_E_FILE_TOO_BIG: return File_Error_FileTooBig;
    default: return File_Error_Corrupt;
    }
}

/* Logs damage and device failures by name (the reply carries the kind too). */
static ext2_err_t noted(ext2_err_t e, const char *what)
{
    switch (e) {
    case EXT2_E_IO: case EXT2_E_BAD_BLOCK_NUMBER: case EXT2_E_BAD_INODE_NUMBER:
    case EXT2_E_BAD_INODE: case EXT2_E_BAD_DIRENT: case EXT2_E_DIR_HOLE: case EXT2_E_BITMAP:
    case EXT2_E_COUNTS_LIE: case EXT2_E_BAD_GROUP: case EXT2_E_NO_MEMORY:
        print("fs: %s: %s\n", what, ext2_err_name(e));
        break;
    default:
        break;
    }
    return e;
}

/* The path in a string block: its bytes, without one trailing NUL. */
static str_t path_of(xblock_handle_t block)
{
    str_t bytes = xblock_view(block);
    size_t n = str_len(bytes);
    if (n > 0 && str_at(bytes, n - 1) == '\0')
        n--;
    return str_slice(bytes, 0, n).str;
}

static Fs_Kind_t kind_of(SIP_OUT const ext2_inode_t *inode)
{
    return ext2_is_reg(inode) ? Fs_Kind_Regular
                              : ext2_is_dir(inode) ? Fs_Kind_Directory : Fs_Kind_Other;
}

static err_t open_file(Fs_exp_t ep, Fs_Open_t m)
{
    uint32_t slot = 0;
    while (slot < MAX_OPEN && srv.files[slot]->live)
        slot++;
    if (slot == MAX_OPEN) {
        handle_close(m.path);
        return Fs_exp_send_OpenError(ep, Fs_Error_TooManyOpen);
    }
    bool writing = m.write != 0 || m.create != 0 || m.truncate != 0;
    ext2_inode_result_t r = { .err = writing && srv.fs->read_only ? EXT2_E_READ_ONLY : EXT2_OK };
    if (r.err == EXT2_OK)
        r = ext2_open(srv.fs, path_of(m.path), m.create != 0, m.truncate != 0);
    handle_close(m.path);
    chan_pair_t pair = { .err = OK };
    if (noted(r.err, "open") == EXT2_OK)
        pair = chan_create(File_CONTRACT_ID);
    if (r.err != EXT2_OK || pair.err != OK)
        return Fs_exp_send_OpenError(ep, r.err != EXT2_OK ? serve_fs_error(r.err) : Fs_Error_Io);
    *srv.files[slot] = (open_file_t){ .live = true, .writable = m.write != 0,
                                      .ino = r.inode->ino, .ep = { pair.exp } };
    return Fs_exp_send_AckOpen(ep, (File_imp_t){ pair.imp }, r.inode->size);
}

static err_t stat_path(Fs_exp_t ep, Fs_Stat_t m)
{
    ext2_inode_result_t r = ext2_stat(srv.fs, path_of(m.path));
    handle_close(m.path);
    if (noted(r.err, "stat") != EXT2_OK)
        return Fs_exp_send_StatError(ep, serve_fs_error(r.err));
    return Fs_exp_send_AckStat(ep, kind_of(r.inode), r.inode->size,
                               (uint64_t)r.inode->mtime * 1000000000u);
}

/* Sends the entry at or after *cursor, or EndList; false when done. */
static bool list_step(Fs_exp_t ep, SIP_OUT err_t *rc)
{
    ext2_dirent_t *e = &srv.fs->dirent;
    ext2_err_t er = noted(ext2_dir_next(srv.fs, srv.listing, srv.cursor, e), "list");
    if (er != EXT2_OK) {
        *rc = Fs_exp_send_ListError(ep, serve_fs_error(er));
        return false;
    }
    if (!e->found) {
        *rc = Fs_exp_send_EndList(ep);
        return false;
    }
    srv.cursor = e->next;
    buf_t *name = buf_new(EXT2_NAME_MAX);
    for (uint32_t i = 0; name != NULL && i < e->name_len; i++)
        buf_append_byte(name, e->name[i]);
    ext2_inode_result_t child = ext2_inode_read(srv.fs, e->ino);
    xblock_result_t block = xblock_from_str(buf_view(name));
    if (block.err != OK) {
        *rc = Fs_exp_send_ListError(ep, Fs_Error_Io);
        return false;
    }
    *rc = Fs_exp_send_Entry(ep, block.block,
                            child.err == EXT2_OK ? kind_of(child.inode) : Fs_Kind_Other,
                            child.err == EXT2_OK ? child.inode->size : 0);
    return *rc == OK;
}

static err_t list_dir(Fs_exp_t ep, Fs_List_t m)
{
    ext2_inode_result_t dir = ext2_stat(srv.fs, path_of(m.path));
    handle_close(m.path);
    if (dir.err == EXT2_OK && !ext2_is_dir(dir.inode))
        dir.err = EXT2_E_NOT_DIR;
    if (noted(dir.err, "list") != EXT2_OK)
        return Fs_exp_send_ListError(ep, serve_fs_error(dir.err));
    srv.listing = dir.inode;
    srv.cursor = 0;
    err_t rc = OK;
    while (list_step(ep, &rc)) {
        Fs_exp_msg_t next;
        rc = Fs_exp_recv(ep, &next);
        if (rc != OK || next.id == Fs_MSG_StopList)
            return rc;
    }
    return rc;
}

static err_t done_or_failed(Fs_exp_t ep, ext2_err_t e, const char *what)
{
    if (noted(e, what) != EXT2_OK)
        return Fs_exp_send_Failed(ep, serve_fs_error(e));
    return Fs_exp_send_Done(ep);
}

/* Whether `path` names a file the client has open: removing it (or
   renaming over it) would free an inode an open File still writes. */
static bool is_open(str_t path)
{
    ext2_inode_result_t r = ext2_stat(srv.fs, path);
    for (uint32_t i = 0; r.err == EXT2_OK && i < MAX_OPEN; i++)
        if (srv.files[i]->live && srv.files[i]->ino == r.inode->ino)
            return true;
    return false;
}

static err_t unlink_path(Fs_exp_t ep, str_t path)
{
    if (is_open(path))
        return Fs_exp_send_Failed(ep, Fs_Error_Busy);
    return done_or_failed(ep, ext2_unlink(srv.fs, path), "unlink");
}

static err_t rename_path(Fs_exp_t ep, str_t from, str_t to)
{
    if (is_open(to))
        return Fs_exp_send_Failed(ep, Fs_Error_Busy);
    return done_or_failed(ep, ext2_rename(srv.fs, from, to), "rename");
}

static ext2_err_t truncate_path(str_t path, uint64_t size)
{
    ext2_inode_result_t r = ext2_open(srv.fs, path, false, false);
    return r.err != EXT2_OK ? r.err : ext2_file_truncate(srv.fs, r.inode, size);
}

/* One request on the Fs channel; false when the client is gone. */
static bool fs_request(Fs_exp_t ep)
{
    Fs_exp_msg_t m;
    if (Fs_exp_recv(ep, &m) != OK)
        return false;
    err_t rc = OK;
    ext2_fs_t *fs = srv.fs;
    switch (m.id) {
    case Fs_MSG_Goodbye: Fs_exp_send_AckGoodbye(ep); return false;
    case Fs_MSG_Open: rc = open_file(ep, m.u.Open); break;
    case Fs_MSG_Stat: rc = stat_path(ep, m.u.Stat); break;
    case Fs_MSG_List: rc = list_dir(ep, m.u.List); break;
    case Fs_MSG_Mkdir:
        rc = done_or_failed(ep, ext2_mkdir(fs, path_of(m.u.Mkdir.path)), "mkdir");
        handle_close(m.u.Mkdir.path);
        break;
    case Fs_MSG_Unlink:
        rc = unlink_path(ep, path_of(m.u.Unlink.path));
        handle_close(m.u.Unlink.path);
        break;
    case Fs_MSG_Rmdir:
        rc = done_or_failed(ep, ext2_rmdir(fs, path_of(m.u.Rmdir.path)), "rmdir");
        handle_close(m.u.Rmdir.path);
        break;
    case Fs_MSG_Rename:
        rc = rename_path(ep, path_of(m.u.Rename.from), path_of(m.u.Rename.to));
        handle_close(m.u.Rename.from);
        handle_close(m.u.Rename.to);
        break;
    case Fs_MSG_Truncate:
        rc = done_or_failed(ep, truncate_path(path_of(m.u.Truncate.path), m.u.Truncate.size),
                            "truncate");
        handle_close(m.u.Truncate.path);
        break;
    case Fs_MSG_Sync: rc = done_or_failed(ep, ext2_sync(fs), "sync"); break;
    default: break;
    }
    return rc == OK;
}

static err_t file_read(open_file_t *f, File_Read_t m)
{
    ext2_inode_result_t n = ext2_inode_read(srv.fs, f->ino);
    if (m.length > str_len(xblock_view(m.buf)) || m.length > IO_MAX)
        return File_exp_send_ReadError(f->ep, m.buf, File_Error_BadRange);
    if (n.err == EXT2_OK)
        n.err = ext2_file_read(srv.fs, n.inode, m.offset, m.length, srv.io);
    if (noted(n.err, "read") != EXT2_OK)
        return File_exp_send_ReadError(f->ep, m.buf, file_error(n.err));
    if (buf_len(srv.io) > 0 && xblock_write(m.buf, 0, buf_view(srv.io)) != OK)
        return File_exp_send_ReadError(f->ep, m.buf, File_Error_Io);
    return File_exp_send_AckRead(f->ep, m.buf, (uint32_t)buf_len(srv.io));
}

static err_t file_write(open_file_t *f, File_Write_t m)
{
    str_result_t data = str_slice(xblock_view(m.buf), 0, m.length);
    if (!f->writable)
        return File_exp_send_WriteError(f->ep, m.buf, File_Error_ReadOnly);
    if (data.err != OK)
        return File_exp_send_WriteError(f->ep, m.buf, File_Error_BadRange);
    ext2_inode_result_t n = ext2_inode_read(srv.fs, f->ino);
    ext2_u32_result_t w = { .err = n.err, .value = 0 };
    if (n.err == EXT2_OK)
        w = ext2_file_write(srv.fs, n.inode, m.offset, data.str);
    if (noted(w.err, "write") != EXT2_OK && w.value == 0)
        return File_exp_send_WriteError(f->ep, m.buf, file_error(w.err));
    return File_exp_send_AckWrite(f->ep, m.buf, w.value);
}

static void file_close(open_file_t *f)
{
    chan_close(f->ep.h);
    f->live = false;
}

/* One request on an open file's channel. */
static void file_request(open_file_t *f)
{
    File_exp_msg_t m;
    err_t rc = File_exp_recv(f->ep, &m);
    if (rc == OK && m.id == File_MSG_Read)
        rc = file_read(f, m.u.Read);
    else if (rc == OK && m.id == File_MSG_Write)
        rc = file_write(f, m.u.Write);
    else if (rc == OK && m.id == File_MSG_Close) {
        File_exp_send_AckClose(f->ep);
        rc = ERR_CLOSED;    /* the channel's terminal state: close our end */
    }
    if (rc != OK)
        file_close(f);
}

void serve_client(ext2_fs_t *fs, Fs_exp_t ep)
{
    srv.fs = fs;
    if (srv.io == NULL)
        srv.io = buf_new(IO_MAX);
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        if (srv.files[i] == NULL)
            srv.files[i] = new(open_file_t);
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        if (srv.files[i] == NULL)
            return;
    if (srv.io == NULL || Fs_exp_send_Hello(ep, 1) != OK)
        return;
    for (;;) {
        size_t n = 1;
        srv.eps[0] = ep.h;
        for (uint32_t i = 0; i < MAX_OPEN; i++) {
            if (srv.files[i]->live) {
                srv.slot_of[n] = i;
                srv.eps[n++] = srv.files[i]->ep.h;
            }
        }
        if (chan_rt_wait_any(srv.eps, n, &srv.ready) != OK)
            break;
        if (srv.ready > 0)
            file_request(srv.files[srv.slot_of[srv.ready]]);
        else if (!fs_request(ep))
            break;
    }
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        if (srv.files[i]->live)
            file_close(srv.files[i]);
}
