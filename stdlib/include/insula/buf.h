/*
 * insula/buf.h — byte buffers that carry their length and capacity.
 *
 * A buf_t lives on the SIP's heap and is made only by buf_new(): the SIP
 * holds a buf_t *, never a buf_t (the subset forbids declaring objects with
 * a flexible array). `cap` is fixed at creation; `len` (0..cap) changes only
 * through the functions below. data[i] is bounds-checked by the compiler
 * against `cap` (counted_by); the functions check against `len`. buf_t is
 * SIP_READONLY (verifier/SUBSET.md, SIP-LIB-READONLY): no braced
 * initializer or compound literal of one, nor of a struct holding one, can
 * make up a cap without the bytes behind it.
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

typedef struct SIP_READONLY {
    const size_t cap;    /* bytes in data[]; set by buf_new, never changed */
    const size_t len;    /* bytes in use; written only by the stdlib */
    uint8_t data[] __attribute__((counted_by(cap)));
} buf_t;

/*
 * ACSL (proved by `./insula verify --prove`, verifier/README.md). A buffer
 * argument is NULL or a buf_t whose data[] holds cap bytes (what buf_new
 * makes); its len may be damaged, which buf_status reports.
 */
/*@ predicate buf_header(buf_t *b) = \valid_read(&b->cap) && \valid_read(&b->len);

    predicate buf_readable(buf_t *b) =
      buf_header(b) && b->cap <= PTRDIFF_MAX &&
      \valid_read(b->data + (0 .. b->cap - 1));

    predicate buf_writable(buf_t *b) =
      buf_readable(b) && \valid(&b->len) && \valid(b->data + (0 .. b->cap - 1));

    logic integer buf_status(buf_t *b) =
      b == \null ? ERR_INVALID : b->len > b->cap ? ERR_CORRUPT : OK;
 */

/* A new, empty, zero-filled buffer of `cap` bytes on the SIP's heap.
   Returns NULL when the heap refuses (heap_last_error() says why). */
buf_t *buf_new(size_t cap);

/* Bytes in use / capacity; 0 for NULL. */
/*@ requires b == \null || buf_header(b);
    assigns \nothing;
    ensures \result == (buf_status(b) == OK ? b->len : 0); */
size_t buf_len(const buf_t *b);
/*@ requires b == \null || buf_header(b);
    assigns \nothing;
    ensures \result == (b == \null ? 0 : b->cap); */
size_t buf_cap(const buf_t *b);

/* Byte i as 0..255. Errors: ERR_RANGE (i >= len). */
/*@ requires b == \null || buf_readable(b);
    assigns \nothing;
    ensures buf_status(b) != OK ==> \result == buf_status(b);
    ensures buf_status(b) == OK && i >= b->len ==> \result == ERR_RANGE;
    ensures buf_status(b) == OK && i < b->len ==> \result == b->data[i]; */
int buf_get(const buf_t *b, size_t i);

/* Sets byte i (i < len). Errors: ERR_RANGE. */
/*@ requires b == \null || buf_writable(b);
    assigns b->data[i];
    behavior refused:
      assumes buf_status(b) != OK || i >= b->len;
      assigns \nothing;
      ensures \result == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
    behavior done:
      assumes buf_status(b) == OK && i < b->len;
      assigns b->data[i];
      ensures \result == OK && b->data[i] == byte;
    complete behaviors;
    disjoint behaviors; */
err_t buf_set(buf_t *b, size_t i, uint8_t byte);

/* Appends all of `bytes`, or nothing. Errors: ERR_RANGE (does not fit). */
/*@ requires b == \null || buf_writable(b);
    requires str_valid(bytes);
    assigns b->data[b->len .. b->len + str_length(bytes) - 1], *(size_t *)&b->len;
    behavior refused:
      assumes buf_status(b) != OK || str_length(bytes) > b->cap - b->len;
      assigns \nothing;
      ensures \result == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
    behavior done:
      assumes buf_status(b) == OK && str_length(bytes) <= b->cap - b->len;
      assigns b->data[b->len .. b->len + str_length(bytes) - 1], *(size_t *)&b->len;
      ensures \result == OK && b->len == \old(b->len) + str_length(bytes);
    complete behaviors;
    disjoint behaviors; */
