/*
 * safe-crc32 — CRC-32 (IEEE 802.3, reflected, polynomial 0xedb88320) from
 * a table built at start, and FNV-1a (32 bit), of the check string
 * "123456789" and of a pangram. Prints:
 *   safe-crc32: <label> crc32 <hex> fnv1a <hex>
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-crc32", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static uint32_t table[256];

static void table_init(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int i = 0; i < 8; i++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
}

static uint32_t crc32(str_t s)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < str_len(s); i++)
        c = table[(c ^ (uint32_t)str_at(s, i)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static uint32_t fnv1a(str_t s)
{
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < str_len(s); i++) {
        h ^= (uint32_t)str_at(s, i);
        h *= 0x01000193u;
    }
    return h;
}

static void show(const char *label, str_t s)
{
    print("safe-crc32: %s crc32 %08x fnv1a %08x\n", label, crc32(s), fnv1a(s));
}

int main(const char *args)
{
    (void)args;
    table_init();
    show("check", STR("123456789"));
    show("fox", STR("The quick brown fox jumps over the lazy dog"));
    return 0;
}
