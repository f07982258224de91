/*
 * bench.c — options, samples and the protocol line (see bench.h).
 */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static _Noreturn void usage(const char *program, const char *why)
{
    fprintf(stderr, "%s: %s\nusage: %s [--quick] [--samples N]\n", program, why, program);
    exit(2);
}

static size_t parse_count(const char *program, const char *text)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0' || n == 0 || n > 100000000ull)
        usage(program, "--samples wants a whole number from 1 to 100000000");
    return (size_t)n;
}

bench_options_t bench_parse(int argc, char **argv)
{
    bench_options_t o = { false, 0 };
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0)
            o.quick = true;
        else if (strcmp(argv[i], "--samples") == 0 && i + 1 < argc)
            o.samples = parse_count(argv[0], argv[++i]);
        else
            usage(argv[0], "unknown or incomplete argument");
    }
    return o;
}

size_t bench_count(const bench_options_t *o, size_t full, size_t quick)
{
    if (o->samples != 0)
        return o->samples;
    return o->quick ? quick : full;
}

void samples_init(bench_samples_t *s, size_t n)
{
    s->values = calloc(n, sizeof(uint64_t));
    if (s->values == NULL)
        bench_die("samples");
    s->count = 0;
    s->capacity = n;
}

void samples_add(bench_samples_t *s, uint64_t value)
{
    if (s->count < s->capacity)
        s->values[s->count++] = value;
}

static int compare_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

void samples_report(bench_samples_t *s, const char *name, size_t payload)
{
    if (s->count == 0) {
        fprintf(stderr, "bench-linux: %s took no samples\n", name);
        exit(1);
    }
    qsort(s->values, s->count, sizeof(uint64_t), compare_u64);
    printf("bench: name=%s unit=cycles n=%zu median=%llu min=%llu max=%llu", name, s->count,
           (unsigned long long)s->values[s->count / 2], (unsigned long long)s->values[0],
           (unsigned long long)s->values[s->count - 1]);
    if (payload != 0)
        printf(" payload=%zu", payload);
    printf("\n");
    fflush(stdout);
    free(s->values);
    s->values = NULL;
}

_Noreturn void bench_die(const char *what)
{
    fprintf(stderr, "bench-linux: %s: %s\n", what, strerror(errno));
    exit(1);
}

void read_full(int fd, void *buf, size_t len)
{
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t got = read(fd, p, len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0)
            errno = EPIPE;    /* the peer went away mid-message */
        if (got <= 0)
            bench_die("read");
        p += got;
        len -= (size_t)got;
    }
}

void write_full(int fd, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    while (len > 0) {
        ssize_t put = write(fd, p, len);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            bench_die("write");
        p += put;
        len -= (size_t)put;
    }
}
