/*
 * fs_client.h — the client side of fs.contract for the files tool:
 * synchronous calls, each answered before it returns. Errors are the
 * contract's Fs_Error values (0: none); a broken channel is Fs_Error_Io.
 */
#ifndef INSULA_FILES_FS_CLIENT_H
#define INSULA_FILES_FS_CLIENT_H

#include <insula/stdlib.h>

#include <insula/naming.h>

#include "fs.h"
#include "nameservice.h"

/* Binds "fs" and takes its Hello: the channel, or {0} (reason printed). */
Fs_imp_t fs_connect(const char *who);
void fs_disconnect(Fs_imp_t fs);

typedef struct {
    Fs_Error_t error;
    File_imp_t ep;
    uint64_t size;
    xblock_handle_t block;     /* the exchange block file data travels in */
} fs_file_t;

/* A new open file on the heap; its error says whether the open worked. */
fs_file_t *fs_open(Fs_imp_t fs, str_t path, bool write, bool create, bool truncate);
/* Reads up to len (at most 64 KiB) bytes at offset into `into` (cleared first). */
Fs_Error_t fs_read(fs_file_t *f, uint64_t offset, uint32_t len, buf_t *into);
Fs_Error_t fs_write(fs_file_t *f, uint64_t offset, const buf_t *data);
void fs_close(fs_file_t *f);

typedef struct {
    Fs_Error_t error;
    Fs_Kind_t kind;
    uint64_t size;
} fs_stat_t;

fs_stat_t fs_stat(Fs_imp_t fs, str_t path);

typedef struct {
    Fs_Error_t error;
    bool found;                /* false: the end of the listing */
    Fs_Kind_t kind;
    uint64_t size;
    buf_t *name;
} fs_entry_t;

Fs_Error_t fs_list_begin(Fs_imp_t fs, str_t path);
fs_entry_t fs_list_next(Fs_imp_t fs);

/* Mkdir, Unlink, Rmdir, Rename (to), Truncate (size), Sync (path unused). */
Fs_Error_t fs_name_op(Fs_imp_t fs, uint16_t msg, str_t path, str_t to, uint64_t size);

/* "not-found", "bad-dirent", ... (the same names the fs SIP logs). */
const char *fs_error_name(Fs_Error_t error);

#endif
