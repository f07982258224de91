/*
 * buf.c — byte buffers with their length and capacity (insula/buf.h).
 *
 * Invariant: 0 <= len <= cap, and data[0..cap) is one heap object made by
 * buf_new. Every entry point checks it (buf_check) before touching data,
 * so a damaged buffer is refused with ERR_CORRUPT instead of being used.
 * `len` is const to SIP code; only buf_len_set writes it.
 */
#include "fmt.h"
#include "insula/buf.h"
#include "insula/heap.h"
#include "mem.h"

/* What a buf_vformat in progress has written past the old length. */
typedef struct {
    buf_t *buf;
    size_t end;        /* offset of the next byte to write */
    bool overflow;     /* output did not fit */
} buf_format_state_t;

/*@ requires \valid(&b->len);
    assigns *(size_t *)&b->len;
    ensures b->len == len; */
static void buf_len_set(buf_t *b, size_t len)
{
    *(size_t *)&b->len = len;
}

/* Errors: ERR_INVALID (NULL), ERR_CORRUPT (len > cap). */
/*@ requires b == \null || buf_header(b);
    assigns \nothing;
    ensures \result == buf_status(b); */
static err_t buf_check(const buf_t *b)
{
    if (b == NULL)
        return ERR_INVALID;
    /* Invariant: len <= cap (see the file comment). */
    if (b->len > b->cap)
        return ERR_CORRUPT;
    return OK;
}

buf_t *buf_new(size_t cap)
{
    return new_flex(buf_t, cap, data, cap);
}

size_t buf_len(const buf_t *b)
{
    return buf_check(b) == OK ? b->len : 0;
}

size_t buf_cap(const buf_t *b)
{
    return b != NULL ? b->cap : 0;
}

int buf_get(const buf_t *b, size_t i)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (i >= b->len)
        return ERR_RANGE;
    return b->data[i];
}

err_t buf_set(buf_t *b, size_t i, uint8_t byte)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (i >= b->len)
        return ERR_RANGE;
    b->data[i] = byte;
    return OK;
}

err_t buf_copy(buf_t *b, size_t at, str_t src)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    size_t n = src.bytes != NULL ? src.len : 0;
    if (at > b->len || n > b->cap - at)
        return ERR_RANGE;
    if (n > 0)
        memmove(b->data + at, src.bytes, n);
    if (at + n > b->len)
        buf_len_set(b, at + n);
    return OK;
}

err_t buf_append(buf_t *b, str_t bytes)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (str_len(bytes) > b->cap - b->len)
        return ERR_RANGE;
    return buf_copy(b, b->len, bytes);
}

err_t buf_append_byte(buf_t *b, uint8_t byte)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (b->len == b->cap)
        return ERR_RANGE;
    b->data[b->len] = byte;
    buf_len_set(b, b->len + 1);
    return OK;
}

err_t buf_truncate(buf_t *b, size_t len)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (len > b->len)
        return ERR_RANGE;
    buf_len_set(b, len);
    return OK;
}

str_t buf_view(const buf_t *b)
{
    if (buf_check(b) != OK)
        return str_empty();
    return (str_t){ .bytes = (const char *)b->data, .len = b->len };
}

str_result_t buf_slice(const buf_t *b, size_t offset, size_t len)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return (str_result_t){ .err = rc, .str = str_empty() };
    return str_slice(buf_view(b), offset, len);
}

/*@ predicate format_state_ok(buf_format_state_t *st) =
      \valid(st) && buf_writable(st->buf) && st->end <= st->buf->cap &&
      \separated(st, &st->buf->len, st->buf->data + (0 .. st->buf->cap - 1));
 */

/*@ requires format_state_ok((buf_format_state_t *)ctx);
    requires \valid_read(bytes + (0 .. len - 1));
    assigns ((buf_format_state_t *)ctx)->overflow, ((buf_format_state_t *)ctx)->end,
      ((buf_format_state_t *)ctx)->buf->data[((buf_format_state_t *)ctx)->end ..
                                             ((buf_format_state_t *)ctx)->buf->cap - 1];
    ensures format_state_ok((buf_format_state_t *)ctx);
    ensures ((buf_format_state_t *)ctx)->end >= \old(((buf_format_state_t *)ctx)->end); */
static void buf_format_sink(void *ctx, const char *bytes, size_t len)
{
    buf_format_state_t *state = ctx;
    if (state->overflow || len > state->buf->cap - state->end) {
        state->overflow = true;
        return;
    }
    /* memmove: the formatted bytes may come from this very buffer. */
    memmove(state->buf->data + state->end, bytes, len);
    state->end += len;
}

err_t buf_vformat(buf_t *b, const char *format, va_list ap)
{
    err_t rc = buf_check(b);
    if (rc != OK)
        return rc;
    if (format == NULL)
        return ERR_INVALID;
    buf_format_state_t state = { .buf = b, .end = b->len, .overflow = false };
    (void)fmt_vformat(buf_format_sink, &state, format, ap);
    if (state.overflow)
        return ERR_RANGE;
    buf_len_set(b, state.end);
    return OK;
}

err_t buf_format(buf_t *b, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    err_t rc = buf_vformat(b, format, ap);
    va_end(ap);
    return rc;
}
