/*
 * abi_system.c — the ABI entries about the whole system: console input,
 * the list of SIPs, memory and time, halt and reboot, the log. Each needs its own
 * capability (abi/manifest.h), which only the boot configuration grants:
 * a shell gets them, an ordinary SIP does not.
 */
#include "sip.h"

#include "abi_internal.h"
#include "channel.h"
#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "heap.h"
#include "platform.h"
#include "timer.h"

#define CONSOLE_READ_MAX 256u     /* bytes per call: a local copy on the caller's stack */
#define SIP_LIST_MAX 64u
#define LOG_READ_MAX (16u * 1024)

void caps_describe(uint32_t caps, char *buf, size_t size)
{
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = {
        { SIP_CAP_SPAWN, "spawn" }, { SIP_CAP_BOOT_CONFIG, "boot-config" },
        { SIP_CAP_CONSOLE_INPUT, "console-input" }, { SIP_CAP_INSPECT, "inspect" },
        { SIP_CAP_POWER, "power" }, { SIP_CAP_MODULE_READ, "module-read" },
        { SIP_CAP_DMA, "dma" },
        /* not words of the configuration: init grants them itself */
        { SIP_CAP_BROKER, "broker" }, { SIP_CAP_DEVICES, "devices" },
    };
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && used < size; i++) {
        if (caps & names[i].bit)
            used += fmt_snprintf(buf + used, size - used, "%s%s", used ? ", " : "", names[i].name);
        caps &= ~names[i].bit;
    }
    if (caps != 0 && used < size)
        fmt_snprintf(buf + used, size - used, "%s%#x", used ? ", " : "", caps);
}

static bool may(const sip_t *sip, uint32_t cap)
{
    return (sip->caps & cap) != 0;
}

static bool writable(const sip_t *sip, const void *p, uint64_t len)
{
    return sip_owns(sip, (uint64_t)(uintptr_t)p, len, true);
}

abi_status_t abi_console_read(void *buf, uint64_t cap, uint64_t timeout_ns, uint64_t *got)
{
    sip_t *sip = sip_current();
    if (!may(sip, SIP_CAP_CONSOLE_INPUT))
        return ABI_ERR_DENIED;
    if (cap == 0 || cap > CONSOLE_READ_MAX)
        return ABI_ERR_RANGE;
    if (!writable(sip, buf, cap) || !writable(sip, got, sizeof(*got)))
        return ABI_ERR_BAD_ADDRESS;
    char bytes[CONSOLE_READ_MAX];
    size_t n = 0;
    err_t rc = console_read(bytes, (size_t)cap, timeout_ns == ABI_WAIT_FOREVER ? THREAD_FOREVER
                                                                               : timeout_ns, &n);
    /* The wait may have been long: the buffer must still be the caller's. */
    if (!writable(sip, buf, cap) || !writable(sip, got, sizeof(*got)))
        return ABI_ERR_BAD_ADDRESS;
    uint8_t *out = buf;
    for (size_t i = 0; i < n; i++)
        out[i] = (uint8_t)bytes[i];
    *got = n;
    return abi_status_of(rc);
}

/* Whether the contract lets the peer send in the endpoint's state: if it
   does not, a message can never arrive there (init's deadlock report). */
static bool peer_may_send(const endpoint_t *ep)
{
    const contract_table_t *c = ep->chan->contract;
    uint16_t from_peer = ep->side == CONTRACT_SIDE_IMP ? CONTRACT_DIR_OUT : CONTRACT_DIR_IN;
    if (ep->state >= c->state_count)
        return true;    /* cannot tell: say it may */
    const contract_state_t *s = &c->states[ep->state];
    for (uint32_t i = s->first_transition;
         i < (uint32_t)s->first_transition + s->transition_count && i < c->transition_count; i++) {
        if (c->transitions[i].dir == from_peer)
            return true;
    }
    return false;
}

/* Whether a thread of `sip` is blocked, with no time limit, waiting for a
   message on `ep` (one of the handles its receive or wait names: a receive
   blocks on the endpoint's own waiters, a wait on several on the SIP's;
   block_once in abi_channel.c records the handles either way). */
static bool waited_on(const sip_t *sip, const endpoint_t *ep)
{
    for (const thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t->state != THREAD_BLOCKED || t->chan_wait_count == 0 || t->wake_at_ns != 0)
            continue;
        for (uint32_t i = 0; i < t->chan_wait_count && i < THREAD_CHAN_WAITS_MAX; i++) {
            void *object;
            if (handle_lookup(&sip->handles, t->chan_waits[i], HANDLE_ENDPOINT, &object) == OK &&
                object == ep)
                return true;
        }
    }
    return false;
}

/* Appends "Contract.side@State<-peer[id]" for each open endpoint with
   nothing queued whose being waited on is `waited` ("*" before those a
   thread waits on), "->" instead of "<-" where the contract lets only this
   side send next (nothing can come from the peer there). */
