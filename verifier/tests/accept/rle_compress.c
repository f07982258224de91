/*
 * Safe idiom: run-length encoding from one stdlib buffer into another;
 * both are indexed through their counted_by arrays only.
 */
#include <sip/stdlib.h>

static size_t rle_encode(const buf_t *in, buf_t *out)
{
    size_t o = 0;
    size_t i = 0;
    while (i < in->len && o + 2 <= out->len) {
        uint8_t byte = in->data[i];
        size_t run = 1;
        while (i + run < in->len && run < 255 && in->data[i + run] == byte)
            run++;
        out->data[o] = (uint8_t)run;
        out->data[o + 1] = byte;
        o += 2;
        i += run;
    }
    return o;
}

int sip_main(void)
{
    buf_t *in = buf_new(64);
    buf_t *out = buf_new(128);
    console_print_int((long)rle_encode(in, out));
    return 0;
}
