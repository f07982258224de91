/*
 * raw_abi.c — the two bench-micro measurements that are defined on the raw
 * ABI table and so cannot be verified code (the only file of bench-micro
 * built without the verifier; sip/meson.build, sip_unverified_files):
 *   abi_call    the cheapest kernel ABI entry (thread_id), a direct call
 *               through the table: the ABI's entry cost, with no wrapper
 *   page_alloc  allocate and free one page through the page manager: the
 *               subset has no deallocation (verifier/SUBSET.md,
 *               SIP-MEM-DEALLOC), so page_free exists only below it
 * and the client side of sip_pingpong_call (the 1-byte round trip with
 * bench-pong through chan_call, as sip_pingpong's Bench_imp_call_Ping, but
 * with the body encoded here by hand: the bindings' own cost, by
 * difference).
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

/* One Ping/Pong round trip through chan_rt_call; false on any error. */
static bool call_once(Bench_imp_t ep)
{
    Bench_Ping_t ping = { .byte = 1 };
    Bench_Pong_t pong;
    uint16_t id;
    size_t len;
    bool sent;
    err_t rc = chan_rt_call(ep.h, Bench_MSG_Ping, &ping, sizeof ping, &id, &pong, sizeof pong,
                            &len, &sent);
    return rc == OK && sent && id == Bench_MSG_Pong && len == sizeof pong && pong.byte == 1;
}

void measure_sip_call(Bench_imp_t ep, size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    for (int k = 0; k < 200; k++)
        call_once(ep);    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++) {
            if (!call_once(ep)) {
                print("bench: error: sip_pingpong_call: a round trip failed\n");
                return;
            }
        }
        bench_add(b, (cycles() - t0) / BENCH_BATCH);
    }
    bench_report(b, "sip_pingpong_call", 0);
}
