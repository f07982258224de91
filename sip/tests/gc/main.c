/*
 * gc — test SIP for the collector: allocates several times its quota in
 * all while keeping a live structure (static roots to chains of nodes),
 * with a second thread that keeps its own list only on its stack and
 * allocates too, so collections run from either thread while the other
 * is suspended. It also suspends the worker through the raw ABI and
 * checks that it does not run meanwhile, and that a new thread's argument
 * survives a collection before the thread starts. At the end it checks
 * every live object's contents and prints the heap's statistics.
 * Exits 0 when every check passed, or with the number of the first that
 * failed. Not verifiable code: it calls the raw ABI.
 */
#include <insula/stdlib.h>

#include "tests/raw_abi.h"

SIP_MANIFEST("gc", .stack_bytes = 32 * 1024, .heap_bytes = 256 * 1024);



#define QUOTA (512u * 1024)          /* what the self-test grants */
#define TOTAL (8u * QUOTA)           /* bytes to allocate in all */
#define RING 256
#define CHAIN 3
#define WORKER_NODES 300

typedef struct node {
    struct node *next;
    uint64_t id;
    uint64_t check;
    uint64_t pad[5];
} node_t;
_Static_assert(sizeof(node_t) % 16 == 0, "the heap rounds objects to 16 bytes");

typedef struct {
    uint64_t magic;
    uint64_t seed;
} worker_ctx_t;

#define CTX_MAGIC 0x5ca1ab1ec0ffee11ull

static node_t *ring[RING];           /* static roots */
static abi_roots_t roots;
static volatile bool stop;
static volatile int worker_result;   /* 0 running, 1 passed, < 0 the failed check */
static volatile uint64_t worker_ticks;
static uint64_t allocated;
static int failed;

static uint64_t check_of(uint64_t id) { return id * 0x9e3779b97f4a7c15ull + 1; }

static node_t *node_new(uint64_t id, node_t *next)
{
    node_t *n = new(node_t);
    if (n == NULL)
        return NULL;
    n->id = id;
    n->check = check_of(id);
    n->next = next;
    for (int i = 0; i < 5; i++)
        n->pad[i] = id + (uint64_t)i;
    return n;
}

static bool node_ok(const node_t *n, uint64_t id)
{
    if (n == NULL || n->id != id || n->check != check_of(id))
        return false;
    for (int i = 0; i < 5; i++) {
        if (n->pad[i] != id + (uint64_t)i)
            return false;
    }
    return true;
}

static void fail(int number, const char *what)
{
    if (failed == 0) {
        print("gc: check %d failed: %s\n", number, what);
        failed = number;
    }
}

/* The worker: its list lives only in its locals; it allocates garbage. */
static void worker(void *arg)
{
    worker_ctx_t *ctx = arg;
    if (ctx->magic != CTX_MAGIC) {
        worker_result = -1;
        return;
    }
    node_t *mine = NULL;
    for (uint64_t i = 0; i < WORKER_NODES; i++)
        mine = node_new(ctx->seed + i, mine);
    while (!stop) {
        uint8_t *junk = new_array(uint8_t, 200);
        if (junk == NULL) {
            worker_result = -2;
            return;
        }
        junk[199] = 1;
        worker_ticks++;
        if (worker_ticks % 64 == 0)
            sip_yield();
    }
    uint64_t id = ctx->seed + WORKER_NODES;
    for (node_t *n = mine; n != NULL; n = n->next) {
        if (!node_ok(n, --id)) {
            worker_result = -3;
            return;
        }
    }
    worker_result = id == ctx->seed ? 1 : -4;
}

ABI_DIRECT
static void start_worker(const insula_abi_t *abi)
{
    worker_ctx_t *ctx = new(worker_ctx_t);
    if (ctx == NULL)
        { fail(1, "no memory for the worker's context"); return; }
    ctx->magic = CTX_MAGIC;
    ctx->seed = 1u << 30;
    static abi_handle_t h;
    if (abi->thread_create(worker, ctx, &h) != ABI_OK)
        { fail(2, "thread_create"); return; }
    /* The worker has not run yet: the kernel holds the only reference. */
    ctx = NULL;
    if (heap_collect() != OK)
        fail(3, "heap_collect before the worker started");
}

