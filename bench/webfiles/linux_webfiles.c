/*
 * linux_webfiles.c — WebFiles on Linux, beside Insula's client: the same
 * request sequence (sequence.h) served by Linux from the same file set,
 * read with open/pread/close from the tree the image was made of (not
 * from the image: mounting it needs privileges a test may not have). Only
 * the system calls are timed; every byte is checked, untimed, as the
 * client does.
 *
 *   linux_webfiles TREE DIRS N
 */
#include "sequence.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#define CHUNK 65536

static webfiles_seq_t seq;

static int compare(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Reads one file; returns its cycles in system calls, or 0 on a mismatch. */
static uint64_t request(const char *tree, const char *path, uint64_t size, uint8_t *data)
{
    char host[4096];
    snprintf(host, sizeof(host), "%s%s", tree, path);
    uint32_t state = WEBFILES_FNV_BASIS;
    for (const char *c = path; *c; c++)
        state = webfiles_fnv1a_step(state, (uint8_t)*c);
    uint64_t t0 = __rdtsc();
    int fd = open(host, O_RDONLY);
    uint64_t timed = __rdtsc() - t0;
    int ok = fd >= 0;
    for (uint64_t off = 0; ok && off < size;) {
        t0 = __rdtsc();
        ssize_t got = pread(fd, data, CHUNK, (off_t)off);
        timed += __rdtsc() - t0;
        ok = got > 0;
        for (ssize_t i = 0; ok && i < got; i++) {
            state = state * 1103515245u + 12345u;
            ok = data[i] == (uint8_t)(state >> 24);
        }
        off += got > 0 ? (uint64_t)got : 0;
    }
    t0 = __rdtsc();
    if (fd >= 0)
        close(fd);
    timed += __rdtsc() - t0;
    return ok ? (timed ? timed : 1) : 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: linux_webfiles TREE DIRS N\n");
        return 2;
    }
    uint32_t dirs = (uint32_t)atoi(argv[2]), n = (uint32_t)atoi(argv[3]);
    uint64_t *samples = calloc(n ? n : 1, sizeof(*samples));
    uint8_t *data = malloc(CHUNK);
    uint64_t bytes = 0, start = now_ns();
    uint32_t mismatches = 0;
    webfiles_seq_init(&seq, dirs);
    for (uint32_t i = 0; i < n; i++) {
        webfiles_pick_t p = webfiles_seq_next(&seq);
        char path[64];
        snprintf(path, sizeof(path), "/dir%05u/class%u_%u", p.dir, p.class_id, p.file);
        samples[i] = request(argv[1], path, p.size, data);
        mismatches += samples[i] == 0;
        bytes += p.size;
    }
    uint64_t us = (now_ns() - start) / 1000;
    us = us ? us : 1;
    qsort(samples, n, sizeof(*samples), compare);
    printf("linux-webfiles: %u requests, %llu bytes, %u mismatched file(s)\n", n,
           (unsigned long long)bytes, mismatches);
    printf("linux-webfiles: %llu requests/s, %llu KB/s, median %llu cycles, p99 %llu cycles\n",
           (unsigned long long)n * 1000000 / us, (unsigned long long)bytes * 1000 / us,
           (unsigned long long)samples[n / 2], (unsigned long long)samples[(uint64_t)n * 99 / 100]);
    printf("bench: name=webfiles_request_warm/linux-pread unit=cycles n=%u median=%llu min=%llu max=%llu\n",
           n, (unsigned long long)samples[n / 2], (unsigned long long)samples[0],
           (unsigned long long)samples[n - 1]);
    return mismatches == 0 ? 0 : 1;
}
