/*
 * process.c — spawn, wait, handles and the boot configuration over the ABI
 * (see insula/process.h).
 */
#include "insula/process.h"

#include "insula/str.h"
#include "internal.h"

#define CONFIG_CHUNK 512

handle_result_t sip_spawn(const char *image, const char *args, uint32_t priority,
                          uint64_t quota, uint32_t caps)
{
    handle_result_t r = { .err = ERR_INVALID, .handle = 0 };
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        r.err = abi->sip_spawn(image, args, priority, quota, caps, &r.handle);
    return r;
}

sip_status_t sip_wait(handle_t sip, uint64_t timeout_ns)
{
    static abi_sip_status_t raw;    /* in the SIP's own data: the kernel writes it */
    sip_status_t s = { .err = ERR_INVALID };
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return s;
    s.err = abi->sip_wait(sip, timeout_ns, &raw);
    if (s.err != OK)
        return s;
    s.killed = raw.state == 2;
    s.exit_code = raw.exit_code;
    for (size_t i = 0; i < sizeof(s.reason); i++)
        s.reason[i] = raw.reason[i];
    s.reason[sizeof(s.reason) - 1] = '\0';
    return s;
}

err_t handle_close(handle_t h)
{
    const insula_abi_t *abi = __insula_abi();
    return abi != NULL ? abi->handle_close(h) : ERR_INVALID;
}

buf_t *boot_config_load(size_t max, err_t *err)
{
    static char chunk[CONFIG_CHUNK];
    static uint64_t got;
    const insula_abi_t *abi = __insula_abi();
    buf_t *b = abi != NULL ? buf_new(max) : NULL;
    *err = abi == NULL ? ERR_INVALID : b == NULL ? ERR_NO_MEMORY : OK;
    for (uint64_t offset = 0; *err == OK; offset += got) {
        *err = abi->boot_config_read(offset, chunk, sizeof(chunk), &got);
        if (*err != OK || got == 0)
            break;
        *err = buf_append(b, (str_t){ .bytes = chunk, .len = (size_t)got });
        if (*err != OK)
            *err = ERR_RANGE;
    }
    return *err == OK ? b : NULL;
}
