/* faults.c — see faults.h. */
#include "faults.h"

#include "lib/restarts.h"

static struct {
    Fs_imp_t fs;
    uint32_t rebinds;
    uint64_t lost_at;          /* when the closed channel was found; 0: served since */
    str_t victim;              /* restarts=NAME:K: NAME ("" when not planned) */
    uint32_t planned;          /* K */
    restart_watch_t watch;
} conn;

static chan_status_result_t closed;    /* why the channel closed (static: its reason is read) */

bool faults_connect(void)
{
    conn.fs = fs_connect("webfiles");
    return conn.fs.h != 0;
}

Fs_imp_t faults_fs(void)
{
    return conn.fs;
}

void faults_disconnect(void)
{
    fs_disconnect(conn.fs);
}

bool faults_rebound(str_t path, Fs_Error_t error)
{
    closed = chan_status(conn.fs.h);
    if (closed.err != OK || closed.status.closed == 0 || conn.rebinds == FAULTS_MAX_REBINDS)
        return false;
    str_t why = str_from_array(closed.status.reason);
    print("webfiles: %.*s: %s: the file system's channel closed (%.*s); binding 'fs' again "
          "to retry it\n", (int)path.len, path.bytes, fs_error_name(error), (int)why.len,
          why.bytes);
    chan_close(conn.fs.h);
    conn.rebinds++;
    conn.lost_at = time_ns();
    conn.fs = fs_connect("webfiles");
    if (conn.fs.h == 0)
        return false;
    print("webfiles: bound 'fs' again after %llu ms\n",
          (unsigned long long)((time_ns() - conn.lost_at) / 1000000u));
    if (faults_planned())
        restart_watch_poll(&conn.watch);
    return true;
}

void faults_served(str_t path)
{
    if (conn.lost_at == 0)
        return;
    print("webfiles: %.*s served again %llu ms after the file system's channel closed\n",
          (int)path.len, path.bytes, (unsigned long long)((time_ns() - conn.lost_at) / 1000000u));
    conn.lost_at = 0;
}

bool faults_parse(str_t word)
{
    restart_plan_t plan = restart_plan_parse(word);
    conn.victim = plan.name;
    conn.planned = plan.restarts;
    return plan.ok;
}

bool faults_planned(void)
{
    return conn.planned > 0;
}

bool faults_watch_begin(void)
{
    restart_watch_begin(&conn.watch, conn.victim, STR("webfiles"));
    if (conn.watch.err != OK)
        print("webfiles: cannot watch %.*s's restarts: sip_list: %s\n", (int)conn.victim.len,
              conn.victim.bytes, err_name(conn.watch.err));
    return conn.watch.err == OK;
}

bool faults_all_seen(void)
{
    return restart_watch_poll(&conn.watch) >= conn.planned;
}

bool faults_report(uint32_t requests, uint32_t after)
{
    str_t v = conn.victim;
    print("webfiles: faults: %u requests, %u of them after %.*s's restart %u of %u; the file "
          "system's channel closed under %u of them\n", requests, after, (int)v.len, v.bytes,
          conn.watch.restarts, conn.planned, conn.rebinds);
    return conn.watch.restarts >= conn.planned;
}
