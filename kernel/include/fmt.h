/*
 * fmt.h — printf-style formatting into any byte sink.
 *
 * Written once for the kernel core (both platforms) and the stdlib.
 * Supported: %d %i %u %x %X %o %c %s %p %%, flags '-' '0' '+' ' ' '#',
 * field width and precision (also '*'), length modifiers hh h l ll z t j.
 * Unknown conversions are printed verbatim; a NULL %s prints "(null)".
 */
#ifndef INSULA_FMT_H
#define INSULA_FMT_H

#include <stdarg.h>
#include <stddef.h>

/* Receives `len` bytes of output; `ctx` is the caller's. */
typedef void (*fmt_sink_t)(void *ctx, const char *bytes, size_t len);

/* Formats into `sink`; returns the number of bytes produced. */
size_t fmt_vformat(fmt_sink_t sink, void *ctx, const char *format, va_list ap);

/*
 * Formats into buf (always NUL-terminated when size > 0).
 * Returns the length the full output would have had, like snprintf.
 */
size_t fmt_snprintf(char *buf, size_t size, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
size_t fmt_vsnprintf(char *buf, size_t size, const char *format, va_list ap);

#endif