static size_t describe_endpoints(const sip_t *sip, bool waited, char *buf, size_t size,
                                 size_t used)
{
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE && used + 1 < size; i++) {
        const handle_slot_t *slot = &sip->handles.slots[i];
        if (slot->type != HANDLE_ENDPOINT)
            continue;
        endpoint_t *ep = slot->object;
        endpoint_t *peer = endpoint_peer(ep);
        if (ep->queue.count > 0 || peer->closed || waited_on(sip, ep) != waited)
            continue;
        const contract_table_t *c = ep->chan->contract;
        const sip_t *owner = peer->owner;
        used += fmt_snprintf(buf + used, size - used, "%s%s%s.%s@%s%s%s[%u]", used ? " " : "",
                             waited ? "*" : "", c->name,
                             ep->side == CONTRACT_SIDE_IMP ? "imp" : "exp",
                             ep->state < c->state_count ? c->states[ep->state].name : "?",
                             peer_may_send(ep) ? "<-" : "->",
                             owner != NULL ? owner->name : "in-flight",
                             owner != NULL ? owner->id : 0u);
    }
    return used;
}

/* The endpoints a thread waits on first, marked "*", then the others. */
static void describe_waits(const sip_t *sip, char *buf, size_t size)
{
    buf[0] = '\0';
    size_t used = describe_endpoints(sip, true, buf, size, 0);
    used = describe_endpoints(sip, false, buf, size, used);
    if (used >= size)
        buf[size - 1] = '\0';
}

/* Is `t` (blocked) waiting for a message: at one of its SIP's endpoints
 * (the endpoint's waiters) or at any (the SIP's chan_waiters)? */
static bool waits_for_message(const sip_t *sip, const thread_t *t)
{
    if (t->waiting_on == &sip->chan_waiters)
        return true;
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        const handle_slot_t *slot = &sip->handles.slots[i];
        if (slot->type == HANDLE_ENDPOINT &&
            t->waiting_on == &((endpoint_t *)slot->object)->waiters)
            return true;
    }
    return false;
}

static void describe_sip(const sip_t *sip, abi_sip_info_t *info)
{
    *info = (abi_sip_info_t){ .id = sip->id, .state = (uint32_t)sip->state,
                              .priority = sip->priority, .threads = sip->thread_count,
                              .handles = sip->handles.used, .memory_bytes = sip->account.charged,
                              .quota_bytes = sip->account.quota };
    fmt_snprintf(info->name, sizeof(info->name), "%s", sip->name);
    for (const thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t->state != THREAD_BLOCKED)
            continue;
        if (t->wake_at_ns == 0 && waits_for_message(sip, t))
            info->blocked_on_channel++;
        else
            info->blocked_other++;
    }
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++)
        info->endpoints += sip->handles.slots[i].type == HANDLE_ENDPOINT;
    describe_waits(sip, info->waits_on, sizeof(info->waits_on));
}

abi_status_t abi_sip_list(abi_sip_info_t *out, uint32_t cap, uint32_t *count)
{
    sip_t *sip = sip_current();
    if (!may(sip, SIP_CAP_INSPECT))
        return ABI_ERR_DENIED;
    if (cap == 0 || cap > SIP_LIST_MAX)
        return ABI_ERR_RANGE;
    if (!writable(sip, out, (uint64_t)cap * sizeof(*out)) || !writable(sip, count, sizeof(*count)))
        return ABI_ERR_BAD_ADDRESS;
    bool enabled = irq_save();
    uint32_t total = 0;
    for (const sip_t *s = sip_all(); s != NULL; s = s->next)
        total++;
    /* sip_all() is newest first: the oldest goes to out[0]. */
    uint32_t index = total;
    for (const sip_t *s = sip_all(); s != NULL; s = s->next) {
        index--;
        if (index < cap)
            describe_sip(s, &out[index]);
    }
    irq_restore(enabled);
    *count = total;
    return ABI_OK;
}

abi_status_t abi_system_info(abi_system_info_t *out)
{
    sip_t *sip = sip_current();
    if (!may(sip, SIP_CAP_INSPECT))
        return ABI_ERR_DENIED;
    if (!writable(sip, out, sizeof(*out)))
        return ABI_ERR_BAD_ADDRESS;
    bool enabled = irq_save();
    *out = (abi_system_info_t){ .uptime_ns = time_ns(), .frames_total = frame_usable_count(),
                                .frames_free = frame_free_count(),
                                .kernel_heap_bytes = heap_bytes_in_use(),
                                .sip_count = sip_live_count(), .thread_count = thread_count(),
                                .idle_cycles = thread_idle_cycles() };
    fmt_snprintf(out->platform, sizeof(out->platform), "%s", platform_name);
    irq_restore(enabled);
    return ABI_OK;
}

abi_status_t abi_system_power(uint32_t action)
{
    sip_t *sip = sip_current();
    if (!may(sip, SIP_CAP_POWER))
        return ABI_ERR_DENIED;
    if (action != ABI_POWER_HALT && action != ABI_POWER_REBOOT)
        return ABI_ERR_INVALID;
    irq_save();
    kprintf("kernel: %s requested by %s[%u]\n", action == ABI_POWER_HALT ? "halt" : "reboot",
            sip->name, sip->id);
    if (action == ABI_POWER_REBOOT)
        platform_reboot();
    platform_halt(HALT_PASS);
}

abi_status_t abi_log_read(void *buf, uint64_t cap, uint64_t *got)
{
    sip_t *sip = sip_current();
    if (!may(sip, SIP_CAP_INSPECT))
        return ABI_ERR_DENIED;
    if (cap == 0 || cap > LOG_READ_MAX)
        return ABI_ERR_RANGE;
    if (!writable(sip, buf, cap) || !writable(sip, got, sizeof(*got)))
        return ABI_ERR_BAD_ADDRESS;
    *got = console_log_tail(buf, (size_t)cap);
    return ABI_OK;
}
