/*
 * stream_pingpong.h — a round trip of a payload between two processes over
 * a pair of byte streams (pipes or a UNIX socket), shared by the pipe and
 * socket programs.
 */
#ifndef BENCH_LINUX_STREAM_PINGPONG_H
#define BENCH_LINUX_STREAM_PINGPONG_H

#include <stddef.h>

/* The payload sizes every stream ping-pong measures, in bytes. */
extern const size_t stream_payloads[];
extern const size_t stream_payload_count;

/* Descriptors: the parent writes `parent_out` and reads `parent_in`; the
 * child reads `child_in` and writes `child_out`. */
typedef struct {
    int parent_out, parent_in;
    int child_in, child_out;
} stream_ends_t;

/*
 * Forks a child that echoes every payload back, then reports one protocol
 * line per payload size under `name`: `n` samples of one round trip each
 * (payload there and back), after a warm-up. Exits the process on errors.
 */
void stream_pingpong(const char *name, const stream_ends_t *ends, size_t n);

#endif
