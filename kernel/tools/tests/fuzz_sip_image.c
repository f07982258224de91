/*
 * fuzz_sip_image.c — libFuzzer target over SIP image validation and loading.
 *
 * Each input is tried twice: as a sealed image (exercises the seal checks),
 * and as an ELF sealed here (so mutations reach the structural checks past
 * the digest). Whatever parses is loaded into a buffer of exactly img.span
 * bytes, so ASan reports any write outside it. Nothing may crash, read
 * outside the input, or hit undefined behaviour.
 */
#include "sip_image.h"

#include <stdlib.h>
#include <string.h>

#define LOAD_LIMIT (8u << 20)   /* keeps iterations fast; larger spans load the same way */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void try_image(const uint8_t *file, size_t size)
{
    sip_image_t img;
    sip_image_problem_t why;
    char line[256];
    if (sip_image_parse(file, size, &img, &why) != OK) {
        sip_image_describe(&why, line, sizeof(line));
        return;
    }
    void *dest = NULL;
    if (img.span > LOAD_LIMIT || posix_memalign(&dest, img.align, img.span) != 0)
        return;
    if (sip_image_load(&img, file, dest, img.span) != OK)
        abort();    /* a parsed image must always load */
    /* ... and a window of it reload to the same bytes. */
    uint8_t *copy = malloc(img.span);
    if (copy != NULL) {
        memcpy(copy, dest, img.span);
        uint64_t lo = img.span / 3, hi = img.span / 2 + 5;
        memset((uint8_t *)dest + lo, 0xa5, hi - lo);
        if (sip_image_reload(&img, file, dest, lo, hi) != OK ||
            memcmp(copy, dest, img.span) != 0)
            abort();
        free(copy);
    }
    free(dest);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try_image(data, size);
    uint8_t *sealed = malloc(size + sizeof(sip_seal_t));
    if (!sealed)
        return 0;
    sip_seal_t seal;
    if (size > 0)
        memcpy(sealed, data, size);
    sip_image_seal(data, size, &seal);
    memcpy(sealed + size, &seal, sizeof(seal));
    try_image(sealed, size + sizeof(seal));
    free(sealed);
    return 0;
}
