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

void kprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *format, va_list ap);

/* "warning: ..." / "error: ..." lines with a subsystem tag. */
void kwarn(const char *subsystem, const char *format, ...) __attribute__((format(printf, 2, 3)));

#endif
