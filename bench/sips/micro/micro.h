/*
 * micro.h — the parts of bench-micro, one file each.
 */
#ifndef INSULA_BENCH_MICRO_H
#define INSULA_BENCH_MICRO_H

#include "bench_sip.h"

/* The raw ABI table (bench-micro measures the ABI itself). */
const insula_abi_t *bench_abi(void);

/* This program calls the kernel's ABI table directly (not verifiable code).
   The table's entries lie outside the SIP's LTO unit, where CFI has no jump
   table for them, so its indirect-call check is off in the functions that
   do (and only there). */
#define ABI_DIRECT __attribute__((no_sanitize("cfi-icall")))

void measure_channel_create(size_t n);
void measure_sip_pingpong(size_t n);
void measure_thread_pingpong(size_t n);

#endif
