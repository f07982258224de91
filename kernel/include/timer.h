/*
 * timer.h — the periodic tick and the calibrated cycle counter.
 */
#ifndef INSULA_TIMER_H
#define INSULA_TIMER_H

#include <stdint.h>

/* Called by the platform on every timer interrupt, interrupts off. */
void timer_tick(void);

/* Ticks since platform_timer_start(). */
uint64_t timer_ticks(void);
uint32_t timer_hz(void);

/* Starts the platform timer at `hz` and remembers the rate. */
void timer_start(uint32_t hz);

/* Calibrates the TSC once; later calls return the stored rate. */
uint64_t tsc_hz(void);
void tsc_set_hz(uint64_t hz);

/* Nanoseconds since boot, from the TSC. */
uint64_t time_ns(void);

/* The time `ns` from now (saturating), and the nanoseconds left until `deadline`. */
uint64_t time_ns_after(uint64_t ns);
uint64_t time_ns_until(uint64_t deadline);

#endif
