/*
 * abi.c — the kernel ABI (abi/abi.h): one table, every entry decode-then-
 * invoke. Each entry first checks every argument — handles against the
 * caller's table, buffers against the regions the caller owns (writable ones
 * for outputs), numbers against their ranges, rights against its
 * capabilities — and only then acts. A failed check changes nothing.
 *
 * Checks and the work they guard run with interrupts off, in one stretch:
 * otherwise another thread of the same SIP could close the handle or free
 * the buffer in between (a handle looked up, then its object freed; a
 * buffer checked, then its pages handed to another SIP before the kernel
 * writes). A call that blocks checks again after it wakes.
 */
#include "sip.h"

#include "abi_internal.h"
#include "channel.h"

#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "panic.h"
#include "platform.h"
#include "kernel.h"
#include "timer.h"

#define CONSOLE_WRITE_MAX (64u * 1024)
#define IMAGE_NAME_MAX BOOT_MODULE_NAME_MAX
#define MAX_PRIORITY (THREAD_PRIORITIES - 1)

abi_status_t abi_status_of(err_t rc)
{
    switch (rc) {
    case OK: return ABI_OK;
    case ERR_NO_MEMORY: return ABI_ERR_NO_MEMORY;
    case ERR_QUOTA: return ABI_ERR_QUOTA;
    case ERR_DENIED: return ABI_ERR_DENIED;
    case ERR_NOT_FOUND: return ABI_ERR_NOT_FOUND;
    case ERR_TIMEOUT: return ABI_ERR_TIMEOUT;
    case ERR_BAD_HANDLE: return ABI_ERR_BAD_HANDLE;
    case ERR_BAD_ADDRESS: return ABI_ERR_BAD_ADDRESS;
    case ERR_RANGE: return ABI_ERR_RANGE;
    case ERR_BUSY: return ABI_ERR_BUSY;
    case ERR_CLOSED: return ABI_ERR_CLOSED;
    case ERR_WRONG_CONTRACT: return ABI_ERR_WRONG_CONTRACT;    /* chan_narrow, chan_send */
    case ERR_CORRUPT: case ERR_TRUNCATED: case ERR_UNSUPPORTED: return ABI_ERR_CORRUPT;
    default: return ABI_ERR_INVALID;
    }
}

/*
 * Copies a NUL-terminated string from the caller into buf (at most size-1
 * characters). Errors: ERR_BAD_ADDRESS (a byte outside its memory),
 * ERR_INVALID (no NUL within the limit).
 */
static err_t copy_string_in(const sip_t *sip, const char *s, char *buf, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (!sip_owns(sip, (uint64_t)(uintptr_t)(s + i), 1, false))
            return ERR_BAD_ADDRESS;
        buf[i] = s[i];
        if (buf[i] == '\0')
            return OK;
    }
    return ERR_INVALID;
}

static bool out_ok(const sip_t *sip, const void *p, uint64_t len)
{
    return sip_owns(sip, (uint64_t)(uintptr_t)p, len, true);
}

static void abi_exit(int32_t code)
{
    sip_exit_current(code);
}

static abi_status_t abi_console_write(const char *bytes, uint64_t len)
{
    sip_t *sip = sip_current();
    if (len > CONSOLE_WRITE_MAX)
        return ABI_ERR_RANGE;
    bool enabled = irq_save();    /* checked and read with no other thread in between */
    bool owned = sip_owns(sip, (uint64_t)(uintptr_t)bytes, len, false);
    if (owned) {
        console_log_record(bytes, len);
        platform_console_write(bytes, len);
    }
    irq_restore(enabled);
    return owned ? ABI_OK : ABI_ERR_BAD_ADDRESS;
}

static uint64_t abi_time_ns(void)
{
    return time_ns();
}

static void abi_sleep_ns(uint64_t ns)
{
    thread_sleep_ns(ns);
}

static void abi_yield(void)
{
    thread_yield();
}

static abi_status_t abi_page_alloc(uint64_t count, void **out)
{
    sip_t *sip = sip_current();
    if (count == 0)
        return ABI_ERR_INVALID;
    uint64_t first;
    bool enabled = irq_save();    /* `out` stays the caller's until it is written */
    err_t rc = out_ok(sip, out, sizeof(*out)) ? sip_pages_alloc(sip, count, &first)
                                              : ERR_BAD_ADDRESS;
    if (rc == OK)
        *out = (void *)(uintptr_t)first;
    irq_restore(enabled);
    return abi_status_of(rc);
}

