/*
 * attack-spawn — tries to gain rights it was not given. Capabilities come
 * only from the spawner, as a subset of its own; the kernel checks every
 * request against the caller's capabilities and the image's manifest and
 * refuses with ABI_ERR_DENIED, starting nothing. A refusal is not a kill:
 * the attack exits with the status it got.
 *
 * Modes (args), the capabilities the runner grants, and the exit code:
 *   no-cap       (none) starts a SIP at all            -> ERR_DENIED (-6)
 *   escalate     (spawn) starts a child with spawn and boot-config, more
 *                than it holds itself                  -> ERR_DENIED (-6)
 *   manifest     (spawn) starts init.sip, whose manifest asks for
 *                boot-config, granting only spawn      -> ERR_DENIED (-6)
 *   boot-config  (none) reads the boot configuration   -> ERR_DENIED (-6)
 * A child that did start is waited for and the attack exits with 10.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-spawn", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define CHILD_QUOTA (1u << 20)

static err_t config_err;

static int spawned(handle_result_t r)
{
    if (r.err != OK)
        return r.err;
    sip_wait(r.handle, SIP_WAIT_FOREVER);
    return 10;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("no-cap")))
        return spawned(sip_spawn("exit.sip", NULL, 3, CHILD_QUOTA, 0));
    if (str_equal(mode, STR("escalate")))
        return spawned(sip_spawn("exit.sip", NULL, 3, CHILD_QUOTA,
                                 SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG));
    if (str_equal(mode, STR("manifest")))
        return spawned(sip_spawn("init.sip", NULL, 3, CHILD_QUOTA, SIP_CAP_SPAWN));
    if (str_equal(mode, STR("boot-config"))) {
        buf_t *text = boot_config_load(4096, &config_err);
        if (text != NULL)
            print("attack-spawn: read %zu bytes of the boot configuration\n", buf_len(text));
        return text != NULL ? 10 : config_err;
    }
    print("attack-spawn: unknown mode '%s'\n", args);
    return 1;
}
