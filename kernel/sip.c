/*
 * sip.c — the life of a SIP: spawn, exit, kill, reclaim (see sip.h). Its
 * threads and their stacks are in sip_thread.c, the decoding of its faults
 * in sip_fault.c, its accounting in sip_account.c.
 */
#include "sip.h"

#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "heap.h"
#include "kernel.h"
#include "panic.h"
#include "platform.h"
#include "timer.h"

#include <stddef.h>

static sip_t *all_sips;
static uint32_t live_sips, next_sip_id = 1;

sip_t *sip_current(void)
{
    return thread_current()->sip;
}

uint32_t sip_live_count(void)
{
    return live_sips;
}

sip_t *sip_all(void)
{
    return all_sips;
}

static void copy_bounded(char *dst, const char *src, size_t size)
{
    size_t i = 0;
    for (; src != NULL && src[i] && i + 1 < size; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

static size_t length_of(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* Writes abi_start_info_t and the argument string into a page the SIP owns. */
static err_t start_page_create(sip_t *sip, uint64_t *info)
{
    paddr_t page;
    err_t rc = frame_alloc(&page);
    if (rc != OK)
        return rc;
    sip->start_page = page;
    uint8_t *p = (uint8_t *)(uintptr_t)page;
    __builtin_memset(p, 0, PAGE_SIZE);
    abi_start_info_t *si = (abi_start_info_t *)p;
    char *args = (char *)(p + sizeof(*si));
    copy_bounded(args, sip->args, SIP_ARGS_MAX);
    *si = (abi_start_info_t){ .abi_version = INSULA_ABI_VERSION, .args = args,
                              .args_len = length_of(args) };
    *info = page;
    return sip_region_add(sip, page, 1, REGION_START, false);
}

/* The first thread's unsafe stack, for the start info. */
static void start_info_stack(const thread_t *first, uint64_t info)
{
    uint64_t lo, hi;
    sip_thread_unsafe_stack(first, &lo, &hi);
    ((abi_start_info_t *)(uintptr_t)info)->unsafe_stack_top = (void *)(uintptr_t)hi;
}

/* The spawner's endpoints become the new SIP's; their handles go in its start info. */
static void endpoints_hand_over(sip_t *sip, const sip_spawn_request_t *req, uint64_t info)
{
    abi_start_info_t *si = (abi_start_info_t *)(uintptr_t)info;
    for (uint32_t i = 0; i < req->endpoint_count && i < ABI_MAX_INITIAL_ENDPOINTS; i++) {
        uint64_t h;
        if (sip_own_endpoint(sip, req->endpoints[i], &h) == OK)
            si->endpoints[si->endpoint_count++] = h;
    }
}

static void sip_link(sip_t *sip)
{
    sip->next = all_sips;
    all_sips = sip;
    live_sips++;
}

static void sip_unlink_and_free(sip_t *sip)
{
    for (sip_t **link = &all_sips; *link != NULL; link = &(*link)->next) {
        if (*link == sip) {
            *link = sip->next;
            break;
        }
    }
    live_sips--;
    kfree(sip);
}

/*
 * Checks what the manifest asks for against what the spawner grants, the
 * endpoints handed over against the contracts the manifest declares
 * (sip_contracts.c), and the grant against what the spawner has: a child's
 * quota is carved out of its parent's (sip_account.c); and the device
 * authority it asks for against the grant (device.c). Errors: ERR_DENIED,
 * ERR_QUOTA.
 */
static err_t manifest_admit(const sip_image_t *img, const sip_spawn_request_t *req,
                            device_authority_t *devices)
{
    const sip_manifest_t *m = &img->manifest;
    if (m->caps & ~req->caps) {
        char missing[96];
        caps_describe(m->caps & ~req->caps, missing, sizeof(missing));
        kprintf("loader: %s asks for capabilities %#x; granted %#x: ERR_DENIED, missing %s "
                "(the boot configuration's 'caps')\n", req->image, m->caps, req->caps, missing);
        return ERR_DENIED;
    }
    if (m->heap_bytes > req->quota_bytes) {
        kprintf("loader: %s asks for %llu bytes of memory; its quota is %llu\n", req->image,
                (unsigned long long)m->heap_bytes, (unsigned long long)req->quota_bytes);
        return ERR_QUOTA;
    }
    for (uint32_t i = 0; i < req->endpoint_count && i < ABI_MAX_INITIAL_ENDPOINTS; i++) {
        if (manifest_admit_endpoint(m, req->caps & m->caps, req->endpoints[i], req->image,
                                    "spawn") != OK)
            return ERR_DENIED;
    }
    if (req->parent != NULL &&
        sip_reserve(req->parent, (sip_need_t){ .bytes = req->quota_bytes }) != OK) {
        kprintf("loader: %s: a quota of %llu bytes is more than %s[%u] has left\n", req->image,
                (unsigned long long)req->quota_bytes, req->parent->name, req->parent->id);
        return ERR_QUOTA;
    }
    return device_admit(m, &req->devices, (m->caps & req->caps & SIP_CAP_DMA) != 0, req->image,
                        devices);
}

static sip_t *sip_new(const sip_image_t *img, const sip_spawn_request_t *req,
                      const device_authority_t *devices)
{
    sip_t *sip = kzalloc(sizeof(*sip));
    if (sip == NULL)
        return NULL;
    sip->manifest = img->manifest;
    copy_bounded(sip->name, img->manifest.name, sizeof(sip->name));
    copy_bounded(sip->args, req->args, sizeof(sip->args));
    sip->caps = req->caps & img->manifest.caps;
    sip->devices = *devices;
    sip->priority = req->priority;
    sip_account_open(sip, req->quota_bytes);
    sip->refs = 1;
    return sip;
}

uint64_t sip_declared_need(const sip_manifest_t *m)
{
    return m->heap_bytes + sip_thread_charge(m);
}

/* The request as admitted: quota 0 becomes the image's declared need. */
static const sip_spawn_request_t *with_quota(const sip_spawn_request_t *req,
                                             const sip_image_t *img)
{
    static sip_spawn_request_t copy;    /* spawns are serialized (sip_spawn) */
    if (req->quota_bytes != 0)
        return req;
    copy = *req;
    copy.quota_bytes = sip_declared_need(&img->manifest);
    kprintf("loader: %s: quota %llu bytes, what its manifest declares (heap %llu + stack "
            "%llu)\n", req->image, (unsigned long long)copy.quota_bytes,
            (unsigned long long)img->manifest.heap_bytes,
            (unsigned long long)sip_thread_charge(&img->manifest));
    return &copy;
}

err_t sip_spawn(const sip_spawn_request_t *req, sip_t **out)
{
    const uint8_t *file;
    uint64_t size, info;
    static sip_image_t img;    /* large; spawns are serialized below */
    static device_authority_t devices;
    bool enabled = irq_save();
    devices = (device_authority_t){ 0 };    /* nothing held until admitted */
    err_t rc = boot_module_find(req->image, &file, &size);
    if (rc == OK)
        rc = sip_image_check(req->image, file, size, &img);
    if (rc == OK)
        req = with_quota(req, &img);
    if (rc == OK)
        rc = manifest_admit(&img, req, &devices);
    sip_t *sip = rc == OK ? sip_new(&img, req, &devices) : NULL;
    if (rc == OK && sip == NULL)
        rc = ERR_NO_MEMORY;
    if (rc == OK)
        rc = sip_space_open(sip, req);
    if (rc == OK)
        rc = sip_image_place(sip, &img, file);
    if (rc == OK && kernel_options()->debug)    /* read by boot/gdb/insula.py */
        kprintf("loader: %s image %s at %#llx\n", sip->name, req->image,
                (unsigned long long)sip->image_base);
    if (rc == OK)
        rc = start_page_create(sip, &info);
    thread_t *first = NULL;
    if (rc == OK)
        rc = sip_thread_start(sip, sip->entry, info, &first);
    if (rc == OK)
        start_info_stack(first, info);
    if (rc == OK)
        endpoints_hand_over(sip, req, info);
    if (rc != OK)
        device_release(sip != NULL ? &sip->devices : &devices);    /* held since admitted */
    if (rc != OK && sip != NULL) {
        sip_memory_release(sip);
        sip_space_close(sip);
        kfree(sip);
    }
    if (rc == OK) {
        sip_space_seal(sip);
        sip->id = next_sip_id++;
        sip_link(sip);
        sip_account_adopt(req->parent, sip);
        *out = sip;
    }
    irq_restore(enabled);
    return rc;
}

/* Empties the SIP's handle table: endpoints close (the peer reads
 * `reason`), blocks are freed, references to other SIPs dropped. */
static void handles_release(sip_t *sip, const char *reason)
{
    handle_type_t type;
    void *object;
    while (handle_take_any(&sip->handles, &type, &object))
        sip_handle_object_drop(sip, type, object, reason);
}

/* Ends a running SIP: every thread but the caller's stops, memory returns. */
static void sip_end(sip_t *sip, sip_state_t state, int32_t code, const char *reason)
{
    sip->state = state;
    sip->exit_code = code;
    copy_bounded(sip->reason, reason, sizeof(sip->reason));
    thread_t *self = thread_current();
    for (thread_t *t = sip->threads; t != NULL; t = t->sip_next) {
        if (t != self)
            thread_kill_other(t);
        if (t != self && t->sip_awaited != NULL) {
            sip_t *awaited = t->sip_awaited;    /* the reference abi.c's sip_wait held */
            t->sip_awaited = NULL;
            sip_release(awaited);
        }
        sip_stack_release(sip, t);
    }
    sip->threads = NULL;
    sip->thread_count = 0;
    sip->suspender = NULL;
    device_release(&sip->devices);    /* its device stops DMA before its memory goes */
    handles_release(sip, state == SIP_KILLED ? reason : "the peer SIP exited");
    if (kernel_options()->debug)    /* read by boot/gdb/insula.py: drop its symbols */
        kprintf("loader: %s image at %#llx freed\n", sip->name,
                (unsigned long long)sip->image_base);
    sip_memory_release(sip);
    sip_space_close(sip);
    sip_account_close(sip);
    /* A clean exit is not logged: whoever waits reports it, and benchmarks
     * of create/exit must not time the console. */
    if (state == SIP_EXITED && code != 0)
        kprintf("sip %s[%u]: exited with code %d\n", sip->name, sip->id, code);
    else if (state == SIP_KILLED)
        kprintf("sip %s[%u]: killed: %s\n", sip->name, sip->id, reason);
    thread_wake_all(&sip->exit_waiters);
    if (sip->refs == 0)
        sip_unlink_and_free(sip);
}

void sip_exit_current(int32_t code)
{
    irq_save();
    sip_t *sip = sip_current();
    KASSERT(sip != NULL && sip->state == SIP_RUNNING);
    thread_current()->sip = NULL;
    sip_end(sip, SIP_EXITED, code, "");
    thread_exit();
}

/* Unlinks the calling thread from its SIP's list. */
static void thread_detach(sip_t *sip, thread_t *self)
{
    for (thread_t **link = &sip->threads; *link != NULL; link = &(*link)->sip_next) {
        if (*link == self) {
            *link = self->sip_next;
            break;
        }
    }
    sip->thread_count--;
    sip_stack_release(sip, self);
    self->sip = NULL;
    if (sip->suspender == self)
        (void)sip_threads_resume(sip);    /* never leave the others stopped */
}

void sip_thread_exit(void)
{
    irq_save();
    thread_t *self = thread_current();
    sip_t *sip = self->sip;
    KASSERT(sip != NULL);
    thread_detach(sip, self);
    if (sip->thread_count == 0 && sip->state == SIP_RUNNING)
        sip_end(sip, SIP_EXITED, 0, "");
    thread_exit();
}

void sip_kill(sip_t *sip, const char *reason)
{
    bool enabled = irq_save();
    if (sip->state == SIP_RUNNING) {
        thread_t *self = thread_current();
        if (self->sip == sip)
            thread_detach(sip, self);
        sip_end(sip, SIP_KILLED, SIP_EXIT_KILLED, reason);
    }
    irq_restore(enabled);
}

void sip_kill_tree(sip_t *sip, const char *reason)
{
    bool enabled = irq_save();
    /* Deepest first, without recursion: a leaf's end unlinks it from its
     * parent (sip_account_close), so the walk always ends. */
    while (sip->state == SIP_RUNNING && sip->account.children != NULL) {
        sip_t *leaf = sip->account.children;
        while (leaf->account.children != NULL)
            leaf = leaf->account.children;
        /* Invariant: the caller is not in the subtree (it holds the root's handle). */
        KASSERT(thread_current()->sip != leaf);
        sip_end(leaf, SIP_KILLED, SIP_EXIT_KILLED, reason);
    }
    sip_kill(sip, reason);
    irq_restore(enabled);
}

void sip_release(sip_t *sip)
{
    bool enabled = irq_save();
    KASSERT(sip->refs > 0);
    if (--sip->refs == 0 && sip->state != SIP_RUNNING)
        sip_unlink_and_free(sip);
    irq_restore(enabled);
}

err_t sip_wait(sip_t *sip, uint64_t timeout_ns)
{
    bool enabled = irq_save();
    err_t rc = timeout_ns == 0 ? ERR_TIMEOUT : OK;    /* 0: just look */
    uint64_t deadline = timeout_ns == THREAD_FOREVER ? 0 : time_ns_after(timeout_ns);
    while (sip->state == SIP_RUNNING && rc == OK)
        rc = thread_block(&sip->exit_waiters, deadline == 0 ? THREAD_FOREVER
                                                            : time_ns_until(deadline));
    irq_restore(enabled);
    return sip->state == SIP_RUNNING ? ERR_TIMEOUT : OK;
}
