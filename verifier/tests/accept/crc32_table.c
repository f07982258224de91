/*
 * Safe idiom: a fixed-size global table filled once and indexed with a
 * masked index (constant-size array: bounds-checked).
 */
#include <sip/stdlib.h>

static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32(const buf_t *b)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < b->len; i++)
        c = crc_table[(c ^ b->data[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

int sip_main(void)
{
    crc_init();
    console_print_int((long)crc32(buf_new(32)));
    return 0;
}
