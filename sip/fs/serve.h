/* serve.h — the Fs and File protocols over a mounted ext2 file system. */
#ifndef INSULA_FS_SERVE_H
#define INSULA_FS_SERVE_H

#include <insula/stdlib.h>

#include "ext2.h"
#include "fs.h"

/* Greets the client and serves it until it says Goodbye or goes away;
   its open files are closed then. */
void serve_client(ext2_fs_t *fs, Fs_exp_t ep);

/* The contract's name for a library error. */
Fs_Error_t serve_fs_error(ext2_err_t e);

#endif
