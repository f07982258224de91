/*
 * race.c — the entries that block, with their output in memory that a
 * second thread of the fuzzer gives away while they wait.
 *
 * The main thread blocks in chan_recv, chan_wait_any or sip_wait with its
 * output buffer in a fresh page; a worker sleeps a moment, frees that page
 * (so it is no longer the fuzzer's: the kernel may hand the frame to anyone)
 * and then ends the wait (sends the message the receive waits for; the
 * child the wait is for exits by itself). A call that then answers ABI_OK
 * has written into memory its caller no longer owned: a finding.
 *
 * One more: the worker closes both ends of the channel the main thread
 * waits on (so the kernel frees it), creates a new channel (likely where
 * the old one was) and sends on it. A receive that then answers ABI_OK
 * took a message through a handle closed while it waited. And: the other
 * end belongs to a child, the worker closes the end waited on, and nothing
 * else happens: the wait must end then (not at its timeout).
 */
#include "fuzz.h"

#include "pingpong_table.h"

#define RACE_WAIT_NS 1000000000ull
#define WORKER_DELAY_NS 2000000ull
#define JOIN_NAPS 100               /* at most this many 1 ms naps for the worker */

typedef enum {
    RACE_RECV, RACE_WAIT_ANY, RACE_SIP_WAIT, RACE_CLOSE, RACE_CLOSE_WAKE, RACE_KINDS
} race_kind_t;

static struct {
    uint64_t page;
    abi_handle_t imp, exp, thread, child, new_imp, new_exp;
    volatile bool freed;             /* the worker's page_free answered ABI_OK */
    volatile bool done;              /* the worker made its last call */
    uint64_t waited_ns;              /* how long the blocking call took */
    abi_spawn_t spawn;
    uint8_t ping[8];
} race;

/* The worker: lets the main thread block, frees its page, ends the wait. */
ABI_DIRECT static void race_worker(void *arg)
{
    const insula_abi_t *abi = __insula_abi();
    bool send = arg != NULL;
    abi->sleep_ns(WORKER_DELAY_NS);
    race.freed = abi->page_free((void *)(uintptr_t)race.page, 1) == ABI_OK;
    if (send)
        (void)abi->chan_send(race.imp, PingPong_MSG_Ping, race.ping, sizeof(race.ping));
    race.done = true;
}

/* The worker of RACE_CLOSE: closes the channel waited on, sends on a new one. */
ABI_DIRECT static void race_close_worker(void *arg)
{
    const insula_abi_t *abi = __insula_abi();
    (void)arg;
    abi->sleep_ns(WORKER_DELAY_NS);
    race.freed = abi->handle_close(race.exp) == ABI_OK && abi->handle_close(race.imp) == ABI_OK;
    if (abi->chan_create(PingPong_CONTRACT_ID, &race.new_imp, &race.new_exp) == ABI_OK)
        (void)abi->chan_send(race.new_imp, PingPong_MSG_Ping, race.ping, sizeof(race.ping));
    race.done = true;
}

/* The worker of RACE_CLOSE_WAKE: closes the end the main thread waits on. */
ABI_DIRECT static void race_close_one_worker(void *arg)
{
    const insula_abi_t *abi = __insula_abi();
    (void)arg;
    abi->sleep_ns(WORKER_DELAY_NS);
    race.freed = abi->handle_close(race.exp) == ABI_OK;
    race.done = true;
}

/* A page, a channel and (for sip_wait, and to hold the other end for
   RACE_CLOSE_WAKE) a child that exits after a moment. */
ABI_DIRECT static bool race_prepare(race_kind_t kind)
{
    race.freed = race.done = false;
    count_call();
    if (fz.abi->page_alloc(1, (void **)&race.page) != ABI_OK)
        return false;
    count_call();
    if (fz.abi->chan_create(PingPong_CONTRACT_ID, &race.imp, &race.exp) != ABI_OK)
        return false;
    pool_add_endpoint(race.imp, PingPong_CONTRACT_ID, CONTRACT_SIDE_IMP);
    pool_add_endpoint(race.exp, PingPong_CONTRACT_ID, CONTRACT_SIDE_EXP);
    if (kind != RACE_SIP_WAIT && kind != RACE_CLOSE_WAKE)
        return true;
    race.spawn = (abi_spawn_t){ .image = "sleeper.sip", .args = "20", .priority = 3,
                                .quota = 1u << 20, .endpoint_count = kind == RACE_CLOSE_WAKE,
                                .endpoints = { race.imp } };
    count_call();
    if (fz.abi->sip_spawn(&race.spawn, &race.child) != ABI_OK)
        return false;
    pool_add(race.child, KIND_SIP);
    return true;
}

