/* workload.c — the files tool's commands in order, with the file system
   bound again when it ends under one (see main.c). */
#include "commands.h"

#define MAX_REBINDS 4u

static chan_status_result_t closed;    /* why the channel closed (static: its reason is read) */
static uint32_t rebinds;

/* After a command failed: whether the file system went away (its channel
 * closed) and is bound again, so that the command should run again. */
static bool rebound(str_t command)
{
    closed = chan_status(files_fs().h);
    if (closed.err != OK || closed.status.closed == 0 || rebinds == MAX_REBINDS)
        return false;
    str_t why = str_from_array(closed.status.reason);
    print("files: the file system's channel closed (%.*s); binding 'fs' again to redo '%.*s'\n",
          (int)why.len, why.bytes, (int)command.len, command.bytes);
    chan_close(files_fs().h);
    rebinds++;
    uint64_t lost_at = time_ns();
    files_use(fs_connect("files"));
    if (files_fs().h == 0)
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
            return files_run(command);
        print("files: redo '%.*s' (not synced when the file system ended)\n",
              (int)command.len, command.bytes);
        if (!files_run(command) && rebound(command))
            return redo_since_sync(all, first, current);
    }
    return false;
}

bool files_workload(str_t all)
{
    bool all_ok = true;
    uint32_t index = 0;
    uint32_t since_sync = 0;           /* the first command after the last sync that succeeded */
    for (str_token_t t = str_next_token(all, STR(";")); t.err == OK;
         t = str_next_token(t.rest, STR(";")), index++) {
        str_t command = str_trim(t.token);
        bool ok = files_run(command);
        while (!ok && rebound(command))
            ok = redo_since_sync(all, since_sync, index);
        if (ok && str_equal(command, STR("sync")))
            since_sync = index + 1;
        all_ok = ok && all_ok;
    }
    return all_ok;
}

uint32_t files_rebinds(void)
{
    return rebinds;
}
