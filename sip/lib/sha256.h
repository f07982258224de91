/*
 * sha256.h — streaming SHA-256 (FIPS 180-4) in the SIP subset, one copy for
 * every SIP that hashes (the files tool, safe-sha256): a SIP lists
 * "../lib/sha256.c" among its sources (sip.toml) and includes "lib/sha256.h".
 */
#ifndef INSULA_SIP_LIB_SHA256_H
#define INSULA_SIP_LIB_SHA256_H

#include <insula/stdlib.h>

typedef struct {
    uint32_t state[8];
    uint8_t block[64];
    uint32_t w[64];
    uint64_t length;           /* bytes hashed so far */
} sha256_t;

void sha256_init(sha256_t *h);
void sha256_update(sha256_t *h, str_t bytes);
/* Finishes and writes the digest as 64 hex digits into `hex` (appended). */
void sha256_final_hex(sha256_t *h, buf_t *hex);

#endif
