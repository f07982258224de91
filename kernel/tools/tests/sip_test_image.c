/* sip_test_image.c — helpers shared by the SIP image tests (host only). */
#include "sip_test_image.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

blob_t blob_copy(const uint8_t *bytes, size_t size, size_t extra)
{
    blob_t b = { calloc(1, size + extra > 0 ? size + extra : 1), size };
    if (!b.bytes) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    memcpy(b.bytes, bytes, size);
    return b;
}

blob_t blob_read(const char *path)
{
    FILE *f = fopen(path, "rb");
    static uint8_t buf[1 << 20];
    size_t n = f ? fread(buf, 1, sizeof(buf), f) : 0;
    if (!f || ferror(f) || n == sizeof(buf)) {
        fprintf(stderr, "%s: cannot read the test image\n", path);
        exit(2);
    }
    fclose(f);
    return blob_copy(buf, n, 0);
}

blob_t blob_sealed(const uint8_t *elf, size_t size)
{
    sip_seal_t seal;
    blob_t b = blob_copy(elf, size, sizeof(seal));
    sip_image_seal(elf, size, &seal);
    memcpy(b.bytes + size, &seal, sizeof(seal));
    b.size = size + sizeof(seal);
    return b;
}

err_t parse_resealed(const uint8_t *elf, size_t size, sip_image_t *img, sip_image_problem_t *why)
{
    blob_t b = blob_sealed(elf, size);
    err_t rc = sip_image_parse(b.bytes, b.size, img, why);
    free(b.bytes);
    return rc;
}
