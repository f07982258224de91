/*
 * sip_space.c — which SIPs run in an address space of their own, and
 * keeping what they own mapped there alone (domain mode; docs/modes.md).
 *
 * A SIP gets a space when the mode has them and its spawner asked for one
 * (ABI_SPAWN_OWN_SPACE: init does for `space = own` in the boot
 * configuration; ABI_SPAWN_RING3 for `space = ring3`, which puts it in
 * ring 3 in domain mode too) or its image is listed in insula.isolate. During its spawn
 * the loader writes its image and start page in the spawner's space; at
 * the end of the spawn (sip_space_seal) its image, start page, unsafe
 * stacks and heap pages leave every other space, and so does every heap
 * block and unsafe stack it gets later. Pages go back to every space just
 * before they are freed, so a free frame is mapped everywhere. Its threads
 * load its space when they start (sip_thread.c) and at every switch to
 * them (thread.c). What stays in every space: the kernel, the exchange
 * heap, every thread's safe-stack window (the kernel stands on it during
 * ABI calls and interrupts), free frames, devices.
 *
 * The software checks stay exactly as in phys mode; the page tables are a
 * second wall.
 */
#include "sip.h"

#include "console.h"
#include "kernel.h"
#include "platform.h"

#include <stddef.h>

static bool name_is(const char *list, size_t start, size_t end, const char *name)
{
    size_t i = 0;
    for (; start + i < end && name[i] != '\0'; i++) {
        if (list[start + i] != name[i])
            return false;
    }
    return start + i == end && name[i] == '\0';
}

static bool starts_with(const char *s, const char *prefix)
{
    for (size_t i = 0; prefix[i] != '\0'; i++) {
        if (s[i] != prefix[i])
            return false;
    }
    return true;
}

bool sip_space_isolate_all(void)
{
    const char *list = kernel_options()->isolate;
    return starts_with(list, "all") && list[3] == '\0';
}

/* Whether insula.isolate lists the module `image`. */
static bool isolate_listed(const char *image)
{
    const char *list = kernel_options()->isolate;
    size_t start = 0;
    if (sip_space_isolate_all())
        return true;
    for (size_t i = 0;; i++) {
        if (list[i] != ',' && list[i] != '\0')
            continue;
        if (i > start && name_is(list, start, i, image))
            return true;
        if (list[i] == '\0')
            return false;
        start = i + 1;
    }
}

/* Warns, with its column in `cmdline`, about each name of the value at
   `value` (the one insula.isolate kept) that no boot module has. */
static void isolate_names_check(const char *cmdline, size_t value)
{
    char name[CMDLINE_NAME_MAX];
    size_t start = value, n = 0;
    for (size_t i = value;; i++) {
        char c = cmdline[i];
        bool end = c == ',' || c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!end && n + 1 < sizeof(name)) {
            name[n++] = c;
            continue;
        }
        name[n] = '\0';
        const uint8_t *data;
        uint64_t size;
        if (boot_module_find(name, &data, &size) != OK)
            kprintf("cmdline:%zu: warning: insula.isolate: no boot module '%s': no SIP starts "
                    "from it\n", start + 1, name);
        if (c != ',')
            return;
        start = i + 1;
        n = 0;
    }
}

void sip_space_check_isolate(const char *cmdline)
{
    const char *kept = kernel_options()->isolate;
    if (kept[0] == '\0' || sip_space_isolate_all())
        return;
    static const char key[] = "insula.isolate=";
    for (size_t i = 0; cmdline[i] != '\0'; i++) {
        bool word_start = i == 0 || cmdline[i - 1] == ' ' || cmdline[i - 1] == '\t';
        if (!word_start || !starts_with(cmdline + i, key))
            continue;
        size_t value = i + sizeof(key) - 1;
        if (starts_with(cmdline + value, kept)) {
            isolate_names_check(cmdline, value);
            return;
        }
    }
}

/* The image of the last "space:" line: a run of spawns from one image (the
   spawn benchmark's thousands) is logged once, so that the log does not
   weigh on what a benchmark measures. */
static char last_logged[64];

static bool logged_last(const char *image)
{
    for (size_t i = 0; i < sizeof(last_logged) && image[i] == last_logged[i]; i++) {
        if (image[i] == '\0')
            return true;
    }
    return false;
}

static void log_own_space(const sip_t *sip, const char *image, bool ring3)
{
    if (logged_last(image))
        return;
    size_t i = 0;
    for (; i + 1 < sizeof(last_logged) && image[i] != '\0'; i++)
        last_logged[i] = image[i];
    last_logged[i] = '\0';
    kprintf("space: %s (%s) gets an address space of its own%s\n", sip->name, image,
            ring3 ? ", ring 3" : "");
}

err_t sip_space_open(sip_t *sip, const sip_spawn_request_t *req)
{
    prot_mode_t mode = kernel_options()->mode;
    bool chosen = req->own_space || req->ring3 || isolate_listed(req->image);
    if (mode == PROT_PHYS || mode == PROT_PAGE || (mode != PROT_MICRO && !chosen))
        return OK;
    bool ring3 = mode == PROT_RING3 || mode == PROT_MICRO || req->ring3;
    err_t rc = platform_space_create(&sip->space, ring3);
    if (rc != OK)
        return rc;
    sip->ring3 = ring3;
    log_own_space(sip, req->image, ring3);
    return OK;
}

static bool kept_private(region_kind_t kind)
{
    return kind == REGION_HEAP || kind == REGION_STACK;
}

void sip_space_seal(sip_t *sip)
{
    if (sip->space == NULL)
        return;
    platform_space_take(sip->space, sip->image_base, sip->image_span);
    platform_space_take(sip->space, sip->start_page, PAGE_SIZE);
    for (uint32_t i = 0; i < sip->region_count; i++) {
        const sip_region_t *r = &sip->regions[i];
        if (kept_private(r->kind))
            platform_space_take(sip->space, r->start, r->pages * PAGE_SIZE);
    }
    sip->space_sealed = true;
}

void sip_space_region_added(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind)
{
    if (sip->space != NULL && sip->space_sealed && kept_private(kind))
        platform_space_take(sip->space, start, pages * PAGE_SIZE);
    if (kind == REGION_XBLOCK)    /* mapped everywhere; user memory where it is owned */
        platform_space_user(sip->space, start, pages * PAGE_SIZE, true);
}

void sip_space_region_removed(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind)
{
    if (kind == REGION_XBLOCK)
        platform_space_user(sip->space, start, pages * PAGE_SIZE, false);
}

void sip_space_give_back(sip_t *sip, uint64_t start, uint64_t pages)
{
    if (sip->space != NULL && sip->space_sealed)
        platform_space_give_back(sip->space, start, pages * PAGE_SIZE);
}

void sip_space_close(sip_t *sip)
{
    if (sip->space == NULL)
        return;
    thread_t *self = thread_current();
    if (self->space == sip->space)
        self->space = NULL;    /* a thread of its own, ending it: on in the kernel's */
    platform_space_destroy(sip->space);
    sip->space = NULL;
    sip->space_sealed = false;
}
