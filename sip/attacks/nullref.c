/*
 * attack-nullref — uses the result of a refused allocation without
 * checking it. new() of an object larger than the SIP's quota returns NULL
 * (heap_last_error() = ERR_QUOTA); writing a member through that NULL, at
 * an offset large enough to skip the unmapped null page, would reach
 * whatever memory lies at that small address (in phys mode: the first
 * megabyte, BIOS data and the kernel's neighbours).
 *
 * Expected: killed by -fsanitize=null before the access, reason
 * "check failed: null or misaligned pointer at image+0x...".
 * If the check were missing it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-nullref", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef struct {
    uint64_t header;
    uint8_t bulk[1u << 24];    /* 16 MiB: more than any quota it gets */
    uint64_t trailer;
} huge_t;

int main(const char *args)
{
    (void)args;
    huge_t *h = new(huge_t);
    print("attack-nullref: new(huge_t) gave %s (%s)\n", h == NULL ? "NULL" : "an object",
          err_name(heap_last_error()));
    h->trailer = 0x4141414141414141u;
    return ATTACK_SURVIVED;
}
