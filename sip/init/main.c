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
 * When SIPs wait for messages that can never come, init says so and names
 * what each waits on (deadlock.c). A SIP with `kill-after` (fault
 * injection) is killed through the kernel's kill entry that long after each
 * of its starts (kill_due).
 */
#include <insula/stdlib.h>

#include "bootconf.h"
#include "deadlock.h"
#include "nameservice.h"

/* init holds every capability, so that it can grant each SIP what the
   configuration says (a SIP can grant only what it has); it uses spawn,
   boot-config and inspect itself (the deadlock report), and holds the
   broker right to create the name service's channels. */
SIP_MANIFEST("init", .stack_bytes = 32 * 1024, .heap_bytes = 512 * 1024, .caps = SIP_CAP_ALL);

_Static_assert(BOOTCONF_CAP_SPAWN == SIP_CAP_SPAWN, "capability bits agree");
_Static_assert(BOOTCONF_CAP_BOOT_CONFIG == SIP_CAP_BOOT_CONFIG, "capability bits agree");
_Static_assert(BOOTCONF_CAP_CONSOLE_INPUT == SIP_CAP_CONSOLE_INPUT, "capability bits agree");
_Static_assert(BOOTCONF_CAP_INSPECT == SIP_CAP_INSPECT, "capability bits agree");
_Static_assert(BOOTCONF_CAP_POWER == SIP_CAP_POWER, "capability bits agree");
_Static_assert(BOOTCONF_CAP_MODULE_READ == SIP_CAP_MODULE_READ, "capability bits agree");
_Static_assert(BOOTCONF_CAP_DMA == SIP_CAP_DMA, "capability bits agree");

#define CONFIG_MAX_BYTES (64 * 1024)
#define DEFAULT_QUOTA (1ull << 20)
#define INIT_MAX_RESTARTS 3
#define POLL_MS 20

typedef struct {
    handle_t handle;
    uint32_t id;        /* the kernel's id (ps, reports), 0 if unknown */
    bool running;
    bool kill_sent;     /* this instance was killed by kill_due */
    unsigned restarts;
    uint64_t started_ns;
} child_t;

static bootconf_t config;
static child_t children[BOOTCONF_MAX_SIPS];
static bootconf_line_t diag_line;
static NsAdmin_imp_t admin;             /* 0 without a name service */
static size_t ns_index = BOOTCONF_MAX_SIPS;
static handle_t spawn_endpoints[1];     /* what a new SIP gets */

static str_t config_name;

static void print_str(str_t s)
{
    print("%.*s", (int)s.len, s.bytes);
}

/* The name the configuration gives SIP i (bootconf keeps it in an array). */
static str_t sip_name(size_t i)
{
    return str_from_array(config.sips[i].name);
}

static void report_diag(const bootconf_diag_t *diag)
{
    bootconf_format_diag(&diag_line, sizeof diag_line.text, config_name, diag);
    print("init: ");
    for (size_t i = 0; i < sizeof diag_line.text && diag_line.text[i] != '\0'; i++)
        print("%c", diag_line.text[i]);
    print("\n");
}

/* Why a SIP was killed, as sip_wait reported it. */
static void print_reason(SIP_OUT const sip_status_t *st)
{
    for (size_t i = 0; i < sizeof st->reason && st->reason[i] != '\0'; i++)
        print("%c", st->reason[i]);
}

/* Registers a new SIP with the name service; its end of the channel, or 0. */
static handle_t ns_register(str_t sip)
{
    chan_pair_t pair = chan_create(NameService_CONTRACT_ID);
    xblock_result_t name = xblock_from_str(sip);
    if (pair.err != OK || name.err != OK ||
        NsAdmin_imp_send_Register(admin, name.block, (NameService_exp_t){ pair.exp }) != OK ||
        NsAdmin_imp_recv_AckRegister(admin) != OK) {
        print("init: cannot register %.*s with the name service\n", (int)sip.len, sip.bytes);
        return 0;
    }
    return pair.imp;
}

/* Starts config.sips[i] with the `count` (0 or 1) spawn_endpoints. The name
 * service also gets the broker right: it creates and passes on channels of
 * every contract a service publishes (kernel/sip_contracts.c). */
static handle_result_t spawn(size_t i, uint32_t count)
{
    uint32_t caps = config.sips[i].caps | (i == ns_index ? SIP_CAP_BROKER : 0);
    uint64_t quota = config.sips[i].quota != 0 ? config.sips[i].quota : DEFAULT_QUOTA;
    /* Fresh NUL-terminated copies of the text bootconf keeps in arrays. */
    const char *image = str_to_cstr(str_from_array(config.sips[i].image));
    const char *args = str_to_cstr(str_from_array(config.sips[i].args));
    if (image == NULL || args == NULL)
        return (handle_result_t){ .err = ERR_NO_MEMORY, .handle = 0 };
    abi_device_grant_t devices = { .pci = { .vendor = config.sips[i].pci_vendor,
                                            .device = config.sips[i].pci_device },
                                   .irqs = config.sips[i].irqs };
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++) {
        devices.io_ranges[r].base = config.sips[i].port_base[r];
        devices.io_ranges[r].count = config.sips[i].port_count[r];
    }
    uint32_t flags = (config.sips[i].own_space ? ABI_SPAWN_OWN_SPACE : 0) |
                     (config.sips[i].ring3 ? ABI_SPAWN_RING3 : 0);
    return sip_spawn_devices_flags(image, args, config.sips[i].priority, quota, caps, &devices,
                                   flags, spawn_endpoints, count);
}

/* The id of the SIP just started: the newest in the kernel's list (only
   init and SIPs granted `spawn` start SIPs, so at boot this is ours). */
