/*
 * fmt.c — the printf engine shared by the kernel core and the stdlib.
 *
 * One pass over the format string: literal runs go straight to the sink,
 * each conversion is parsed into a spec_t, then rendered with padding.
 */
#include "fmt.h"

#include <stdbool.h>
#include <stdint.h>

enum length { LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG, LEN_LLONG, LEN_SIZE, LEN_PTRDIFF, LEN_MAX };

typedef struct {
    bool left;        /* '-' */
    bool zero;        /* '0' */
    bool plus;        /* '+' */
    bool space;       /* ' ' */
    bool alt;         /* '#' */
    int width;        /* -1: none */
    int precision;    /* -1: none */
    enum length length;
    char conv;
} spec_t;

typedef struct {
    fmt_sink_t sink;
    void *ctx;
    size_t count;
} out_t;

static void out_bytes(out_t *out, const char *s, size_t n)
{
    if (n == 0)
        return;
    out->sink(out->ctx, s, n);
    out->count += n;
}

static void out_repeat(out_t *out, char c, int n)
{
    char chunk[16];
    for (int i = 0; i < (int)sizeof(chunk); i++)
        chunk[i] = c;
    while (n > 0) {
        int step = n < (int)sizeof(chunk) ? n : (int)sizeof(chunk);
        out_bytes(out, chunk, (size_t)step);
        n -= step;
    }
}

static size_t str_len_max(const char *s, int max)
{
    size_t n = 0;
    while (s[n] != '\0' && (max < 0 || n < (size_t)max))
        n++;
    return n;
}

static const char *parse_int(const char *p, int *value)
{
    int v = 0;
    while (*p >= '0' && *p <= '9') {
        if (v < 100000)
            v = v * 10 + (*p - '0');
        p++;
    }
    *value = v;
    return p;
}

static const char *parse_flags(const char *p, spec_t *spec)
{
    for (;; p++) {
        switch (*p) {
        case '-': spec->left = true; break;
        case '0': spec->zero = true; break;
        case '+': spec->plus = true; break;
        case ' ': spec->space = true; break;
        case '#': spec->alt = true; break;
        default: return p;
        }
    }
}

static const char *parse_length(const char *p, spec_t *spec)
{
    spec->length = LEN_INT;
    if (p[0] == 'h' && p[1] == 'h') { spec->length = LEN_CHAR; return p + 2; }
    if (p[0] == 'l' && p[1] == 'l') { spec->length = LEN_LLONG; return p + 2; }
    switch (*p) {
    case 'h': spec->length = LEN_SHORT; return p + 1;
    case 'l': spec->length = LEN_LONG; return p + 1;
    case 'z': spec->length = LEN_SIZE; return p + 1;
    case 't': spec->length = LEN_PTRDIFF; return p + 1;
    case 'j': spec->length = LEN_MAX; return p + 1;
    default: return p;
    }
}

/* Parses one conversion after '%'; returns the position after it. */
static const char *parse_spec(const char *p, spec_t *spec, va_list *ap)
{
    *spec = (spec_t){ .width = -1, .precision = -1 };
    p = parse_flags(p, spec);
    if (*p == '*') {
        spec->width = va_arg(*ap, int);
        if (spec->width < 0) {
            spec->left = true;
            spec->width = -spec->width;
        }
        p++;
    } else if (*p >= '1' && *p <= '9') {
        p = parse_int(p, &spec->width);
    }
    if (*p == '.') {
        p++;
        if (*p == '*') {
            spec->precision = va_arg(*ap, int);
            p++;
        } else {
            p = parse_int(p, &spec->precision);
        }
    }
    p = parse_length(p, spec);
    spec->conv = *p;
    return *p ? p + 1 : p;
}

static uintmax_t fetch_unsigned(const spec_t *spec, va_list *ap)
{
    switch (spec->length) {
    case LEN_CHAR: return (unsigned char)va_arg(*ap, unsigned);
    case LEN_SHORT: return (unsigned short)va_arg(*ap, unsigned);
    case LEN_LONG: return va_arg(*ap, unsigned long);
    case LEN_LLONG: return va_arg(*ap, unsigned long long);
    case LEN_SIZE: return va_arg(*ap, size_t);
    case LEN_PTRDIFF: return (uintmax_t)va_arg(*ap, ptrdiff_t);
    case LEN_MAX: return va_arg(*ap, uintmax_t);
    default: return va_arg(*ap, unsigned);
    }
}

static intmax_t fetch_signed(const spec_t *spec, va_list *ap)
{
    switch (spec->length) {
    case LEN_CHAR: return (signed char)va_arg(*ap, int);
    case LEN_SHORT: return (short)va_arg(*ap, int);
    case LEN_LONG: return va_arg(*ap, long);
    case LEN_LLONG: return va_arg(*ap, long long);
    case LEN_SIZE: return (intmax_t)va_arg(*ap, size_t);
    case LEN_PTRDIFF: return va_arg(*ap, ptrdiff_t);
    case LEN_MAX: return va_arg(*ap, intmax_t);
    default: return va_arg(*ap, int);
    }
}

/* Writes the digits of v in `base` right-aligned into buf; returns count. */
static int render_digits(uintmax_t v, unsigned base, bool upper, char *buf, int size)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int n = 0;
    do {
        buf[size - 1 - n] = digits[v % base];
        v /= base;
        n++;
    } while (v != 0 && n < size);
    return n;
}

