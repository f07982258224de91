/*
 * process.c — spawn, wait, handles and the boot configuration over the ABI
 * (see insula/process.h).
 */
#include "insula/process.h"

#include "insula/device.h"
#include "insula/str.h"
#include "internal.h"

#define CONFIG_CHUNK 512

static handle_t initial[ABI_MAX_INITIAL_ENDPOINTS];

void __insula_endpoints_set(const abi_start_info_t *info)
{
    for (uint32_t i = 0; i < ABI_MAX_INITIAL_ENDPOINTS; i++)
        initial[i] = i < info->endpoint_count ? info->endpoints[i] : 0;
}

handle_t sip_endpoint(uint32_t i)
{
    return i < ABI_MAX_INITIAL_ENDPOINTS ? initial[i] : 0;
}

__INSULA_ABI_CALLER
handle_result_t __insula_sip_spawn_flags(const char *image, const char *args,
                                         uint32_t priority, uint64_t quota, uint32_t caps,
                                         const abi_device_grant_t *devices, uint32_t flags,
                                         const handle_t *endpoints, uint32_t count,
                                         size_t capacity)
{
    abi_spawn_t spawn;    /* on our stack: memory we own, where the kernel reads it */
    handle_t handle;
    handle_result_t r = { .err = ERR_INVALID, .handle = 0 };
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return r;
    if (count > ABI_MAX_INITIAL_ENDPOINTS || count > capacity) {
        r.err = ERR_RANGE;
        return r;
    }
    spawn = (abi_spawn_t){ .image = image, .args = args, .priority = priority, .caps = caps,
                           .quota = quota, .endpoint_count = count, .flags = flags };
    for (uint32_t i = 0; i < count; i++)
        spawn.endpoints[i] = endpoints[i];
    if (devices != NULL)
        spawn.devices = *devices;
    r.err = abi->sip_spawn(&spawn, &handle);
    r.handle = handle;
    return r;
}

handle_result_t __insula_sip_spawn_devices(const char *image, const char *args,
                                           uint32_t priority, uint64_t quota, uint32_t caps,
                                           const abi_device_grant_t *devices,
                                           const handle_t *endpoints, uint32_t count,
                                           size_t capacity)
{
    return __insula_sip_spawn_flags(image, args, priority, quota, caps, devices, 0, endpoints,
                                    count, capacity);
}

handle_result_t __insula_sip_spawn_with(const char *image, const char *args,
                                        uint32_t priority, uint64_t quota, uint32_t caps,
                                        const handle_t *endpoints, uint32_t count,
                                        size_t capacity)
{
    return __insula_sip_spawn_devices(image, args, priority, quota, caps, NULL, endpoints, count,
                                      capacity);
}

handle_result_t sip_spawn(const char *image, const char *args, uint32_t priority,
                          uint64_t quota, uint32_t caps)
{
    return __insula_sip_spawn_with(image, args, priority, quota, caps, NULL, 0, 0);
}

__INSULA_ABI_CALLER
sip_status_t sip_wait(handle_t sip, uint64_t timeout_ns)
{
    abi_sip_status_t raw;    /* on our stack: memory we own, the kernel writes it */
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

__INSULA_ABI_CALLER
err_t sip_kill(handle_t sip)
{
    const insula_abi_t *abi = __insula_abi();
    return abi != NULL ? abi->sip_kill(sip) : ERR_INVALID;
}

/* Closing a block frees it: never while a copy of one runs (xblock.c). */
__INSULA_ABI_CALLER
err_t handle_close(handle_t h)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    bool locked = __insula_xblock_enter();
    err_t rc = abi->handle_close(h);
    __insula_xblock_leave(locked);
    return rc;
}

__INSULA_ABI_CALLER
err_t module_read(const char *name, uint64_t offset, buf_t *b)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL || name == NULL || b == NULL)
        return ERR_INVALID;
    if (b->len > b->cap)
        return ERR_CORRUPT;
    uint64_t got = 0;
    size_t at = b->len;
    if (at == b->cap)
        return OK;
    err_t rc = abi->module_read(name, offset, &b->data[at], b->cap - at, &got);
    if (rc != OK || got > b->cap - at)
        return rc != OK ? rc : ERR_CORRUPT;
    *(size_t *)&b->len = at + (size_t)got;
    return OK;
}

__INSULA_ABI_CALLER
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