err_t buf_append(buf_t *b, str_t bytes);

/* Appends one byte. Errors: ERR_RANGE (full). */
/*@ requires b == \null || buf_writable(b);
    assigns b->data[b->len], *(size_t *)&b->len;
    behavior refused:
      assumes buf_status(b) != OK || b->len == b->cap;
      assigns \nothing;
      ensures \result == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
    behavior done:
      assumes buf_status(b) == OK && b->len < b->cap;
      assigns b->data[b->len], *(size_t *)&b->len;
      ensures \result == OK && b->len == \old(b->len) + 1;
      ensures b->data[\old(b->len)] == byte;
    complete behaviors;
    disjoint behaviors; */
err_t buf_append_byte(buf_t *b, uint8_t byte);

/*
 * Writes `src` at offset `at` (at <= len: no holes), growing len if the
 * write ends past it. `src` may be a view of b itself.
 * Errors: ERR_RANGE (at > len, or at + src.len > cap).
 */
/*@ requires b == \null || buf_writable(b);
    requires str_valid(src);
    assigns b->data[at .. at + str_length(src) - 1], *(size_t *)&b->len;
    behavior refused:
      assumes buf_status(b) != OK || at > b->len || at + str_length(src) > b->cap;
      assigns \nothing;
      ensures \result == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
    behavior done:
      assumes buf_status(b) == OK && at <= b->len && at + str_length(src) <= b->cap;
      assigns b->data[at .. at + str_length(src) - 1], *(size_t *)&b->len;
      ensures \result == OK && b->len == \max(\old(b->len), at + str_length(src));
    complete behaviors;
    disjoint behaviors; */
err_t buf_copy(buf_t *b, size_t at, str_t src);

/* Shrinks len to `len`. Errors: ERR_RANGE (len > current len). */
/*@ requires b == \null || (buf_header(b) && \valid(&b->len));
    assigns *(size_t *)&b->len;
    behavior refused:
      assumes buf_status(b) != OK || len > b->len;
      assigns \nothing;
      ensures \result == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
    behavior done:
      assumes buf_status(b) == OK && len <= b->len;
      ensures \result == OK && b->len == len;
    complete behaviors;
    disjoint behaviors; */
err_t buf_truncate(buf_t *b, size_t len);

/* The bytes in use, as a view (the empty view for NULL or a corrupt b). */
/*@ requires b == \null || buf_readable(b);
    assigns \nothing;
    ensures str_made(\result);
    ensures buf_status(b) != OK ==> \result.len == 0;
    ensures buf_status(b) == OK ==>
      \result.bytes == (char *)b->data && \result.len == b->len; */
str_t buf_view(SIP_RETAINED const buf_t *b);

/* A view of `len` bytes from `offset`. Errors: ERR_INVALID, ERR_CORRUPT,
   ERR_RANGE (offset + len > buf_len(b)). */
/*@ requires b == \null || buf_readable(b);
    assigns \nothing;
    ensures str_made(\result.str);
    behavior refused:
      assumes buf_status(b) != OK || offset + len > b->len;
      ensures \result.err == (buf_status(b) != OK ? buf_status(b) : ERR_RANGE);
      ensures \result.str.len == 0;
    behavior done:
      assumes buf_status(b) == OK && offset + len <= b->len;
      ensures \result.err == OK && \result.str.len == len;
      ensures len > 0 ==> \result.str.bytes == (char *)b->data + offset;
    complete behaviors;
    disjoint behaviors; */
str_result_t buf_slice(SIP_RETAINED const buf_t *b, size_t offset, size_t len);

/*
 * Appends printf-style output (see fmt.h for the conversions), all or
 * nothing. Errors: ERR_RANGE (the output does not fit; len is unchanged),
 * ERR_INVALID (NULL format).
 */
err_t buf_format(buf_t *b, SIP_FORMAT const char *format, ...)
    __attribute__((format(printf, 2, 3)));
err_t buf_vformat(buf_t *b, SIP_FORMAT const char *format, va_list ap);

#endif
