/*
 * insula/console.h — console output through the kernel ABI.
 *
 * print()/vprint()/console_puts() go through one line buffer of
 * CONSOLE_LINE_MAX bytes, written to the kernel when a newline is
 * buffered, when it is full, on console_flush() and on exit.
 * console_write() first flushes that buffer, then writes directly, so
 * output keeps its order. All functions are safe to call from several
 * threads of the SIP; a line from one print() is not split by another's.
 *
 * Errors are the kernel's (abi/abi.h): ERR_BAD_ADDRESS (bytes not in the
 * SIP's memory), ERR_INVALID (NULL bytes with len > 0, or the console used
 * before start-up). After an error the buffered line is dropped.
 */
#ifndef INSULA_STDLIB_CONSOLE_H
#define INSULA_STDLIB_CONSOLE_H

#include "insula/err.h"
#include "insula/str.h"

#include <stdarg.h>
#include <stddef.h>

#define CONSOLE_LINE_MAX 128

/*
 * Writes the C string `bytes`, at most `len` bytes of it: it stops at the
 * first NUL. In verified code every char * is a C string (SIP-STR-NUL), so
 * whatever `len` says the write never reads past the object. Bytes that may
 * hold NULs go through console_write_str. Any length (split into ABI-sized
 * writes).
 */
err_t console_write(const char *bytes, size_t len);

/* Writes the bytes of a view (unbuffered, like console_write). */
err_t console_write_str(str_t s);

/* Buffers `s` (NUL-terminated; NULL prints "(null)") and a newline. */
err_t console_puts(SIP_CSTR const char *s);

/* Writes out whatever is buffered. */
err_t console_flush(void);

/* printf-style output (conversions: see fmt.h) through the line buffer.
   Returns the first error the kernel reported, or OK; ERR_INVALID for a
   NULL format. */
err_t print(SIP_FORMAT const char *format, ...) __attribute__((format(printf, 1, 2)));
err_t vprint(SIP_FORMAT const char *format, va_list ap);

#endif
