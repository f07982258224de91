/*
 * Test stand-in for the stdlib's text API (insula/str.h, console.h, err.h):
 * C-string parameters, formats and views, with the markers the verifier
 * reads (SUBSET.md, SIP-STR-NUL). Trusted, like stdlib.h next to it.
 */
#ifndef INSULA_SIP_TEXT_H
#define INSULA_SIP_TEXT_H

#include <stddef.h>
#include <stdint.h>

#define SIP_CSTR __attribute__((annotate("insula_cstr")))
#define SIP_FORMAT __attribute__((annotate("insula_format")))

/* A bounded view: bytes need not end in NUL. */
typedef struct {
    const char *bytes;
    size_t len;
} view_t;

view_t view_from_cstr(SIP_CSTR const char *s);
/* The view keeps a pointer into the array (SUBSET.md, SIP-PTR-RETAINED). */
#define SIP_RETAINED __attribute__((annotate("insula_retained")))
view_t __insula_view_from_array(SIP_RETAINED const char *a, size_t size);
#define view_from_array(a) __insula_view_from_array((a), sizeof(a))
void console_puts(SIP_CSTR const char *s);
int print(SIP_FORMAT const char *format, ...) __attribute__((format(printf, 1, 2)));
int vprint(SIP_FORMAT const char *format, __builtin_va_list ap);

/* A literal naming the code. */
SIP_CSTR const char *status_name(int code);
/* Bytes the stdlib owns, not NUL-terminated. */
const char *raw_bytes(int which);

typedef struct {
    SIP_CSTR const char *name;   /* a literal */
    const char *data;            /* any bytes */
    char label[8];               /* filled by the stdlib, writable by the SIP */
} record_t;
record_t record_get(int i);

void *__insula_alloc_array(size_t n, size_t size);
#define new_array(T, n) ((T *)__insula_alloc_array((n), sizeof(T)))
#define GREETING "hello"

int main(SIP_CSTR const char *args);

#endif
