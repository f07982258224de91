/*
 * disk_pread.c — Linux reading the benchmark's disk image with pread(2),
 * 4 KiB at a time, one read per sample, beside Insula's bench-disk:
 *   disk_read_seq/pread   consecutive 4 KiB blocks from the start
 *   disk_read_rand/pread  4 KiB blocks at the same pseudo-random places
 * The image is $BENCH_DISK_IMAGE (the harness sets it to the file it
 * attaches to Insula in the same run); without it, a 16 MiB file of its own.
 * Both sides read through a page cache: Linux's own; on hosted, the model
 * reads the file with pread too.
 */
#include "bench.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK 4096
#define OWN_BLOCKS 4096

static int open_image(uint64_t *blocks)
{
    const char *path = getenv("BENCH_DISK_IMAGE");
    if (path != NULL && path[0] == '\0')
        path = NULL;
    char own[] = "/tmp/bench-disk-XXXXXX";
    int fd = path ? open(path, O_RDONLY) : mkstemp(own);
    if (fd < 0)
        bench_die(path ? path : "mkstemp");
    if (!path) {
        static char block[BLOCK];
        unlink(own);
        for (int i = 0; i < OWN_BLOCKS; i++) {
            memset(block, i, sizeof(block));
            write_full(fd, block, sizeof(block));
        }
    }
    off_t size = lseek(fd, 0, SEEK_END);
    if (size < BLOCK)
        bench_die("image smaller than one block");
    *blocks = (uint64_t)size / BLOCK;
    return fd;
}

static void run(int fd, uint64_t blocks, size_t n, int random, const char *name)
{
    static char buf[BLOCK];
    uint64_t lcg = 0x1234567;
    bench_samples_t s;
    samples_init(&s, n);
    for (size_t i = 0; i < n; i++) {
        uint64_t block = i % blocks;
        if (random) {
            lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
            block = (lcg >> 33) % blocks;
        }
        uint64_t t0 = cycles();
        if (pread(fd, buf, BLOCK, (off_t)(block * BLOCK)) != BLOCK)
            bench_die("pread");
        samples_add(&s, cycles() - t0);
    }
    samples_report(&s, name, BLOCK);
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    size_t n = bench_count(&o, 1024, 32);
    uint64_t blocks;
    int fd = open_image(&blocks);
    run(fd, blocks, n, 0, "disk_read_seq/pread");
    run(fd, blocks, n, 1, "disk_read_rand/pread");
    close(fd);
    return 0;
}
