/* unit_sha256.c — SHA-256 against the FIPS 180-4 example vectors. */
#include "sha256.h"
#include "unit.h"

#include <stdbool.h>
#include <string.h>

static void to_hex(const uint8_t d[SHA256_DIGEST_BYTES], char out[2 * SHA256_DIGEST_BYTES + 1])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_BYTES; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * SHA256_DIGEST_BYTES] = '\0';
}

static bool one_shot_is(const char *msg, const char *expect)
{
    uint8_t d[SHA256_DIGEST_BYTES];
    char hex[2 * SHA256_DIGEST_BYTES + 1];
    sha256(msg, strlen(msg), d);
    to_hex(d, hex);
    if (strcmp(hex, expect) != 0)
        fprintf(stderr, "sha256(\"%.20s...\") = %s\n", msg, hex);
    return strcmp(hex, expect) == 0;
}

static void test_short_vectors(void)
{
    CHECK(one_shot_is("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(one_shot_is("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    /* 448 bits: the two-block message of FIPS 180-4. */
    CHECK(one_shot_is("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    /* 896 bits. */
    CHECK(one_shot_is("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"));
}

/* One million 'a', fed in chunks of odd, varying sizes. */
static void test_million_a(void)
{
    static const size_t chunks[] = { 1, 3, 7, 13, 63, 64, 65, 127, 1000, 4093 };
    static char buf[4096];
    memset(buf, 'a', sizeof(buf));
    sha256_ctx_t ctx;
    sha256_init(&ctx);
    size_t left = 1000000;
    for (size_t i = 0; left > 0; i++) {
        size_t n = chunks[i % (sizeof(chunks) / sizeof(chunks[0]))];
        n = n < left ? n : left;
        sha256_update(&ctx, buf, n);
        left -= n;
    }
    uint8_t d[SHA256_DIGEST_BYTES];
    char hex[2 * SHA256_DIGEST_BYTES + 1];
    sha256_final(&ctx, d);
    to_hex(d, hex);
    CHECK(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0);
}

/* Every length around the padding boundaries: byte-at-a-time equals one-shot. */
static void test_incremental_matches_one_shot(void)
{
    uint8_t msg[300];
    for (size_t i = 0; i < sizeof(msg); i++)
        msg[i] = (uint8_t)(i * 37 + 11);
    int mismatches = 0;
    for (size_t len = 0; len <= sizeof(msg); len++) {
        uint8_t a[SHA256_DIGEST_BYTES], b[SHA256_DIGEST_BYTES];
        sha256(msg, len, a);
        sha256_ctx_t ctx;
        sha256_init(&ctx);
        for (size_t i = 0; i < len; i++)
            sha256_update(&ctx, msg + i, 1);
        sha256_update(&ctx, NULL, 0);
        sha256_final(&ctx, b);
        mismatches += memcmp(a, b, sizeof(a)) != 0;
    }
    CHECK(mismatches == 0);
}

/* Different messages of one length give different digests (a schedule bug would collide). */
static void test_last_byte_matters(void)
{
    uint8_t m1[64] = { 0 }, m2[64] = { 0 }, d1[32], d2[32];
    m2[63] = 1;
    sha256(m1, sizeof(m1), d1);
    sha256(m2, sizeof(m2), d2);
    CHECK(memcmp(d1, d2, sizeof(d1)) != 0);
}

int main(void)
{
    test_short_vectors();
    test_million_a();
    test_incremental_matches_one_shot();
    test_last_byte_matters();
    return unit_summary("unit_sha256");
}
