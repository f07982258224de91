/*
 * init — the first SIP. Reads the boot configuration, starts every SIP it
 * names with the priority, memory quota and capabilities given there,
 * watches them, reports each exit, restarts those marked `on-failure`
 * (at most INIT_MAX_RESTARTS times), and exits when none is left.
 * A bad entry in the configuration is reported (file:line:col) and skipped.
 */
#include <insula/stdlib.h>

#include "bootconf.h"

SIP_MANIFEST("init", .stack_bytes = 32 * 1024, .heap_bytes = 512 * 1024,
             .caps = SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG);

_Static_assert(BOOTCONF_CAP_SPAWN == SIP_CAP_SPAWN, "capability bits agree");
_Static_assert(BOOTCONF_CAP_BOOT_CONFIG == SIP_CAP_BOOT_CONFIG, "capability bits agree");

#define CONFIG_MAX_BYTES (64 * 1024)
#define DEFAULT_QUOTA (1ull << 20)
#define INIT_MAX_RESTARTS 3
#define POLL_MS 20

typedef struct {
    handle_t handle;
    bool running;
    unsigned restarts;
} child_t;

static bootconf_t config;
static child_t children[BOOTCONF_MAX_SIPS];
static char diag_line[BOOTCONF_MESSAGE_MAX + 64];

static void report_diag(void *context, const bootconf_diag_t *diag)
{
    (void)context;
    bootconf_format_diag(diag_line, sizeof(diag_line), "boot.conf", diag);
    print("init: %s\n", diag_line);
}

static void child_start(size_t i)
{
    const bootconf_sip_t *s = &config.sips[i];
    uint64_t quota = s->quota != 0 ? s->quota : DEFAULT_QUOTA;
    handle_result_t r = sip_spawn(s->image, s->args, s->priority, quota, s->caps);
    children[i].running = r.err == OK;
    children[i].handle = r.handle;
    if (r.err != OK)
        print("init: cannot start %s (%s): %s\n", s->name, s->image, err_name(r.err));
}

static bool should_restart(size_t i, const sip_status_t *st)
{
    bool failed = st->killed || st->exit_code != 0;
    return failed && config.sips[i].restart == BOOTCONF_RESTART_ON_FAILURE &&
           children[i].restarts < INIT_MAX_RESTARTS;
}

/* Checks one child without blocking; reports and maybe restarts it. */
static void child_poll(size_t i)
{
    sip_status_t st = sip_wait(children[i].handle, 0);
    if (st.err == ERR_TIMEOUT)
        return;
    const char *name = config.sips[i].name;
    if (st.err != OK)
        print("init: lost track of %s: %s\n", name, err_name(st.err));
    else if (st.killed)
        print("init: %s was killed: %s\n", name, st.reason);
    else
        print("init: %s exited with code %d\n", name, st.exit_code);
    handle_close(children[i].handle);
    children[i].running = false;
    if (st.err == OK && should_restart(i, &st)) {
        children[i].restarts++;
        print("init: restarting %s (%u of %d)\n", name, children[i].restarts, INIT_MAX_RESTARTS);
        child_start(i);
    }
}

static size_t running_count(void)
{
    size_t n = 0;
    for (size_t i = 0; i < config.sip_count; i++)
        n += children[i].running;
    return n;
}

int main(const char *args)
{
    (void)args;
    err_t err;
    buf_t *text = boot_config_load(CONFIG_MAX_BYTES, &err);
    if (text == NULL) {
        print("init: cannot read the boot configuration: %s\n", err_name(err));
        return 1;
    }
    str_t view = buf_view(text);
    bootconf_parse(view.bytes, view.len, &config, report_diag, NULL);
    print("init: boot.conf names %zu SIP(s); %zu error(s) skipped\n", config.sip_count,
          config.errors);
    for (size_t i = 0; i < config.sip_count; i++)
        child_start(i);
    while (running_count() > 0) {
        sleep_ms(POLL_MS);
        for (size_t i = 0; i < config.sip_count; i++)
            if (children[i].running)
                child_poll(i);
    }
    print("init: every SIP has ended\n");
    return 0;
}
