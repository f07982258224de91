/*
 * commands_files.c — ls, cat, sha256, stat and the files tool's other
 * commands at the prompt. Each runs the files tool (sip/files) with the
 * command as its arguments and waits for it: the tool binds the file
 * system's service "fs" itself, speaking as "shell/files", so the boot
 * configuration must allow both `shell` and `files` to bind "fs"
 * (sip/fs/storage.conf does). Without a name service, or with nothing
 * published as "fs", the command says so and starts nothing.
 */
#include "shell.h"

#include "nameservice.h"

#define FILES_QUOTA (2ull << 20)              /* files asks for a 1 MiB heap */
#define FILES_WAIT_NS (120ull * 1000000000)   /* then it is ended: a hung file system */

static const char *const verbs[] = {
    "ls", "cat", "sha256", "stat", "mkdir", "rm", "mv", "truncate", "write", "sync",
};

bool files_command(str_t name)
{
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (str_equal(name, str_from_cstr(verbs[i])))
            return true;
    return false;
}

/* Whether the name service lists "fs" (its List: one "NAME OWNER" a line);
   if not, says why on behalf of `command`. */
static bool fs_published(str_t command)
{
    NameService_imp_t ns = { sip_endpoint(0) };
    NameService_AckList_t reply;
    const char *why = "this boot has no name service";
    bool found = false;
    if (ns.h != 0 && NameService_imp_send_List(ns) == OK &&
        NameService_imp_recv_AckList(ns, &reply) == OK) {
        str_t text = buf_view(xblock_copy(reply.names));
        found = str_starts_with(text, STR("fs ")) || str_find(text, STR("\nfs ")) >= 0;
        why = "nothing is published as 'fs'";
        chan_close(reply.names);
    }
    if (!found)
        print("%.*s: no file system: %s (./insula run --disk IMAGE boots one: "
              "sip/fs/README.md)\n", (int)command.len, command.bytes, why);
    return found;
}

void cmd_files(str_t name, str_t args)
{
    if (!fs_published(name))
        return;
    buf_t *line = buf_new(LINE_MAX + 8);
    if (line == NULL || buf_format(line, "%.*s %.*s", (int)name.len, name.bytes,
                                   (int)args.len, args.bytes) != OK) {
        print("%.*s: out of memory\n", (int)name.len, name.bytes);
        return;
    }
    handle_result_t r = child_spawn(STR("files.sip"), str_trim(buf_view(line)), FILES_QUOTA);
    if (r.err != OK) {
        spawn_failed(name, STR("files"), r.err);
        return;
    }
    /* static: its reason is viewed below (SIP-PTR-RETAINED); one thread. */
    static sip_status_t st;
    st = sip_wait(r.handle, FILES_WAIT_NS);
    if (st.err == ERR_TIMEOUT) {
        sip_kill(r.handle);
        st = sip_wait(r.handle, SIP_WAIT_FOREVER);
        print("%.*s: the files tool did not finish in 120 s; ended it\n", (int)name.len,
              name.bytes);
    }
    str_t reason = str_from_array(st.reason);
    if (st.err == OK && st.killed)
        print("%.*s: the files tool was killed: %.*s\n", (int)name.len, name.bytes,
              (int)reason.len, reason.bytes);
    handle_close(r.handle);
}
