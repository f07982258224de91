/*
 * serve.c — the Fs and File protocols (fs.contract) over the ext2
 * library: up to MAX_CLIENTS clients at once, their Fs channels, the File
 * channels of the files they opened and the provider channel (new
 * clients from the name service) all waited on together. Every request
 * is answered at once, so no client can hold up another (a listing waits
 * for its client's NextEntry without blocking the rest); a client beyond
 * MAX_CLIENTS is refused with Busy, which the name service reports to it.
 */
#include "serve.h"

#include "nameservice.h"

#define MAX_CLIENTS 4u
#define MAX_OPEN 11u                 /* 1 + 4 + 11: chan_rt_wait_any's 16 */
#define MAX_WAIT (1u + MAX_CLIENTS + MAX_OPEN)
#define IO_MAX 65536u

typedef struct {
    bool live;
    Fs_exp_t ep;
    bool listing;                    /* waiting for NextEntry or StopList */
    ext2_inode_t *dir;               /* the directory being listed */
    uint64_t cursor;                 /* where its next entry starts */
} client_t;

typedef struct {
    bool live;
    bool writable;
    uint32_t ino;
    uint32_t owner;                  /* the client that opened it */
    File_exp_t ep;
} open_file_t;

enum { WAIT_PROVIDER, WAIT_CLIENT, WAIT_FILE };

