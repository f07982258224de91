/*
 * stream_pingpong.c — payload round trips over byte streams (see the header).
 */
#include "stream_pingpong.h"

#include "bench.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define WARMUP 200

const size_t stream_payloads[] = { 1, 4, 64, 1024, 4096, 65536 };
const size_t stream_payload_count = sizeof(stream_payloads) / sizeof(stream_payloads[0]);

static uint8_t *payload_buffer(void)
{
    uint8_t *buf = malloc(stream_payloads[stream_payload_count - 1]);
    if (buf == NULL)
        bench_die("malloc");
    for (size_t i = 0; i < stream_payloads[stream_payload_count - 1]; i++)
        buf[i] = (uint8_t)i;
    return buf;
}

static _Noreturn void echo_child(const stream_ends_t *e, size_t n)
{
    close(e->parent_out);
    if (e->parent_in != e->parent_out)
        close(e->parent_in);
    uint8_t *buf = payload_buffer();
    for (size_t p = 0; p < stream_payload_count; p++) {
        for (size_t i = 0; i < WARMUP + n; i++) {
            read_full(e->child_in, buf, stream_payloads[p]);
            write_full(e->child_out, buf, stream_payloads[p]);
        }
    }
    _exit(0);
}

static void measure_payload(const char *name, const stream_ends_t *e, size_t size, size_t n)
{
    uint8_t *buf = payload_buffer();
    bench_samples_t s;
    samples_init(&s, n);
    for (size_t i = 0; i < WARMUP + n; i++) {
        uint64_t t0 = cycles();
        write_full(e->parent_out, buf, size);
        read_full(e->parent_in, buf, size);
        if (i >= WARMUP)
            samples_add(&s, cycles() - t0);
    }
    samples_report(&s, name, size);
    free(buf);
}

void stream_pingpong(const char *name, const stream_ends_t *ends, size_t n)
{
    pid_t child = fork();
    if (child < 0)
        bench_die("fork");
    if (child == 0)
        echo_child(ends, n);
    close(ends->child_in);
    if (ends->child_out != ends->child_in)
        close(ends->child_out);
    for (size_t p = 0; p < stream_payload_count; p++)
        measure_payload(name, ends, stream_payloads[p], n);
    int status;
    if (waitpid(child, &status, 0) != child || status != 0)
        bench_die("waitpid: echo process failed");
}
