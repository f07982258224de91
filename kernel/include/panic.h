/*
 * panic.h — the always-on stop for corruption and impossible states.
 *
 * panic() prints the message and a frame-pointer backtrace, then halts with
 * HALT_PANIC. KASSERT is the invariant check: `Invariant:` comments sit
 * directly above it. Both stay on in every build.
 */
#ifndef INSULA_PANIC_H
#define INSULA_PANIC_H

#include <stdint.h>

__attribute__((noreturn, format(printf, 1, 2))) void panic(const char *format, ...);

#define KASSERT(cond) \
    do { if (!(cond)) panic("assertion failed at %s:%d: %s", __FILE__, __LINE__, #cond); } while (0)

/* Marks the kernel as panicking; returns false if it already was. */
#include <stdbool.h>
bool panic_enter(void);

/* Prints the return addresses of the frame chain starting at `frame`. */
void backtrace_print(uintptr_t frame, uintptr_t first_pc);

#endif
