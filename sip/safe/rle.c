/*
 * safe-rle — run-length coding round trip: "12W1B..." style (count, then
 * the byte), encoded into a buf_t and decoded back. Prints:
 *   safe-rle: <input bytes> -> <encoded bytes> bytes: <encoding> (round trip ok|FAILED)
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-rle", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static buf_t *encode(str_t s)
{
    buf_t *out = buf_new(4 * str_len(s) + 1);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < str_len(s);) {
        int c = str_at(s, i);
        size_t run = 1;
        while (i + run < str_len(s) && str_at(s, i + run) == c)
            run++;
        if (buf_format(out, "%zu%c", run, c) != OK)
            return NULL;
        i += run;
    }
    return out;
}

static buf_t *decode(str_t s, size_t cap)
{
    buf_t *out = buf_new(cap);
    if (out == NULL)
        return NULL;
    size_t count = 0;
    for (size_t i = 0; i < str_len(s); i++) {
        int c = str_at(s, i);
        if (c >= '0' && c <= '9') {
            count = count * 10 + (size_t)(c - '0');
            continue;
        }
        for (; count > 0; count--)
            if (buf_append_byte(out, (uint8_t)c) != OK)
                return NULL;
    }
    return out;
}

int main(const char *args)
{
    (void)args;
    str_t input = STR("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW");
    buf_t *encoded = encode(input);
    buf_t *decoded = encoded != NULL ? decode(buf_view(encoded), str_len(input)) : NULL;
    bool ok = decoded != NULL && str_equal(buf_view(decoded), input);
    if (encoded == NULL || buf_append_byte(encoded, 0) != OK)
        return 2;
    str_t e = buf_view(encoded); /* %.*s stops at the NUL appended above */
    print("safe-rle: %zu -> %zu bytes: %.*s (round trip %s)\n", str_len(input),
          buf_len(encoded) - 1, (int)e.len, e.bytes, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
