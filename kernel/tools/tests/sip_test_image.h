/* sip_test_image.h — helpers shared by the SIP image tests (host only). */
#ifndef INSULA_SIP_TEST_IMAGE_H
#define INSULA_SIP_TEST_IMAGE_H

#include "sip_image.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t *bytes;         /* malloc'ed; free() it */
    size_t size;
} blob_t;

/* The whole file at path; exits the test with status 2 if it cannot. */
blob_t blob_read(const char *path);

/* A copy of bytes[0..size) in exactly size + extra bytes (the extra zeroed), so ASan sees overreads. */
blob_t blob_copy(const uint8_t *bytes, size_t size, size_t extra);

/* elf followed by its seal: what sipseal writes. */
blob_t blob_sealed(const uint8_t *elf, size_t size);

/* Seals elf[0..size) in memory and parses the result. */
err_t parse_resealed(const uint8_t *elf, size_t size, sip_image_t *img, sip_image_problem_t *why);

#endif
