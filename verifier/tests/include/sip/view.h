/*
 * Test stand-in for the stdlib's read-only types (insula/str.h, buf.h):
 * a view whose members only the stdlib sets (SIP_READONLY, SUBSET.md
 * SIP-LIB-READONLY), the macro that makes one from a literal, and
 * functions that make and take views. Trusted, like stdlib.h next to it.
 */
#ifndef INSULA_SIP_VIEW_H
#define INSULA_SIP_VIEW_H

#include <stddef.h>

#define SIP_READONLY __attribute__((annotate("insula_readonly")))

typedef struct SIP_READONLY {
    const char *bytes;
    size_t len;
} span_t;

/* A view and a status: not read-only, its span is. */
typedef struct {
    int err;
    span_t span;
} span_result_t;

/* A buffer: cap bytes of data, the first len in use (like buf_t). */
typedef struct SIP_READONLY {
    const size_t cap;
    const size_t len;
    unsigned char data[] __attribute__((counted_by(cap)));
} bytes_t;

bytes_t *bytes_new(size_t cap);

#define SPAN(lit) ((span_t){ .bytes = "" lit "", .len = sizeof("" lit "") - 1 })

span_t span_empty(void);
span_result_t span_slice(span_t s, size_t offset, size_t len);
int span_at(span_t s, size_t i);
void span_fill(__attribute__((annotate("insula_out"))) size_t *len);

#endif