/* Emits sign/prefix, zero or space padding and the digits of one number. */
static void emit_number(out_t *out, const spec_t *spec, uintmax_t magnitude,
                        const char *prefix, unsigned base)
{
    char buf[32];
    int ndigits = render_digits(magnitude, base, spec->conv == 'X', buf, sizeof(buf));
    if (spec->precision == 0 && magnitude == 0)
        ndigits = 0;
    int zeros = spec->precision > ndigits ? spec->precision - ndigits : 0;
    int plen = (int)str_len_max(prefix, -1);
    int body = plen + zeros + ndigits;
    int pad = spec->width > body ? spec->width - body : 0;
    bool zero_pad = spec->zero && !spec->left && spec->precision < 0;
    if (zero_pad) {
        zeros += pad;
        pad = 0;
    }
    if (!spec->left)
        out_repeat(out, ' ', pad);
    out_bytes(out, prefix, (size_t)plen);
    out_repeat(out, '0', zeros);
    out_bytes(out, buf + sizeof(buf) - ndigits, (size_t)ndigits);
    if (spec->left)
        out_repeat(out, ' ', pad);
}

static void format_signed(out_t *out, const spec_t *spec, va_list *ap)
{
    intmax_t v = fetch_signed(spec, ap);
    uintmax_t magnitude = v < 0 ? (uintmax_t)0 - (uintmax_t)v : (uintmax_t)v;
    const char *prefix = v < 0 ? "-" : spec->plus ? "+" : spec->space ? " " : "";
    emit_number(out, spec, magnitude, prefix, 10);
}

static void format_unsigned(out_t *out, const spec_t *spec, va_list *ap)
{
    uintmax_t v = fetch_unsigned(spec, ap);
    unsigned base = spec->conv == 'o' ? 8 : spec->conv == 'u' ? 10 : 16;
    const char *prefix = "";
    if (spec->alt && v != 0 && base == 16)
        prefix = spec->conv == 'X' ? "0X" : "0x";
    else if (spec->alt && base == 8)
        prefix = "0";
    emit_number(out, spec, v, prefix, base);
}

static void format_pointer(out_t *out, const spec_t *spec, va_list *ap)
{
    uintptr_t v = (uintptr_t)va_arg(*ap, void *);
    spec_t hex = *spec;
    hex.conv = 'x';
    emit_number(out, &hex, v, "0x", 16);
}

static void emit_padded(out_t *out, const spec_t *spec, const char *s, size_t n)
{
    int pad = spec->width > (int)n ? spec->width - (int)n : 0;
    if (!spec->left)
        out_repeat(out, ' ', pad);
    out_bytes(out, s, n);
    if (spec->left)
        out_repeat(out, ' ', pad);
}

static void format_one(out_t *out, const spec_t *spec, va_list *ap)
{
    switch (spec->conv) {
    case 'd': case 'i': format_signed(out, spec, ap); break;
    case 'u': case 'x': case 'X': case 'o': format_unsigned(out, spec, ap); break;
    case 'p': format_pointer(out, spec, ap); break;
    case 'c': {
        char c = (char)va_arg(*ap, int);
        emit_padded(out, spec, &c, 1);
        break;
    }
    case 's': {
        const char *s = va_arg(*ap, const char *);
        if (s == NULL)
            s = "(null)";
        emit_padded(out, spec, s, str_len_max(s, spec->precision));
        break;
    }
    case '%': out_bytes(out, "%", 1); break;
    default:
        /* Unknown conversion: print it as written so the mistake shows. */
        out_bytes(out, "%", 1);
        if (spec->conv)
            out_bytes(out, &spec->conv, 1);
        break;
    }
}

size_t fmt_vformat(fmt_sink_t sink, void *ctx, const char *format, va_list ap)
{
    out_t out = { .sink = sink, .ctx = ctx, .count = 0 };
    va_list args;
    va_copy(args, ap);
    const char *p = format;
    while (*p) {
        const char *run = p;
        while (*p && *p != '%')
            p++;
        out_bytes(&out, run, (size_t)(p - run));
        if (*p != '%')
            break;
        spec_t spec;
        p = parse_spec(p + 1, &spec, &args);
        format_one(&out, &spec, &args);
    }
    va_end(args);
    return out.count;
}

typedef struct {
    char *buf;
    size_t size;
    size_t used;
} buffer_sink_t;

static void buffer_write(void *ctx, const char *bytes, size_t len)
{
    buffer_sink_t *b = ctx;
    for (size_t i = 0; i < len; i++) {
        if (b->used + 1 < b->size)
            b->buf[b->used] = bytes[i];
        b->used++;
    }
}

size_t fmt_vsnprintf(char *buf, size_t size, const char *format, va_list ap)
{
    buffer_sink_t b = { .buf = buf, .size = size, .used = 0 };
    size_t n = fmt_vformat(buffer_write, &b, format, ap);
    if (size > 0)
        buf[b.used < size ? b.used : size - 1] = '\0';
    return n;
}

size_t fmt_snprintf(char *buf, size_t size, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    size_t n = fmt_vsnprintf(buf, size, format, ap);
    va_end(ap);
    return n;
}
