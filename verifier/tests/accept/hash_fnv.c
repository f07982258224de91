/*
 * Safe idiom: hashing a stdlib buffer. b->data[i] indexes a counted_by
 * flexible array (bounds-checked by the compiler against b->len).
 */
#include <sip/stdlib.h>

static uint64_t fnv1a(const buf_t *b)
{
    uint64_t hash = 14695981039346656037ull;
    for (size_t i = 0; i < b->len; i++) {
        hash ^= b->data[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

int sip_main(void)
{
    buf_t *b = buf_new(16);
    console_print_int((long)(fnv1a(b) & 0x7fffffff));
    return 0;
}
