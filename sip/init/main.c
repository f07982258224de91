/*
 * init — the first SIP. Reads the boot configuration, starts every SIP it
 * names with the priority, memory quota and capabilities given there,
 * watches them, reports each exit, restarts those marked `on-failure`
 * (at most INIT_MAX_RESTARTS times), and exits when none is left.
 * A bad entry in the configuration is reported (file:line:col) and skipped.
 *
 * If the configuration names a SIP `nameservice`, it starts first, with an
 * NsAdmin channel to init; init passes it every `allow` rule, and every
 * other SIP gets a NameService channel (its initial endpoint 0) that init
 * registers with the name service under the SIP's name. When every other
 * SIP has ended, init closes the admin channel and the name service ends.
 */
#include <insula/stdlib.h>

#include "bootconf.h"
#include "nameservice.h"

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
static NsAdmin_imp_t admin;             /* 0 without a name service */
static size_t ns_index = BOOTCONF_MAX_SIPS;

static const char *config_name = "boot.conf";

static void report_diag(void *context, const bootconf_diag_t *diag)
{
    (void)context;
    bootconf_format_diag(diag_line, sizeof(diag_line), config_name, diag);
    print("init: %s\n", diag_line);
}

static bool is_name(const char *a, const char *b)
{
    return str_equal(str_from_cstr(a), str_from_cstr(b));
}

/* Registers a new SIP with the name service; its end of the channel, or 0. */
static handle_t ns_register(const char *sip)
{
    chan_pair_t pair = chan_create(NameService_CONTRACT_ID);
    xblock_result_t name = xblock_from_str(str_from_cstr(sip));
    if (pair.err != OK || name.err != OK ||
        NsAdmin_imp_send_Register(admin, name.block, (NameService_exp_t){ pair.exp }) != OK ||
        NsAdmin_imp_recv_AckRegister(admin) != OK) {
        print("init: cannot register %s with the name service\n", sip);
        return 0;
    }
    return pair.imp;
}

static void child_start(size_t i)
{
    const bootconf_sip_t *s = &config.sips[i];
    uint64_t quota = s->quota != 0 ? s->quota : DEFAULT_QUOTA;
    handle_t ns = admin.h != 0 && i != ns_index ? ns_register(s->name) : 0;
    handle_result_t r = sip_spawn_with(s->image, s->args, s->priority, quota, s->caps, &ns,
                                       ns != 0 ? 1 : 0);
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

/* Sends the configuration's `allow` rules to the name service. */
static void ns_send_rules(void)
{
    for (size_t i = 0; i < config.rule_count; i++) {
        const bootconf_rule_t *rule = &config.rules[i];
        xblock_result_t sip = xblock_from_str(str_from_cstr(rule->sip));
        xblock_result_t service = xblock_from_str(str_from_cstr(rule->service));
        NsAdmin_Action_t action = rule->action == BOOTCONF_PUBLISH ? NsAdmin_Action_Publish
                                                                   : NsAdmin_Action_Bind;
        if (sip.err != OK || service.err != OK ||
            NsAdmin_imp_send_Allow(admin, sip.block, action, service.block) != OK ||
            NsAdmin_imp_recv_AckAllow(admin) != OK)
            print("init: cannot pass rule %zu to the name service\n", i);
    }
}

/* Starts the name service first, if configured, with init's admin channel. */
static void ns_start(void)
{
    for (size_t i = 0; i < config.sip_count; i++) {
        if (!is_name(config.sips[i].name, "nameservice"))
            continue;
        chan_pair_t pair = chan_create(NsAdmin_CONTRACT_ID);
        if (pair.err != OK)
            return;
        const bootconf_sip_t *s = &config.sips[i];
        handle_result_t r = sip_spawn_with(s->image, s->args, s->priority,
                                           s->quota != 0 ? s->quota : DEFAULT_QUOTA, s->caps,
                                           &pair.exp, 1);
        children[i] = (child_t){ .handle = r.handle, .running = r.err == OK };
        ns_index = i;
        if (r.err != OK) {
            print("init: cannot start the name service: %s\n", err_name(r.err));
            return;
        }
        admin.h = pair.imp;
        ns_send_rules();
        return;
    }
}

/* Once only the name service is left, closing its admin channel ends it. */
static void ns_stop_when_alone(void)
{
    if (admin.h != 0 && running_count() == (size_t)children[ns_index].running) {
        chan_close(admin.h);
        admin.h = 0;
    }
}

/* args: the configuration module's name (the kernel passes it), for reports. */
int main(const char *args)
{
    if (args[0] != '\0')
        config_name = args;
    err_t err;
    buf_t *text = boot_config_load(CONFIG_MAX_BYTES, &err);
    if (text == NULL) {
        print("init: cannot read the boot configuration: %s\n", err_name(err));
        return 1;
    }
    str_t view = buf_view(text);
    bootconf_parse(view.bytes, view.len, &config, report_diag, NULL);
    print("init: %s names %zu SIP(s); %zu error(s) skipped\n", config_name, config.sip_count,
          config.errors);
    ns_start();
    for (size_t i = 0; i < config.sip_count; i++)
        if (i != ns_index)
            child_start(i);
    while (running_count() > 0) {
        ns_stop_when_alone();
        sleep_ms(POLL_MS);
        for (size_t i = 0; i < config.sip_count; i++)
            if (children[i].running)
                child_poll(i);
    }
    print("init: every SIP has ended\n");
    return 0;
}