/* The blocking call, its output in the page the worker frees. */
ABI_DIRECT static abi_status_t race_block(race_kind_t kind)
{
    uint8_t *page = (uint8_t *)(uintptr_t)race.page;
    count_call();
    switch (kind) {
    case RACE_RECV:
        return fz.abi->chan_recv(race.exp, RACE_WAIT_NS, (uint32_t *)page, page + 64, 64,
                                 (uint64_t *)(page + 8));
    case RACE_WAIT_ANY:
        return fz.abi->chan_wait_any(&race.exp, 1, RACE_WAIT_NS, (uint32_t *)page);
    case RACE_CLOSE:
    case RACE_CLOSE_WAKE:
        return fz.abi->chan_recv(race.exp, RACE_WAIT_NS, (uint32_t *)&scratch[GOOD_AT],
                                 &scratch[GOOD_AT + 64], 64, (uint64_t *)&scratch[GOOD_AT + 8]);
    default:
        return fz.abi->sip_wait(race.child, RACE_WAIT_NS, (abi_sip_status_t *)page);
    }
}

/*
 * Waits for the worker's last call, so nothing but the main thread acts on
 * the fuzzer's handles afterwards (its predictions of contract violations
 * depend on that). Returns false if it has not finished even so.
 */
ABI_DIRECT static bool race_join(void)
{
    for (int i = 0; i < JOIN_NAPS && !race.done; i++) {
        count_call();
        fz.abi->sleep_ns(1000000);
    }
    return race.done;
}

ABI_DIRECT void fuzz_race(void)
{
    fuzz_race_kind((uint32_t)rng_below(RACE_KINDS));
}

ABI_DIRECT void fuzz_race_kind(uint32_t which)
{
    race_kind_t kind = (race_kind_t)(which % RACE_KINDS);
    if (fz.suspended)
        return;    /* the worker would not run until a resume, long after the wait */
    if (!race_prepare(kind)) {
        runs_add(race.page, 4096, 0);    /* whatever was allocated stays the pool's */
        return;
    }
    count_call();
    void *send = kind == RACE_SIP_WAIT ? NULL : (void *)1;
    void (*worker)(void *) = kind == RACE_CLOSE ? race_close_worker
                           : kind == RACE_CLOSE_WAKE ? race_close_one_worker : race_worker;
    if (fz.abi->thread_create(worker, send, &race.thread) != ABI_OK) {
        runs_add(race.page, 4096, 0);
        return;
    }
    pool_add(race.thread, KIND_THREAD);
    count_call();
    uint64_t start = fz.abi->time_ns();
    abi_status_t st = race_block(kind);
    count_call();
    race.waited_ns = fz.abi->time_ns() - start;
    if (!race_join())
        fz.budget = fz.calls;    /* a straggler: end the instance, by exit (main.c) */
    if (kind == RACE_CLOSE_WAKE) {
        pool_mark_stale(race.imp);    /* moved to the child */
        pool_mark_stale(race.exp);
        if (race.freed && race.waited_ns >= RACE_WAIT_NS / 2)
            finding("chan_recv", "a wait outlived the handle it waited on", st);
        runs_add(race.page, 4096, 0);
        return;
    }
    if (kind == RACE_CLOSE) {
        pool_mark_stale(race.imp);
        pool_mark_stale(race.exp);
        pool_add_endpoint(race.new_imp, PingPong_CONTRACT_ID, CONTRACT_SIDE_IMP);
        pool_add_endpoint(race.new_exp, PingPong_CONTRACT_ID, CONTRACT_SIDE_EXP);
        if (st == ABI_OK && race.freed)
            finding("chan_recv", "received through a handle closed while it waited", st);
        runs_add(race.page, 4096, 0);
        return;
    }
    if (st == ABI_OK && race.freed)
        finding(kind == RACE_RECV ? "chan_recv" : kind == RACE_WAIT_ANY ? "chan_wait_any"
                                                                         : "sip_wait",
                "wrote into a page its caller freed while it waited", st);
    if (!race.freed)
        runs_add(race.page, 4096, 0);
}
