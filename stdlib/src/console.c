/*
 * console.c — console output: one line buffer over the ABI's console_write.
 *
 * Locking: `console.lock` guards every field of `console`; each public
 * function takes it for its whole duration, so one print() is never
 * interleaved with another thread's output.
 */
#include "fmt.h"
#include "insula/console.h"
#include "internal.h"
#include "mem.h"

/* Largest write the ABI accepts in one call (abi.h: console_write). */
#define CONSOLE_ABI_WRITE_MAX ((size_t)64 * 1024)

static struct {
    __insula_lock_t lock;
    size_t len;                       /* bytes buffered in line[] */
    char line[CONSOLE_LINE_MAX];
} console;

/* What a print() in progress has seen; the first error is kept. */
typedef struct {
    err_t err;
} print_state_t;

/* Writes bytes straight to the kernel, in ABI-sized pieces. Lock held. */
__INSULA_ABI_CALLER
static err_t console_emit(const char *bytes, size_t len)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    while (len > 0) {
        size_t step = len < CONSOLE_ABI_WRITE_MAX ? len : CONSOLE_ABI_WRITE_MAX;
        err_t rc = abi->console_write(bytes, step);
        if (rc != OK)
            return rc;
        bytes += step;
        len -= step;
    }
    return OK;
}

/* Writes out and empties the buffer (emptied even on error). Lock held. */
static err_t console_drain(void)
{
    size_t len = console.len;
    console.len = 0;
    return len > 0 ? console_emit(console.line, len) : OK;
}

/* Buffers bytes, draining on newline and when full. Lock held. */
static err_t console_buffer(const char *bytes, size_t len)
{
    err_t first = OK;
    for (size_t i = 0; i < len; i++) {
        console.line[console.len++] = bytes[i];
        if (bytes[i] == '\n' || console.len == CONSOLE_LINE_MAX) {
            err_t rc = console_drain();
            if (first == OK)
                first = rc;
        }
    }
    return first;
}

static void console_sink(void *ctx, const char *bytes, size_t len)
{
    print_state_t *state = ctx;
    err_t rc = console_buffer(bytes, len);
    if (state->err == OK)
        state->err = rc;
}

/* Flushes the line buffer, then writes `len` bytes straight through. */
static err_t console_write_bytes(const char *bytes, size_t len)
{
    if (bytes == NULL && len > 0)
        return ERR_INVALID;
    __insula_lock_acquire(&console.lock);
    err_t rc = console_drain();
    if (rc == OK)
        rc = console_emit(bytes, len);
    __insula_lock_release(&console.lock);
    return rc;
}

/* How many of the first `max` bytes of `s` come before its first NUL. */
static size_t cstr_prefix_len(const char *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n] != '\0')
        n++;
    return n;
}

err_t console_write(const char *bytes, size_t len)
{
    if (bytes == NULL)
        return len > 0 ? ERR_INVALID : OK;
    return console_write_bytes(bytes, cstr_prefix_len(bytes, len));
}

err_t console_write_str(str_t s)
{
    return console_write_bytes(s.bytes, s.len);
}

err_t console_flush(void)
{
    __insula_lock_acquire(&console.lock);
    err_t rc = console_drain();
    __insula_lock_release(&console.lock);
    return rc;
}

err_t console_puts(const char *s)
{
    if (s == NULL)
        s = "(null)";
    __insula_lock_acquire(&console.lock);
    err_t rc = console_buffer(s, strlen(s));
    err_t newline = console_buffer("\n", 1);
    __insula_lock_release(&console.lock);
    return rc != OK ? rc : newline;
}

err_t vprint(const char *format, va_list ap)
{
    if (format == NULL)
        return ERR_INVALID;
    print_state_t state = { .err = OK };
    __insula_lock_acquire(&console.lock);
    (void)fmt_vformat(console_sink, &state, format, ap);
    __insula_lock_release(&console.lock);
    return state.err;
}

err_t print(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    err_t rc = vprint(format, ap);
    va_end(ap);
    return rc;
}
