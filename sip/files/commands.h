/*
 * commands.h — the files tool's parts, shared with its fault-injection
 * twin (sip/tests/files-faults): the commands (commands.c) and the
 * workload that runs them in order, binding "fs" again when the file
 * system ends under one (workload.c).
 */
#ifndef INSULA_FILES_COMMANDS_H
#define INSULA_FILES_COMMANDS_H

#include <insula/stdlib.h>

#include "fs.h"
#include "fs_client.h"

/* The channel the commands use. */
void files_use(Fs_imp_t channel);
Fs_imp_t files_fs(void);
/* Runs one command (its words); false on failure (the reason printed). */
bool files_run(str_t words);

/* Runs the commands of `all` (separated by ';') in order; when the file
   system ends under one, binds "fs" again and runs again the commands
   since the last sync that succeeded, then that one (main.c). Whether
   every command succeeded. */
bool files_workload(str_t all);
/* How many times the file system has been bound again. */
uint32_t files_rebinds(void);

#endif
