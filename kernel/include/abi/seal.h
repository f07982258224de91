/*
 * seal.h — the seal the build appends to every SIP image.
 *
 * A sealed image is: the ELF file, then a sip_seal_t. The digest is SHA-256
 * over every byte before the seal (ELF header, program headers, code,
 * read-only data, the manifest note, initial data and relocations). The
 * loader recomputes it and refuses the image on any mismatch.
 */
#ifndef INSULA_ABI_SEAL_H
#define INSULA_ABI_SEAL_H

#include <stdint.h>

#define SIP_SEAL_MAGIC "INSULA-SEAL-V1\0\0"

typedef struct {
    char magic[16];                 /* SIP_SEAL_MAGIC */
    uint64_t sealed_bytes;          /* length of the ELF part */
    uint64_t reserved;
    uint8_t sha256[32];
} sip_seal_t;

_Static_assert(sizeof(sip_seal_t) == 64, "seal layout is part of the image format");

#endif