static uint32_t newest_sip_id(void)
{
    sip_list_t *list = new(sip_list_t);
    if (list == NULL || sip_list(list) != OK || list->count == 0 || list->count > SIP_LIST_MAX)
        return 0;
    return list->sips[list->count - 1].id;
}

static void child_start(size_t i)
{
    str_t name = sip_name(i);
    handle_t ns = admin.h != 0 && i != ns_index ? ns_register(name) : 0;
    spawn_endpoints[0] = ns;
    handle_result_t r = spawn(i, ns != 0 ? 1 : 0);
    children[i].running = r.err == OK;
    children[i].handle = r.handle;
    children[i].id = r.err == OK ? newest_sip_id() : 0;
    children[i].started_ns = time_ns();
    children[i].kill_sent = false;
    if (r.err != OK) {
        str_t image = str_from_array(config.sips[i].image);
        print("init: cannot start %.*s (%.*s): %s%s\n", (int)name.len, name.bytes,
              (int)image.len, image.bytes, err_name(r.err),
              r.err == ERR_DENIED ? " (its manifest asks for capabilities its 'caps' line does "
                                    "not grant: see the loader's line)"
              : r.err == ERR_NOT_FOUND ? " (no boot module of that name)" : "");
    }
}

static bool should_restart(size_t i, bool failed)
{
    return failed && config.sips[i].restart == BOOTCONF_RESTART_ON_FAILURE &&
           children[i].restarts < INIT_MAX_RESTARTS;
}

/* Checks one child without blocking; reports and maybe restarts it. */
static void child_poll(size_t i)
{
    sip_status_t st = sip_wait(children[i].handle, 0);
    if (st.err == ERR_TIMEOUT)
        return;
    str_t name = sip_name(i);
    if (st.err != OK)
        print("init: lost track of %.*s: %s\n", (int)name.len, name.bytes, err_name(st.err));
    else if (st.killed) {
        print("init: %.*s was killed: ", (int)name.len, name.bytes);
        print_reason(&st);
        print("\n");
    } else
        print("init: %.*s exited with code %d\n", (int)name.len, name.bytes, st.exit_code);
    handle_close(children[i].handle);
    children[i].running = false;
    if (st.err == OK && should_restart(i, st.killed || st.exit_code != 0)) {
        children[i].restarts++;
        print("init: restarting %.*s (%u of %d)\n", (int)name.len, name.bytes,
              children[i].restarts, INIT_MAX_RESTARTS);
        child_start(i);
    }
}

/*
 * Fault injection (`kill-after = [MS, ...]`): instance k of SIP i (0 the
 * first start, then one per restart) is killed MS_k milliseconds after it
 * started, with sip_kill, as any holder of a SIP's handle may; its peers
 * see their channels closed with "killed by init[ID]". child_poll then
 * treats it as any kill (and restarts it if `restart = on-failure`).
 */
static void kill_due(size_t i)
{
    unsigned k = children[i].restarts;
    if (k >= BOOTCONF_KILLS || children[i].kill_sent || config.sips[i].kill_after_ms[k] == 0)
        return;
    uint64_t lived_ms = (time_ns() - children[i].started_ns) / 1000000u;
    if (lived_ms < config.sips[i].kill_after_ms[k])
        return;
    str_t name = sip_name(i);
    children[i].kill_sent = true;
    err_t rc = sip_kill(children[i].handle);
    print("init: killed %.*s after %llu ms (kill-after, instance %u): %s\n", (int)name.len,
          name.bytes, (unsigned long long)lived_ms, k + 1, err_name(rc));
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
        xblock_result_t sip = xblock_from_str(str_from_array(config.rules[i].sip));
        xblock_result_t service = xblock_from_str(str_from_array(config.rules[i].service));
        NsAdmin_Action_t action = config.rules[i].action == BOOTCONF_PUBLISH
                                      ? NsAdmin_Action_Publish
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
        if (!str_equal(sip_name(i), STR("nameservice")))
            continue;
        chan_pair_t pair = chan_create(NsAdmin_CONTRACT_ID);
        if (pair.err != OK)
            return;
        spawn_endpoints[0] = pair.exp;
        ns_index = i;
        handle_result_t r = spawn(i, 1);
        children[i] = (child_t){ .handle = r.handle, .running = r.err == OK,
                                 .id = r.err == OK ? newest_sip_id() : 0 };
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

str_t configured_name(uint32_t id)
{
    for (size_t c = 0; c < config.sip_count; c++)
        if (children[c].running && children[c].id == id)
            return sip_name(c);
    return str_empty();
}

/* args: the configuration module's name (the kernel passes it), for reports. */
int main(const char *args)
{
    (void)args;
    config_name = str_len(sip_args()) != 0 ? sip_args() : STR("boot.conf");
    err_t err = OK;
    buf_t *text = boot_config_load(CONFIG_MAX_BYTES, &err);
    if (text == NULL) {
        print("init: cannot read the boot configuration: %s\n", err_name(err));
        return 1;
    }
    bootconf_parse(buf_view(text), &config, report_diag);
    print("init: ");
    print_str(config_name);
    print(" names %zu SIP(s); %zu error(s) skipped\n", config.sip_count, config.errors);
    ns_start();
    for (size_t i = 0; i < config.sip_count; i++)
        if (i != ns_index)
            child_start(i);
    while (running_count() > 0) {
        ns_stop_when_alone();
        sleep_ms(POLL_MS);
        for (size_t i = 0; i < config.sip_count; i++)
            if (children[i].running) {
                kill_due(i);
                child_poll(i);
            }
        deadlock_check();
    }
    print("init: every SIP has ended\n");
    return 0;
}
