/*
 * safe-base64 — RFC 4648 base64: encodes test strings into a buf_t,
 * decodes them back and compares. Prints:
 *   safe-base64: "<text>" -> <encoding> (round trip ok|FAILED)
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-base64", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static const char alphabet[65] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int value_of(int c)
{
    for (int i = 0; i < 64; i++)
        if (alphabet[i] == c)
            return i;
    return -1;
}

/* The base64 of `s`, NUL-terminated; NULL when out of memory. */
static buf_t *encode(str_t s)
{
    size_t len = str_len(s);
    buf_t *out = buf_new((len + 2) / 3 * 4 + 1);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t group = (uint32_t)str_at(s, i) << 16;
        if (i + 1 < len)
            group |= (uint32_t)str_at(s, i + 1) << 8;
        if (i + 2 < len)
            group |= (uint32_t)str_at(s, i + 2);
        buf_append_byte(out, (uint8_t)alphabet[(group >> 18) & 63]);
        buf_append_byte(out, (uint8_t)alphabet[(group >> 12) & 63]);
        buf_append_byte(out, i + 1 < len ? (uint8_t)alphabet[(group >> 6) & 63] : '=');
        buf_append_byte(out, i + 2 < len ? (uint8_t)alphabet[group & 63] : '=');
    }
    return out;
}

static buf_t *decode(str_t s)
{
    buf_t *out = buf_new(str_len(s) / 4 * 3 + 1);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i + 3 < str_len(s); i += 4) {
        uint32_t group = 0;
        int pad = 0;
        for (size_t j = 0; j < 4; j++) {
            int c = str_at(s, i + j);
            int v = c == '=' ? 0 : value_of(c);
            if (v < 0)
                return NULL;
            pad += c == '=';
            group = group << 6 | (uint32_t)v;
        }
        buf_append_byte(out, (uint8_t)(group >> 16));
        if (pad < 2)
            buf_append_byte(out, (uint8_t)(group >> 8));
        if (pad < 1)
            buf_append_byte(out, (uint8_t)group);
    }
    return out;
}

static bool show(const char *text)
{
    str_t s = str_from_cstr(text);
    buf_t *encoded = encode(s);
    buf_t *decoded = encoded != NULL ? decode(buf_view(encoded)) : NULL;
    bool ok = decoded != NULL && str_equal(buf_view(decoded), s);
    if (encoded == NULL || buf_append_byte(encoded, 0) != OK)
        return false;
    str_t e = buf_view(encoded); /* %.*s stops at the NUL appended above */
    print("safe-base64: \"%s\" -> %.*s (round trip %s)\n", text, (int)e.len, e.bytes,
          ok ? "ok" : "FAILED");
    return ok;
}

int main(const char *args)
{
    (void)args;
    bool ok = show("Many hands make light work.");
    ok &= show("f");
    ok &= show("fo");
    ok &= show("foobar");
    return ok ? 0 : 1;
}
