/*
 * attack-spawn — tries to gain rights it was not given. Capabilities come
 * only from the spawner, as a subset of its own; the kernel checks every
 * request against the caller's capabilities and the image's manifest and
 * refuses with ABI_ERR_DENIED, starting nothing. A refusal is not a kill:
 * the attack exits with the status it got.
 *
 * Modes (args), the capabilities the runner grants, and the exit code:
 *   no-cap       (none) starts a SIP at all            -> ERR_DENIED (-6)
 *   boot-config  (none) reads the boot configuration   -> ERR_DENIED (-6)
 * Its manifest asks for no capability, so it never holds the spawn right:
 * the attacks that need it (escalate, manifest) are in attack-grant, whose
 * manifest asks for spawn (here they were refused for want of the right,
 * not for what they tried).
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
    if (str_equal(mode, STR("boot-config"))) {
        buf_t *text = boot_config_load(4096, &config_err);
        if (text != NULL)
            print("attack-spawn: read %zu bytes of the boot configuration\n", buf_len(text));
        return text != NULL ? 10 : config_err;
    }
    print("attack-spawn: unknown mode '%s'\n", args);
    return 1;
}
