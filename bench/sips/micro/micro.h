/*
 * micro.h — the parts of bench-micro, one file each.
 */
#ifndef INSULA_BENCH_MICRO_H
#define INSULA_BENCH_MICRO_H

#include "bench_sip.h"

/* The raw ABI table (bench-micro measures the ABI itself). */
const insula_abi_t *bench_abi(void);

void measure_channel_create(size_t n);
void measure_sip_pingpong(size_t n);
void measure_thread_pingpong(size_t n);

#endif
