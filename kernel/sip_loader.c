/*
 * sip_loader.c — from a boot module to a placed, relocated, protected image.
 *
 * Steps for one image (sip_image_place):
 *   1. sip_image_parse() checks the seal (SHA-256 over the whole ELF) and
 *      every structural rule; a refusal is logged with its named reason;
 *   2. a contiguous, aligned run of fresh frames anywhere in the single
 *      address space receives the segments (sip_image_load relocates them
 *      for that address);
 *   3. page permissions: code read+execute, read-only data and RELRO
 *      read-only, data read+write, where the platform has permissions.
 * Nothing else ever writes the code: no ABI entry can load, map or modify
 * code, and ownership checks refuse kernel writes into non-writable regions.
 */
#include "sip.h"

#include "console.h"
#include "frame.h"
#include "heap.h"
#include "platform.h"
#include "sip_image.h"

#include <stddef.h>

static const boot_info_t *boot;

void sip_boot_modules_set(const boot_info_t *bi)
{
    boot = bi;
}

static bool name_eq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

err_t boot_module_find(const char *name, const uint8_t **data, uint64_t *size)
{
    for (size_t i = 0; boot != NULL && i < boot->module_count; i++) {
        const boot_module_t *m = &boot->modules[i];
        if (name_eq(m->name, name)) {
            *data = (const uint8_t *)(uintptr_t)m->start;
            *size = m->end - m->start;
            return OK;
        }
    }
    return ERR_NOT_FOUND;
}

/*
 * Boot modules are kernel memory no SIP can write, so an image whose seal
 * and structure passed once need not be hashed again: the parsed result is
 * kept per module and later spawns copy it.
 */
typedef struct {
    const uint8_t *file;
    uint64_t size;
    sip_image_t *img;
} checked_image_t;

static checked_image_t checked[BOOT_MAX_MODULES];

static const sip_image_t *checked_find(const uint8_t *file, uint64_t size)
{
    for (size_t i = 0; i < BOOT_MAX_MODULES; i++) {
        if (checked[i].file == file && checked[i].size == size)
            return checked[i].img;
    }
    return NULL;
}

static void checked_remember(const uint8_t *file, uint64_t size, const sip_image_t *img)
{
    for (size_t i = 0; i < BOOT_MAX_MODULES; i++) {
        if (checked[i].file != NULL)
            continue;
        checked[i].img = kmalloc(sizeof(*img));
        if (checked[i].img == NULL)
            return;
        *checked[i].img = *img;
        checked[i].file = file;
        checked[i].size = size;
        return;
    }
}

err_t sip_image_check(const char *module, const uint8_t *file, uint64_t size, sip_image_t *img)
{
    const sip_image_t *known = checked_find(file, size);
    if (known != NULL) {
        *img = *known;
        return OK;
    }
    sip_image_problem_t why;
    err_t rc = sip_image_parse(file, size, img, &why);
    if (rc != OK) {
        char line[160];
        sip_image_describe(&why, line, sizeof(line));
        kprintf("loader: image %s refused: %s\n", module, line);
        return rc;
    }
    checked_remember(file, size, img);
    return OK;
}

static unsigned segment_protection(uint32_t flags)
{
    unsigned prot = PROTECT_READ;
    if (flags & SIP_SEGMENT_W)
        prot |= PROTECT_WRITE;
    if (flags & SIP_SEGMENT_X)
        prot |= PROTECT_EXEC;
    return prot;
}

static uint64_t page_down(uint64_t v) { return v & ~(PAGE_SIZE - 1); }
static uint64_t page_up(uint64_t v) { return (v + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1); }

/* Applies segment permissions (unless the image is a spare, which has them
 * still) and records each segment as an owned region. */
static err_t image_protect_and_own(sip_t *sip, const sip_image_t *img, bool protect)
{
    for (uint32_t i = 0; i < img->segment_count; i++) {
        const sip_segment_t *s = &img->segments[i];
        uint64_t start = sip->image_base + page_down(s->vaddr);
        uint64_t end = sip->image_base + page_up(s->vaddr + s->memsz);
        if (protect)
            platform_protect(start, end - start, segment_protection(s->flags));
        err_t rc = sip_region_add(sip, start, (end - start) / PAGE_SIZE, REGION_IMAGE,
                                  (s->flags & SIP_SEGMENT_W) != 0);
        if (rc != OK)
            return rc;
        if (s->flags & SIP_SEGMENT_X) {
            sip->exec_start = sip->image_base + s->vaddr;
            sip->exec_end = sip->exec_start + s->memsz;
        }
    }
    if (img->relro_end > img->relro_start) {
        sip->relro_start = sip->image_base + img->relro_start;
        sip->relro_end = sip->image_base + img->relro_end;
        if (protect)
            platform_protect(sip->relro_start, sip->relro_end - sip->relro_start, PROTECT_READ);
    }
    return OK;
}

/* Rewrites [lo, hi) of a spare image, around RELRO where the platform kept
 * it read-only (unchanged since: nothing could write it). */
static err_t spare_reload(const sip_image_t *img, const uint8_t *file, uint8_t *dest,
                          uint64_t lo, uint64_t hi)
{
    bool relro_kept = platform_protects_pages() && img->relro_end > img->relro_start &&
                      img->relro_start >= lo && img->relro_end <= hi;
    if (!relro_kept)
        return sip_image_reload(img, file, dest, lo, hi);
    err_t rc = sip_image_reload(img, file, dest, lo, img->relro_start);
    if (rc == OK)
        rc = sip_image_reload(img, file, dest, img->relro_end, hi);
    return rc;
}

/* A spare image again as the load left it: its writable segments written
 * again from the sealed module (code and read-only data are unchanged). */
static err_t spare_refresh(const sip_image_t *img, const uint8_t *file, uint8_t *dest)
{
    for (uint32_t i = 0; i < img->segment_count; i++) {
        const sip_segment_t *s = &img->segments[i];
        if (!(s->flags & SIP_SEGMENT_W))
            continue;
        err_t rc = spare_reload(img, file, dest, page_down(s->vaddr),
                                page_up(s->vaddr + s->memsz));
        if (rc != OK)
            return rc;
    }
    return OK;
}

err_t sip_image_place(sip_t *sip, const sip_image_t *img, const uint8_t *file)
{
    uint64_t align = img->align > PAGE_SIZE ? img->align : PAGE_SIZE;
    paddr_t base;
    bool spare = sip->space == NULL && sip_image_spare_take(file, &base);
    if (!spare) {
        err_t rc = frame_alloc_run(img->span / PAGE_SIZE, align, &base);
        if (rc != OK)
            return rc;
    }
    sip->image_base = base;
    sip->image_span = img->span;
    sip->image_file = file;
    uint8_t *dest = (uint8_t *)(uintptr_t)base;
    err_t rc = spare ? spare_refresh(img, file, dest) : sip_image_load(img, file, dest, img->span);
    if (rc == OK)
        rc = image_protect_and_own(sip, img, !spare);
    sip->entry = base + img->entry;
    return rc;    /* on failure the caller's sip_memory_release() frees the run */
}