/* While suspended through the ABI, the worker does not advance. */
ABI_DIRECT
static void check_suspension(const insula_abi_t *abi)
{
    while (worker_ticks < 100 && worker_result == 0)
        sleep_ms(1);
    if (abi->threads_suspend(&roots) != ABI_OK)
        { fail(10, "threads_suspend"); return; }
    if (abi->threads_suspend(&roots) != ABI_ERR_BUSY)
        fail(11, "a second threads_suspend was not refused");
    uint64_t before = worker_ticks, end = time_ns() + 30000000;
    while (time_ns() < end)
        ;
    bool still = worker_ticks == before;
    int stacks = 0, own = 0, statics = 0;
    for (uint32_t i = 0; i < roots.range_count; i++) {
        stacks += roots.ranges[i].kind == ABI_ROOT_STACK;
        own += roots.ranges[i].kind == ABI_ROOT_OWN_STACK;
        statics += roots.ranges[i].kind == ABI_ROOT_STATIC;
    }
    if (abi->threads_resume() != ABI_OK)
        { fail(12, "threads_resume"); return; }
    if (abi->threads_resume() != ABI_ERR_BUSY)
        fail(13, "a second threads_resume was not refused");
    if (!still)
        fail(14, "the suspended worker ran");
    /* Each thread has two stacks, the safe one and SafeStack's unsafe one;
       an unsafe stack with no live frame is an empty range, not listed. */
    if (stacks < 1 || stacks > 2 || own < 1 || own > 2 || statics < 1)
        fail(15, "the roots do not list both stacks of the suspended thread and of this one,"
                 " and static data");
    if (abi->threads_suspend((abi_roots_t *)(uintptr_t)0x100000) != ABI_ERR_BAD_ADDRESS)
        fail(16, "threads_suspend into kernel memory was not refused");
    end = time_ns() + 2000000000ull;
    while (worker_ticks == before && time_ns() < end)
        sleep_ms(1);
    if (worker_ticks == before)
        fail(17, "the worker did not run again after threads_resume");
}

/* Fills ring slot i with a chain of CHAIN + 1 nodes; the old chain dies. */
static bool ring_fill(uint64_t i)
{
    node_t *chain = NULL;
    for (uint64_t k = 0; k < CHAIN + 1; k++) {
        chain = node_new(i * 8 + k, chain);
        if (chain == NULL)
            return false;
    }
    ring[i % RING] = chain;
    /* In the units of heap_stats' bytes_freed: object bytes, without the
       block header (node_t is a multiple of 16, so no rounding either). */
    allocated += (CHAIN + 1) * sizeof(node_t);
    return true;
}

static void ring_check(uint64_t last)
{
    for (uint64_t i = last - RING + 1; i <= last; i++) {
        const node_t *n = ring[i % RING];
        for (uint64_t k = CHAIN + 1; k-- > 0; n = n != NULL ? n->next : NULL) {
            if (!node_ok(n, i * 8 + k))
                { fail(20, "a live node was damaged or lost"); return; }
        }
    }
}

ABI_DIRECT
int main(const char *args)
{
    (void)args;
    const insula_abi_t *abi = __insula_abi();
    start_worker(abi);
    check_suspension(abi);
    uint64_t i = 0;
    for (; allocated < TOTAL && failed == 0; i++) {
        if (!ring_fill(i))
            fail(21, "allocation failed with the live set far below the quota");
        if (i % 2048 == 2047 && heap_collect() != OK)
            fail(22, "heap_collect");
    }
    ring_check(i - 1);
    stop = true;
    uint64_t end = time_ns() + 5000000000ull;
    while (worker_result == 0 && time_ns() < end)
        sleep_ms(1);
    if (worker_result != 1)
        fail(30 - worker_result, "the worker's list (on its stack) was damaged or lost");
    /* A last collection, so that what is freed no longer depends on when
       the allocation-triggered ones happened to run. */
    if (heap_collect() != OK)
        fail(23, "the final heap_collect");
    ring_check(i - 1);
    heap_stats_t s = heap_stats();
    if (s.collections == 0 || s.bytes_freed < TOTAL - QUOTA)
        fail(40, "the collector did not reclaim what the SIP allocated");
    /* After the final collection only the ring (and a little the
       conservative scan may keep) is left: garbage did not survive. */
    if (s.bytes_in_use > 2 * RING * (CHAIN + 1) * sizeof(node_t))
        fail(41, "garbage survived the final collection");
    print("gc: allocated %lu KiB (quota %u KiB): %lu collections, %lu KiB freed, "
          "%lu objects (%lu KiB) live, %lu pages held, %lu returned\n",
          (unsigned long)(allocated / 1024), QUOTA / 1024, (unsigned long)s.collections,
          (unsigned long)(s.bytes_freed / 1024), (unsigned long)s.objects,
          (unsigned long)(s.bytes_in_use / 1024), (unsigned long)s.pages,
          (unsigned long)s.pages_returned);
    print("gc: pause last %lu cycles (%lu us), max %lu cycles (%lu us)\n",
          (unsigned long)s.last_pause_cycles, (unsigned long)(s.last_pause_ns / 1000),
          (unsigned long)s.max_pause_cycles, (unsigned long)(s.max_pause_ns / 1000));
    return failed;
}
