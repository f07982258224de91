/* serve.h — the Fs and File protocols over a mounted ext2 file system. */
#ifndef INSULA_FS_SERVE_H
#define INSULA_FS_SERVE_H

#include <insula/stdlib.h>

#include "ext2.h"
#include "fs.h"

/* Serves the clients the name service sends through `provider` (the
   exporting end of the published name), up to four at once, until the
   provider channel and every client are gone (with `exit_when_idle`:
   until the last client has left); syncs whenever a client leaves. False
   if it could not start (no memory). */
bool serve(ext2_fs_t *fs, handle_t provider, bool exit_when_idle);

/* The contract's name for a library error. */
Fs_Error_t serve_fs_error(ext2_err_t e);

#endif
