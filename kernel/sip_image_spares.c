/*
 * sip_image_spares.c — a placed image kept for the next instance of its
 * module.
 *
 * When a SIP that ran in the kernel's address space ends, its image run is
 * kept, one per boot module, instead of being freed, with its code and
 * read-only data still protected and relocated for that address. The next
 * spawn of the same module takes it (sip_loader.c): code and read-only
 * data are there already and unchanged — they were never writable, so
 * neither the SIP nor the kernel on its behalf could change them (the
 * kernel refuses writes into non-writable regions; where the platform has
 * page rights the hardware refuses them too) — and the writable segments
 * are written again from the sealed module (sip_image_reload), so nothing
 * the previous instance left there shows. The seal was checked when the
 * module was first parsed; boot modules are kernel memory no SIP can write.
 *
 * A spare is not a free frame (it keeps the rights the loader gave it); it
 * becomes one in sip_image_spares_drain(), which first gives the whole run
 * read and write rights back. Frames short: frame.c calls the drain.
 */
#include "sip.h"

#include "frame.h"
#include "platform.h"

#include <stddef.h>

#define SPARE_SLOTS BOOT_MAX_MODULES

typedef struct {
    const uint8_t *file;    /* NULL: the slot is empty */
    uint64_t base;
    uint64_t pages;
} image_spare_t;

static image_spare_t spares[SPARE_SLOTS];

bool sip_image_spare_take(const uint8_t *file, uint64_t *base)
{
    for (size_t i = 0; i < SPARE_SLOTS; i++) {
        if (spares[i].file == file) {
            *base = spares[i].base;
            spares[i] = (image_spare_t){ 0 };
            return true;
        }
    }
    return false;
}

static image_spare_t *slot_for(const uint8_t *file)
{
    image_spare_t *empty = NULL;
    for (size_t i = 0; i < SPARE_SLOTS; i++) {
        if (spares[i].file == file)
            return NULL;    /* one spare per module */
        if (spares[i].file == NULL && empty == NULL)
            empty = &spares[i];
    }
    return empty;
}

bool sip_image_spare_keep(const sip_t *sip)
{
    /* id 0: a spawn that failed, maybe before its rights were all set */
    if (sip->id == 0 || sip->space != NULL || sip->image_span == 0 || sip->image_file == NULL)
        return false;
    image_spare_t *slot = slot_for(sip->image_file);
    if (slot == NULL)
        return false;
    *slot = (image_spare_t){ sip->image_file, sip->image_base, sip->image_span / PAGE_SIZE };
    return true;
}

void sip_image_spares_drain(void)
{
    for (size_t i = 0; i < SPARE_SLOTS; i++) {
        image_spare_t s = spares[i];
        if (s.file == NULL)
            continue;
        spares[i] = (image_spare_t){ 0 };
        platform_protect(s.base, s.pages * PAGE_SIZE, PROTECT_READ | PROTECT_WRITE);
        frame_free_run(s.base, s.pages);
    }
}

uint64_t sip_image_spare_pages(void)
{
    uint64_t pages = 0;
    for (size_t i = 0; i < SPARE_SLOTS; i++)
        pages += spares[i].pages;
    return pages;
}
