/*
 * insula/buf.h — byte buffers that carry their length and capacity.
 *
 * A buf_t lives on the SIP's heap and is made only by buf_new(): the SIP
 * holds a buf_t *, never a buf_t (the subset forbids declaring objects with
 * a flexible array). `cap` is fixed at creation; `len` (0..cap) changes only
 * through the functions below. data[i] is bounds-checked by the compiler
 * against `cap` (counted_by); the functions check against `len`.
 * Every function refuses misuse with an error and changes nothing then.
 *
 * Errors use the conventions of insula/err.h; every function taking a
 * buf_t * returns ERR_INVALID for NULL and ERR_CORRUPT if len > cap.
 */
#ifndef INSULA_STDLIB_BUF_H
#define INSULA_STDLIB_BUF_H

#include "insula/err.h"
#include "insula/str.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const size_t cap;    /* bytes in data[]; set by buf_new, never changed */
    const size_t len;    /* bytes in use; written only by the stdlib */
    uint8_t data[] __attribute__((counted_by(cap)));
} buf_t;

/* A new, empty, zero-filled buffer of `cap` bytes on the SIP's heap.
   Returns NULL when the heap refuses (heap_last_error() says why). */
buf_t *buf_new(size_t cap);

/* Bytes in use / capacity; 0 for NULL. */
size_t buf_len(const buf_t *b);
size_t buf_cap(const buf_t *b);

/* Byte i as 0..255. Errors: ERR_RANGE (i >= len). */
int buf_get(const buf_t *b, size_t i);

/* Sets byte i (i < len). Errors: ERR_RANGE. */
err_t buf_set(buf_t *b, size_t i, uint8_t byte);

/* Appends all of `bytes`, or nothing. Errors: ERR_RANGE (does not fit). */
err_t buf_append(buf_t *b, str_t bytes);

/* Appends one byte. Errors: ERR_RANGE (full). */
err_t buf_append_byte(buf_t *b, uint8_t byte);

/*
 * Writes `src` at offset `at` (at <= len: no holes), growing len if the
 * write ends past it. `src` may be a view of b itself.
 * Errors: ERR_RANGE (at > len, or at + src.len > cap).
 */
err_t buf_copy(buf_t *b, size_t at, str_t src);

/* Shrinks len to `len`. Errors: ERR_RANGE (len > current len). */
err_t buf_truncate(buf_t *b, size_t len);

/* The bytes in use, as a view (the empty view for NULL or a corrupt b). */
str_t buf_view(const buf_t *b);

/* A view of `len` bytes from `offset`. Errors: ERR_INVALID, ERR_CORRUPT,
   ERR_RANGE (offset + len > buf_len(b)). */
str_result_t buf_slice(const buf_t *b, size_t offset, size_t len);

/*
 * Appends printf-style output (see fmt.h for the conversions), all or
 * nothing. Errors: ERR_RANGE (the output does not fit; len is unchanged),
 * ERR_INVALID (NULL format).
 */
err_t buf_format(buf_t *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
err_t buf_vformat(buf_t *b, const char *format, va_list ap);

#endif
