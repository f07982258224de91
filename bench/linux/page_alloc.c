/*
 * page_alloc — allocate one page, touch it, give it back:
 *   page_alloc/mmap   mmap of 4 KiB anonymous memory, a write to it (the
 *                     page fault that really allocates it), munmap
 * A sample is a batch of BENCH_BATCH rounds divided by the batch size.
 */
#include "bench.h"

#include <sys/mman.h>

#define PAGE 4096

static void page_round(void)
{
    volatile uint8_t *p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        bench_die("mmap");
    p[0] = 1;
    if (munmap((void *)p, PAGE) != 0)
        bench_die("munmap");
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    size_t n = bench_count(&o, 2000, 20);
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < 200; k++)
        page_round();    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            page_round();
        samples_add(&s, (cycles() - t0) / BENCH_BATCH);
    }
    samples_report(&s, "page_alloc/mmap", 0);
    return 0;
}
