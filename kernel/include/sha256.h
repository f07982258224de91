/*
 * sha256.h — SHA-256 (FIPS 180-4), pure and freestanding.
 *
 * Used by the SIP loader to check seals and by the host sealer to make
 * them. Incremental (init/update/final) or one-shot.
 */
#ifndef INSULA_SHA256_H
#define INSULA_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_BYTES 32
#define SHA256_BLOCK_BYTES 64

typedef struct {
    uint32_t state[8];                  /* the running hash H0..H7 */
    uint64_t total_bytes;               /* message length so far */
    uint8_t block[SHA256_BLOCK_BYTES];  /* bytes not yet compressed */
    size_t block_used;                  /* 0..63 */
} sha256_ctx_t;

/* Starts a new digest. */
void sha256_init(sha256_ctx_t *ctx);

/* Feeds len bytes (len may be 0; data may then be NULL). */
void sha256_update(sha256_ctx_t *ctx, const void *data, size_t len);

/* Pads, writes the digest to out, and wipes ctx. */
void sha256_final(sha256_ctx_t *ctx, uint8_t out[SHA256_DIGEST_BYTES]);

/* One-shot digest of data[0..len). */
void sha256(const void *data, size_t len, uint8_t out[SHA256_DIGEST_BYTES]);

#endif
