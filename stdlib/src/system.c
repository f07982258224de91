/*
 * system.c — insula/system.h over the ABI's system entries.
 */
#include "insula/system.h"

#include "insula/buf.h"
#include "insula/console.h"
#include "internal.h"

#define LOG_CHUNK 4096

#define INPUT_CHUNK 64

/* Bytes read from the kernel and not yet handed out. */
static struct {
    uint8_t bytes[INPUT_CHUNK];
    uint32_t next, end;
} input;

__INSULA_ABI_CALLER
int32_t console_getc(uint64_t timeout_ns)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    if (input.next == input.end) {
        uint64_t got = 0;
        err_t rc = abi->console_read(input.bytes, sizeof(input.bytes), timeout_ns, &got);
        if (rc != OK)
            return rc;
        input.next = 0;
        input.end = (uint32_t)got;
    }
    return input.bytes[input.next++];
}

__INSULA_ABI_CALLER
err_t sip_list(sip_list_t *list)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL || list == NULL)
        return ERR_INVALID;
    uint32_t count = 0;
    err_t rc = abi->sip_list(list->sips, SIP_LIST_MAX, &count);
    list->count = rc == OK ? count : 0;
    return rc;
}

__INSULA_ABI_CALLER
system_info_result_t system_info(void)
{
    system_info_result_t r = { .err = ERR_INVALID };
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        r.err = abi->system_info(&r.info);
    return r;
}

__INSULA_ABI_CALLER
static err_t power(uint32_t action)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    console_flush();
    return abi->system_power(action);
}

err_t system_halt(void)
{
    return power(ABI_POWER_HALT);
}

err_t system_reboot(void)
{
    return power(ABI_POWER_REBOOT);
}

__INSULA_ABI_CALLER
err_t log_tail(buf_t *b)
{
    static char chunk[LOG_CHUNK];
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL || b == NULL || buf_cap(b) == 0)
        return ERR_INVALID;
    uint64_t got = 0;
    size_t want = buf_cap(b) < LOG_CHUNK ? buf_cap(b) : LOG_CHUNK;
    err_t rc = abi->log_read(chunk, want, &got);
    if (rc != OK)
        return rc;
    buf_truncate(b, 0);
    return buf_append(b, (str_t){ .bytes = chunk, .len = (size_t)got });
}
