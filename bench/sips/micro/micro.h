/*
 * micro.h — the parts of bench-micro, one file each.
 */
#ifndef INSULA_BENCH_MICRO_H
#define INSULA_BENCH_MICRO_H

#include "bench_sip.h"

#include "bench.h"

/* raw_abi.c: the measurements defined on the raw ABI table (unverified). */
void measure_abi_call(size_t n);
void measure_page_alloc(size_t n);
void measure_sip_call(Bench_imp_t ep, size_t n);

void measure_channel_create(size_t n);
void measure_sip_pingpong(size_t n);
void measure_sip_pingpong_payload(size_t n, uint64_t only_payload);
#define PINGPONG_ONLY_CALL 2    /* not a payload size */
void measure_thread_pingpong(size_t n);

/* main.c: one benchmark alone, for ./insula bench --profile. */
bool measure_one(str_t name, size_t n, uint64_t payload);

#endif
