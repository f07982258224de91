/*
 * raw_abi.c — the two bench-micro measurements that are defined on the raw
 * ABI table and so cannot be verified code (the only file of bench-micro
 * built without the verifier; sip/meson.build, sip_unverified_files):
 *   abi_call    the cheapest kernel ABI entry (thread_id), a direct call
 *               through the table: the ABI's entry cost, with no wrapper
 *   page_alloc  allocate and free one page through the page manager: the
 *               subset has no deallocation (verifier/SUBSET.md,
 *               SIP-MEM-DEALLOC), so page_free exists only below it
 */
#include "micro.h"

const insula_abi_t *__insula_abi(void);

/* The table's entries lie outside the SIP's LTO unit, where CFI has no jump
   table for them: the indirect-call check is off in these two functions. */
#define ABI_DIRECT __attribute__((no_sanitize("cfi-icall")))

ABI_DIRECT
void measure_abi_call(size_t n)
{
    const insula_abi_t *abi = __insula_abi();
    bench_t *b = bench_begin(n);
    if (b == NULL || abi == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            (void)abi->thread_id();
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    bench_report(b, "abi_call", 0);
}

ABI_DIRECT
void measure_page_alloc(size_t n)
{
    static void *page;
    const insula_abi_t *abi = __insula_abi();
    bench_t *b = bench_begin(n);
    if (b == NULL || abi == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++) {
            if (abi->page_alloc(1, &page) != ABI_OK || abi->page_free(page, 1) != ABI_OK)
                return;
        }
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    bench_report(b, "page_alloc", 0);
}