static abi_status_t abi_page_free(void *first, uint64_t count)
{
    bool enabled = irq_save();
    err_t rc = sip_pages_free(sip_current(), (uint64_t)(uintptr_t)first, count);
    irq_restore(enabled);
    return abi_status_of(rc);
}

static abi_status_t abi_thread_create(void (*entry)(void *arg), void *arg, abi_handle_t *out)
{
    sip_t *sip = sip_current();
    uint64_t pc = (uint64_t)(uintptr_t)entry;
    if (pc < sip->exec_start || pc >= sip->exec_end)
        return ABI_ERR_INVALID;    /* may only start its own code */
    bool enabled = irq_save();    /* the handle is in place before the thread runs */
    thread_t *t;
    err_t rc = out_ok(sip, out, sizeof(*out)) ? sip_reserve(sip, (sip_need_t){ .handles = 1 })
                                              : ERR_BAD_ADDRESS;
    if (rc == OK)
        rc = sip_thread_start(sip, pc, (uint64_t)(uintptr_t)arg, &t);
    if (rc == OK) {
        rc = handle_insert_id(&sip->handles, HANDLE_THREAD, t->id, out);
        /* Invariant: the handle slot was reserved. */
        KASSERT(rc == OK);
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

static void abi_thread_exit(void)
{
    sip_thread_exit();
}

typedef struct {
    abi_spawn_t raw;                  /* copied from the caller */
    char image[IMAGE_NAME_MAX];
    char args[SIP_ARGS_MAX];
    endpoint_t *endpoints[ABI_MAX_INITIAL_ENDPOINTS];
} spawn_decoded_t;

/* Looks up the endpoints to hand over: owned, distinct. */
static abi_status_t spawn_endpoints(const sip_t *sip, spawn_decoded_t *d)
{
    if (d->raw.endpoint_count > ABI_MAX_INITIAL_ENDPOINTS)
        return ABI_ERR_RANGE;
    for (uint32_t i = 0; i < d->raw.endpoint_count; i++) {
        void *object;
        if (handle_lookup(&sip->handles, d->raw.endpoints[i], HANDLE_ENDPOINT, &object) != OK)
            return ABI_ERR_BAD_HANDLE;
        for (uint32_t k = 0; k < i; k++) {
            if (d->endpoints[k] == object)
                return ABI_ERR_BAD_HANDLE;
        }
        d->endpoints[i] = object;
    }
    return ABI_OK;
}

static abi_status_t spawn_decode(const sip_t *sip, const abi_spawn_t *spawn, abi_handle_t *out,
                                 spawn_decoded_t *d)
{
    if (!sip_owns(sip, (uint64_t)(uintptr_t)spawn, sizeof(*spawn), false) ||
        !out_ok(sip, out, sizeof(*out)))
        return ABI_ERR_BAD_ADDRESS;
    d->raw = *spawn;
    if (!(sip->caps & SIP_CAP_SPAWN) || (d->raw.caps & ~sip->caps))
        return ABI_ERR_DENIED;
    if (device_grant_any(&d->raw.devices) && !(sip->caps & SIP_CAP_DEVICES)) {
        kprintf("sip %s[%u]: may not grant device authority (no devices right)\n", sip->name,
                sip->id);
        return ABI_ERR_DENIED;
    }
    if (device_grant_any(&d->raw.devices) && device_grant_check(&d->raw.devices, sip->name) != OK)
        return ABI_ERR_DENIED;
    if (d->raw.priority > MAX_PRIORITY)
        return ABI_ERR_RANGE;
    if (d->raw.flags & ~ABI_SPAWN_FLAGS_ALL)
        return ABI_ERR_INVALID;
    if (sip_reserve(sip, (sip_need_t){ .handles = 1 }) != OK)
        return ABI_ERR_QUOTA;
    err_t rc = copy_string_in(sip, d->raw.image, d->image, sizeof(d->image));
    if (rc == OK && d->raw.args == NULL)
        d->args[0] = '\0';
    else if (rc == OK)
        rc = copy_string_in(sip, d->raw.args, d->args, sizeof(d->args));
    if (rc != OK)
        return abi_status_of(rc);
    return spawn_endpoints(sip, d);
}

/* The endpoints now belong to the child: the caller's handles die. */
static void spawn_forget_endpoints(sip_t *sip, const spawn_decoded_t *d)
{
    for (uint32_t i = 0; i < d->raw.endpoint_count; i++) {
        handle_type_t type;
        void *object;
        handle_remove(&sip->handles, d->raw.endpoints[i], &type, &object);
    }
}

static abi_status_t abi_sip_spawn(const abi_spawn_t *spawn, abi_handle_t *out)
{
    static spawn_decoded_t d;    /* interrupts stay off while it is in use */
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    abi_status_t st = spawn_decode(sip, spawn, out, &d);
    sip_t *child = NULL;
    if (st == ABI_OK) {
        sip_spawn_request_t req = { .image = d.image, .args = d.args,
                                    .priority = (uint8_t)d.raw.priority,
                                    .quota_bytes = d.raw.quota, .parent = sip,
                                    .caps = d.raw.caps, .endpoint_count = d.raw.endpoint_count,
                                    .devices = d.raw.devices,
                                    .own_space = (d.raw.flags & ABI_SPAWN_OWN_SPACE) != 0,
                                    .ring3 = (d.raw.flags & ABI_SPAWN_RING3) != 0 };
        for (uint32_t i = 0; i < d.raw.endpoint_count; i++)
            req.endpoints[i] = d.endpoints[i];
        st = abi_status_of(sip_spawn(&req, &child));
    }
    if (st == ABI_OK) {
        spawn_forget_endpoints(sip, &d);
        err_t rc = handle_insert(&sip->handles, HANDLE_SIP, child, out);
        /* Invariant: the handle slot was reserved (spawn_decode). */
        KASSERT(rc == OK);
    }
    irq_restore(enabled);
    return st;
}

static abi_status_t abi_sip_wait(abi_handle_t h, uint64_t timeout_ns, abi_sip_status_t *status)
{
    sip_t *sip = sip_current();
    void *object;
    bool enabled = irq_save();
    err_t rc = handle_lookup(&sip->handles, h, HANDLE_SIP, &object) != OK ? ERR_BAD_HANDLE
               : status != NULL && !out_ok(sip, status, sizeof(*status)) ? ERR_BAD_ADDRESS
               : OK;
    sip_t *child = rc == OK ? object : NULL;
    if (child != NULL) {
        child->refs++;    /* another thread may close the handle while we wait */
        thread_current()->sip_awaited = child;
    }
    irq_restore(enabled);
    if (child == NULL)
        return abi_status_of(rc);
    rc = sip_wait(child, timeout_ns);
    enabled = irq_save();
    thread_current()->sip_awaited = NULL;
    if (rc == OK && status != NULL && !out_ok(sip, status, sizeof(*status)))
        rc = ERR_BAD_ADDRESS;    /* freed while we waited */
    if (rc == OK && status != NULL) {
        _Static_assert(sizeof(status->reason) == SIP_REASON_MAX, "reason sizes agree");
        status->state = (uint32_t)child->state;
        status->exit_code = child->exit_code;
        for (size_t i = 0; i < SIP_REASON_MAX; i++)
            status->reason[i] = child->reason[i];
    }
    irq_restore(enabled);
    sip_release(child);
    return abi_status_of(rc);
}

static abi_status_t abi_sip_kill(abi_handle_t h)
{
    sip_t *sip = sip_current();
    void *object;
    char reason[SIP_REASON_MAX];
    fmt_snprintf(reason, sizeof(reason), "killed by %s[%u]", sip->name, sip->id);
    bool enabled = irq_save();    /* no other thread may close the handle meanwhile */
    err_t rc = handle_lookup(&sip->handles, h, HANDLE_SIP, &object);
    if (rc == OK)
        sip_kill_tree(object, reason);
    irq_restore(enabled);
    return abi_status_of(rc);
}

static abi_status_t abi_handle_close(abi_handle_t h)
{
    sip_t *sip = sip_current();
    handle_type_t type;
    void *object;
    bool enabled = irq_save();
    err_t rc = handle_remove(&sip->handles, h, &type, &object);
    if (rc == OK)
        sip_handle_object_drop(sip, type, object, "closed by its owner");
    irq_restore(enabled);
    return abi_status_of(rc);
}

/*
 * Copies up to `len` bytes of boot module `module` from `offset` into the
 * caller's `buf`; *copied gets the count. Checked and written with no other
 * thread of the caller in between (the buffer stays the caller's meanwhile).
 * Errors: BAD_ADDRESS, NOT_FOUND.
 */
static abi_status_t module_copy_out(sip_t *sip, const char *module, uint64_t offset, void *buf,
                                    uint64_t len, uint64_t *copied)
{
    const uint8_t *data;
    uint64_t size;
    bool enabled = irq_save();
    err_t rc = !out_ok(sip, buf, len) || !out_ok(sip, copied, sizeof(*copied)) ? ERR_BAD_ADDRESS
               : boot_module_find(module, &data, &size);
    if (rc == OK) {
        uint64_t n = offset >= size ? 0 : size - offset < len ? size - offset : len;
        uint8_t *out = buf;
        for (uint64_t i = 0; i < n; i++)
            out[i] = data[offset + i];
        *copied = n;
    }
    irq_restore(enabled);
    return abi_status_of(rc);
}

static abi_status_t abi_boot_config_read(uint64_t offset, void *buf, uint64_t len,
                                         uint64_t *copied)
{
    sip_t *sip = sip_current();
    if (!(sip->caps & SIP_CAP_BOOT_CONFIG))
        return ABI_ERR_DENIED;
    return module_copy_out(sip, kernel_boot_config_name(), offset, buf, len, copied);
}

static abi_status_t abi_module_read(const char *name, uint64_t offset, void *buf, uint64_t len,
                                    uint64_t *copied)
{
    sip_t *sip = sip_current();
    if (!(sip->caps & SIP_CAP_MODULE_READ))
        return ABI_ERR_DENIED;
    char module[IMAGE_NAME_MAX];
    err_t rc = copy_string_in(sip, name, module, sizeof(module));
    if (rc != OK)
        return abi_status_of(rc);
    const char *config = kernel_boot_config_name();
    size_t i = 0;
    while (module[i] != '\0' && module[i] == config[i])
        i++;
    if (module[i] == config[i])
        return ABI_ERR_DENIED;    /* the configuration needs SIP_CAP_BOOT_CONFIG */
    return module_copy_out(sip, module, offset, buf, len, copied);
}

static uint64_t abi_thread_id(void)
{
    return thread_current()->id;
}

static abi_status_t abi_threads_suspend(abi_roots_t *roots)
{
    sip_t *sip = sip_current();
    bool enabled = irq_save();
    err_t rc = out_ok(sip, roots, sizeof(*roots)) ? sip_threads_suspend(sip, roots)
                                                  : ERR_BAD_ADDRESS;
    irq_restore(enabled);
    return abi_status_of(rc);
}

static abi_status_t abi_threads_resume(void)
{
    bool enabled = irq_save();
    err_t rc = sip_threads_resume(sip_current());
    irq_restore(enabled);
    return abi_status_of(rc);
}

const insula_abi_t kernel_abi = {
    .version = INSULA_ABI_VERSION,
    .entry_count = INSULA_ABI_ENTRY_COUNT,
    .exit = abi_exit,
    .console_write = abi_console_write,
    .time_ns = abi_time_ns,
    .sleep_ns = abi_sleep_ns,
    .yield = abi_yield,
    .page_alloc = abi_page_alloc,
    .page_free = abi_page_free,
    .thread_create = abi_thread_create,
    .thread_exit = abi_thread_exit,
    .sip_spawn = abi_sip_spawn,
    .sip_wait = abi_sip_wait,
    .handle_close = abi_handle_close,
    .boot_config_read = abi_boot_config_read,
    .thread_id = abi_thread_id,
    .chan_create = abi_chan_create,
    .chan_send = abi_chan_send,
    .chan_recv = abi_chan_recv,
    .chan_wait_any = abi_chan_wait_any,
    .chan_status = abi_chan_status,
    .xblock_alloc = abi_xblock_alloc,
    .xblock_map = abi_xblock_map,
    .threads_suspend = abi_threads_suspend,
    .threads_resume = abi_threads_resume,
    .sip_kill = abi_sip_kill,
    .console_read = abi_console_read,
    .sip_list = abi_sip_list,
    .system_info = abi_system_info,
    .system_power = abi_system_power,
    .log_read = abi_log_read,
    .module_read = abi_module_read,
    .port_read = abi_port_read,
    .port_write = abi_port_write,
    .device_info = abi_device_info,
    .irq_bind = abi_irq_bind,
    .xblock_phys = abi_xblock_phys,
    .mmio_map = abi_mmio_map,
    .chan_call = abi_chan_call,
    .chan_narrow = abi_chan_narrow,
};
