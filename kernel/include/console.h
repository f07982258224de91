/*
 * console.h — kernel log output.
 *
 * kprintf() formats to the platform console. The log is line-buffered per
 * call with interrupts masked, so lines from the timer and from threads do
 * not interleave mid-line.
 */
#ifndef INSULA_CONSOLE_H
#define INSULA_CONSOLE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "err.h"

void kprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *format, va_list ap);

/* "warning: ..." / "error: ..." lines with a subsystem tag. */
void kwarn(const char *subsystem, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* ---- the log: the console's recent output (console.c) ---- */

/* Keeps `bytes` in the log ring (interrupts off); kprintf and the
   console_write ABI entry call it. */
void console_log_record(const char *bytes, size_t len);

/* Copies the last min(cap, what is held) bytes of the log into buf. */
size_t console_log_tail(char *buf, size_t cap);

/* ---- console input (console_input.c) ---- */

/*
 * Copies up to `cap` bytes typed on the console into buf, waiting up to
 * `timeout_ns` (THREAD_FOREVER: no limit) for the first; *got gets the
 * count. The first call starts the input. Errors: ERR_TIMEOUT, ERR_CLOSED
 * (the input has ended: hosted stdin at its end).
 */
err_t console_read(char *buf, size_t cap, uint64_t timeout_ns, size_t *got);

/* Each timer tick (interrupts off): takes what the platform received. */
void console_input_poll(void);

#endif