static struct {
    ext2_fs_t *fs;
    handle_t provider;
    client_t *clients[MAX_CLIENTS];  /* made at start */
    open_file_t *files[MAX_OPEN];
    chan_handle_t eps[MAX_WAIT];
    uint32_t kind_of_wait[MAX_WAIT];
    uint32_t index_of_wait[MAX_WAIT];
    size_t ready;
    uint32_t current;                /* the client whose request is served */
    buf_t *io;                       /* IO_MAX bytes: file data on its way out or in */
    bool exit_when_idle;             /* stop serving once the last client has left */
    bool done;
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

/* The path in a string block: a copy of its bytes, without one trailing
   NUL (empty if the heap refuses the copy). */
static str_t path_of(xblock_handle_t block)
{
    str_t bytes = buf_view(xblock_copy(block));
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
                                      .ino = r.inode->ino, .owner = srv.current,
                                      .ep = { pair.exp } };
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

/* Sends the client's next entry, or EndList / ListError (ending the listing). */
static err_t list_step(client_t *c)
{
    Fs_exp_t ep = c->ep;
    ext2_dirent_t *e = &srv.fs->dirent;
    ext2_err_t er = noted(ext2_dir_next(srv.fs, c->dir, c->cursor, e), "list");
    c->listing = false;
    if (er != EXT2_OK)
        return Fs_exp_send_ListError(ep, serve_fs_error(er));
    if (!e->found)
        return Fs_exp_send_EndList(ep);
    c->cursor = e->next;
    buf_t *name = buf_new(EXT2_NAME_MAX);
    for (uint32_t i = 0; name != NULL && i < e->name_len; i++)
        buf_append_byte(name, e->name[i]);
    ext2_inode_result_t child = ext2_inode_read(srv.fs, e->ino);
    xblock_result_t block = xblock_from_str(buf_view(name));
    if (block.err != OK)
        return Fs_exp_send_ListError(ep, Fs_Error_Io);
    c->listing = true;
    return Fs_exp_send_Entry(ep, block.block,
                             child.err == EXT2_OK ? kind_of(child.inode) : Fs_Kind_Other,
                             child.err == EXT2_OK ? child.inode->size : 0);
}

static err_t list_dir(client_t *c, Fs_List_t m)
{
    Fs_exp_t ep = c->ep;
    ext2_inode_result_t dir = ext2_stat(srv.fs, path_of(m.path));
    handle_close(m.path);
    if (dir.err == EXT2_OK && !ext2_is_dir(dir.inode))
        dir.err = EXT2_E_NOT_DIR;
    if (noted(dir.err, "list") != EXT2_OK)
        return Fs_exp_send_ListError(ep, serve_fs_error(dir.err));
    c->dir = dir.inode;
    c->cursor = 0;
    return list_step(c);
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

/* One request on a client's Fs channel; false when the client is gone. */
static bool fs_request(client_t *c)
{
    Fs_exp_t ep = c->ep;
    Fs_exp_msg_t m;
    if (Fs_exp_recv(ep, &m) != OK)
        return false;
    err_t rc = OK;
    ext2_fs_t *fs = srv.fs;
    switch (m.id) {
    case Fs_MSG_Goodbye: Fs_exp_send_AckGoodbye(ep); return false;
    case Fs_MSG_Open: rc = open_file(ep, m.u.Open); break;
    case Fs_MSG_Stat: rc = stat_path(ep, m.u.Stat); break;
    case Fs_MSG_List: rc = list_dir(c, m.u.List); break;
    case Fs_MSG_NextEntry: rc = list_step(c); break;
    case Fs_MSG_StopList: c->listing = false; break;
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
    if (m.length > xblock_size(m.buf) || m.length > IO_MAX)
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
    if (!f->writable)
        return File_exp_send_WriteError(f->ep, m.buf, File_Error_ReadOnly);
    /* The data comes out of the block into srv.io (IO_MAX, the contract's bound). */
    if (buf_truncate(srv.io, 0) != OK || xblock_read(m.buf, 0, m.length, srv.io, 0) != OK)
        return File_exp_send_WriteError(f->ep, m.buf, File_Error_BadRange);
    ext2_inode_result_t n = ext2_inode_read(srv.fs, f->ino);
    ext2_u32_result_t w = { .err = n.err, .value = 0 };
    if (n.err == EXT2_OK)
        w = ext2_file_write(srv.fs, n.inode, m.offset, buf_view(srv.io));
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

/* A new client from the name service: accepted into a free slot, or refused. */
static void provider_request(void)
{
    ServiceProvider_exp_t sp = { srv.provider };
    ServiceProvider_Connect_t connect;
    if (ServiceProvider_exp_recv_Connect(sp, &connect) != OK) {
        srv.provider = 0;    /* the name service is gone: no new clients */
        return;
    }
    uint32_t slot = 0;
    while (slot < MAX_CLIENTS && srv.clients[slot]->live)
        slot++;
    if (slot == MAX_CLIENTS) {
        ServiceProvider_exp_send_NakConnect(sp, connect.client, ServiceProvider_Refusal_Busy);
        return;
    }
    Fs_exp_t ep = { connect.client.h };
    if (ServiceProvider_exp_send_AckConnect(sp) != OK || Fs_exp_send_Hello(ep, 1) != OK) {
        chan_close(ep.h);
        return;
    }
    *srv.clients[slot] = (client_t){ .live = true, .ep = ep };
}

/* A client left: its files are closed, and everything is synced. */
static void client_gone(uint32_t slot)
{
    client_t *c = srv.clients[slot];
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        if (srv.files[i]->live && srv.files[i]->owner == slot)
            file_close(srv.files[i]);
    chan_close(c->ep.h);
    c->live = false;
    ext2_err_t rc = ext2_sync(srv.fs);
    if (rc != EXT2_OK)
        print("fs: sync failed: %s\n", ext2_err_name(rc));
    else
        print("fs: client left; synced\n");
    bool anyone = false;
    for (uint32_t i = 0; i < MAX_CLIENTS; i++)
        anyone = anyone || srv.clients[i]->live;
    srv.done = srv.exit_when_idle && !anyone;
}

static void wait_add(SIP_OUT size_t *n, chan_handle_t ep, uint32_t kind, uint32_t index)
{
    srv.eps[*n] = ep;
    srv.kind_of_wait[*n] = kind;
    srv.index_of_wait[*n] = index;
    (*n)++;
}

/* Waits for the next message anywhere and serves it; false when done. */
static bool serve_one(void)
{
    size_t n = 0;
    if (srv.done)
        return false;
    if (srv.provider != 0)
        wait_add(&n, srv.provider, WAIT_PROVIDER, 0);
    for (uint32_t i = 0; i < MAX_CLIENTS; i++)
        if (srv.clients[i]->live)
            wait_add(&n, srv.clients[i]->ep.h, WAIT_CLIENT, i);
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        if (srv.files[i]->live)
            wait_add(&n, srv.files[i]->ep.h, WAIT_FILE, i);
    if (n == 0 || chan_rt_wait_any(srv.eps, n, &srv.ready) != OK)
        return false;
    uint32_t index = srv.index_of_wait[srv.ready];
    switch (srv.kind_of_wait[srv.ready]) {
    case WAIT_PROVIDER: provider_request(); break;
    case WAIT_CLIENT:
        srv.current = index;
        if (!fs_request(srv.clients[index]))
            client_gone(index);
        break;
    default: file_request(srv.files[index]); break;
    }
    return true;
}

bool serve(ext2_fs_t *fs, handle_t provider, bool exit_when_idle)
{
    srv.fs = fs;
    srv.provider = provider;
    srv.exit_when_idle = exit_when_idle;
    srv.io = buf_new(IO_MAX);
    for (uint32_t i = 0; i < MAX_CLIENTS; i++)
        srv.clients[i] = new(client_t);
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        srv.files[i] = new(open_file_t);
    bool ready = srv.io != NULL;
    for (uint32_t i = 0; i < MAX_CLIENTS; i++)
        ready = ready && srv.clients[i] != NULL;
    for (uint32_t i = 0; i < MAX_OPEN; i++)
        ready = ready && srv.files[i] != NULL;
    if (!ready)
        return false;
    while (serve_one())
        ;
    return true;
}
