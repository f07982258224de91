/*
 * files-faults — the files tool's workload (sip/files) for fault
 * injection, with its end tied to progress rather than the clock:
 *
 *   args: "restarts=NAME:K; COMMAND; COMMAND; ..."
 *
 * runs the commands in order, like `files`, again and again until SIP NAME
 * (which init kills with `kill-after`) has been restarted K times
 * (lib/restarts.h: the kernel's SIP list, hence the `inspect` right), and
 * then once more. A fast machine cannot end the workload before the last
 * planned kill; a slow one runs fewer rounds. The commands must be ones a
 * second run repeats (write, sha256, sync, ...), as for a file system that
 * restarts under `files`. Prints
 *   files-faults: R round(s); NAME restarted K of K time(s) before the last
 * and ends with 0 when every command of every round succeeded, 1 when one
 * failed, 4 when the restarts did not all happen within MAX_ROUNDS rounds.
 */
#include <insula/stdlib.h>

#include "files/commands.h"
#include "lib/restarts.h"

SIP_MANIFEST("files-faults", .stack_bytes = 32 * 1024, .heap_bytes = 1024 * 1024,
             .caps = SIP_CAP_INSPECT,
             .imports = { "NameService", "Fs", "File" });

#define MAX_ROUNDS 200u

static restart_watch_t watch;

int main(const char *args)
{
    str_token_t first = str_next_token(str_from_cstr(args), STR(";"));
    restart_plan_t plan = restart_plan_parse(str_trim(first.token));
    uint32_t planned = plan.restarts;
    if (first.err != OK || !plan.ok) {
        print("files-faults: usage: files-faults restarts=SIP:K(1..4); COMMAND; ...\n");
        return 2;
    }
    files_use(fs_connect("files-faults"));
    restart_watch_begin(&watch, plan.name, STR("files-faults"));
    if (files_fs().h == 0 || watch.err != OK) {
        print("files-faults: cannot watch the restarts: %s\n", err_name(watch.err));
        return 2;
    }
    bool all_ok = true;
    bool seen = false;
    uint32_t rounds = 0;
    while (!seen && rounds < MAX_ROUNDS) {
        seen = restart_watch_poll(&watch) >= planned;
        all_ok = files_workload(first.rest) && all_ok;
        rounds++;
    }
    print("files-faults: %u round(s); %.*s restarted %u of %u time(s) before the last\n", rounds,
          (int)watch.name.len, watch.name.bytes, watch.restarts, planned);
    print("files: done; the file system restarted under us %u time(s)\n", files_rebinds());
    fs_disconnect(files_fs());
    return !seen ? 4 : all_ok ? 0 : 1;
}
