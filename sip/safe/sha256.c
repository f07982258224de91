/*
 * safe-sha256 — SHA-256 (FIPS 180-4) of the standard test messages, in the
 * verified subset, with the one SHA-256 the SIPs share (sip/lib/sha256.c,
 * verified with this file): the state, schedule and block are fixed-size
 * arrays, the message a str_t read with str_at(). Prints one line per
 * message:
 *   safe-sha256: <label> <digest in hex>
 */
#include <insula/stdlib.h>

#include "lib/sha256.h"

SIP_MANIFEST("safe-sha256", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static sha256_t hash;

static void show(const char *label, str_t message)
{
    buf_t *hex = buf_new(80);
    if (hex == NULL) {
        print("safe-sha256: %s out of memory\n", label);
        return;
    }
    sha256_init(&hash);
    sha256_update(&hash, message);
    sha256_final_hex(&hash, hex);
    str_t digest = buf_view(hex);
    print("safe-sha256: %s %.*s\n", label, (int)digest.len, digest.bytes);
}

int main(const char *args)
{
    (void)args;
    show("empty", STR(""));
    show("abc", STR("abc"));
    show("448-bit", STR("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    return 0;
}
