/*
 * bench-micro — Insula's microbenchmarks after Singularity's Table 1, run
 * one after another in one SIP so they never disturb each other:
 *   cycle_counter    two back-to-back cycle-counter reads
 *   abi_call         the cheapest kernel ABI entry (thread_id)
 *   thread_yield     one yield between two threads of this SIP
 *   page_alloc       allocate and free one page through the page manager
 *   sip_create_exit  create, start and wait for a SIP that exits at once
 * and the channel benchmarks of channels.c; then it runs the safe-code tax
 * benchmark (bench-compute.sip, then bench-compute-nochecks.sip) one after
 * the other, alone.
 * Argument "quick": few samples (the test suite's run). Argument
 * "profile NAME SAMPLES [PAYLOAD]": that benchmark alone, SAMPLES samples
 * (./insula bench --profile boots it twice and subtracts).
 * Verified code through the stdlib, except abi_call and page_alloc, which
 * are defined on the raw ABI table (raw_abi.c).
 */
#include "micro.h"

SIP_MANIFEST("bench-micro", .stack_bytes = 16 * 1024, .heap_bytes = 1024 * 1024,
             .caps = SIP_CAP_SPAWN, .imports = { "Bench" }, .exports = { "Bench" });

static volatile bool partner_stop;

static void measure_cycle_counter(size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        uint64_t t1 = cycles();
        bench_add(b, t1 - t0);
    }
    bench_report(b, "cycle_counter", 0);
}

static void yield_partner(uint64_t arg)
{
    (void)arg;
    while (!partner_stop)
        sip_yield();
}

/* Each of our yields runs the partner once: a round trip is two yields. */
static void measure_thread_yield(size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    handle_result_t partner = thread_start(yield_partner, 0);
    if (partner.err != OK)
        return;
    for (int k = 0; k < 1000; k++)
        sip_yield();    /* warm-up */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        for (int k = 0; k < BENCH_BATCH; k++)
            sip_yield();
        bench_add(b, (cycles() - t0) / (2 * BENCH_BATCH));
    }
    partner_stop = true;
    sip_yield();
    handle_close(partner.handle);
    bench_report(b, "thread_yield", 0);
}

static void measure_sip_create_exit(size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        handle_result_t child = sip_spawn("bench-exit.sip", "", 4, 256 * 1024, 0);
        if (child.err != OK) {
            print("bench: error: sip_create_exit: %s\n", err_name(child.err));
            return;
        }
        sip_status_t st = sip_wait(child.handle, SIP_WAIT_FOREVER);
        handle_close(child.handle);
        if (st.err == OK)
            bench_add(b, cycles() - t0);
    }
    bench_report(b, "sip_create_exit", 0);
}

/* Runs one benchmark SIP to its end, with our argument. */
static void run_alone(const char *image, const char *args)
{
    handle_result_t child = sip_spawn(image, args, 4, 1024 * 1024, 0);
    if (child.err != OK) {
        print("bench: error: %s: %s\n", image, err_name(child.err));
        return;
    }
    sip_status_t st = sip_wait(child.handle, SIP_WAIT_FOREVER);
    handle_close(child.handle);
    if (st.err != OK || st.killed || st.exit_code != 0)
        print("bench: error: %s did not exit cleanly\n", image);
}

bool measure_one(str_t name, size_t n, uint64_t payload)
{
    if (str_equal(name, STR("thread_yield")))
        measure_thread_yield(n);
    else if (str_equal(name, STR("abi_call")))
        measure_abi_call(n);
    else if (str_equal(name, STR("channel_create")))
        measure_channel_create(n);
    else if (str_equal(name, STR("thread_pingpong_wait")))
        measure_thread_pingpong(n);
    else if (str_equal(name, STR("sip_pingpong_call")))
        measure_sip_pingpong_payload(n, PINGPONG_ONLY_CALL);
    else if (str_equal(name, STR("sip_pingpong")))
        measure_sip_pingpong_payload(n, payload == 0 ? 1 : payload);
    else if (str_equal(name, STR("sip_create_exit")))
        measure_sip_create_exit(n);
    else if (str_equal(name, STR("page_alloc")))
        measure_page_alloc(n);
    else
        return false;
    return true;
}

/* "profile NAME SAMPLES [PAYLOAD]": runs one benchmark; false if args is not that. */
static bool profile_run(const char *args)
{
    str_t seps = STR(" ");
    str_token_t word = str_next_token(str_from_cstr(args), seps);
    if (word.err != OK || !str_equal(word.token, STR("profile")))
        return false;
    str_token_t name = str_next_token(word.rest, seps);
    str_token_t count = str_next_token(name.rest, seps);
    u64_result_t n = str_parse_u64(count.token, 10);
    str_token_t size = str_next_token(count.rest, seps);
    u64_result_t payload = size.err == OK ? str_parse_u64(size.token, 10)
                                          : (u64_result_t){ .err = OK, .value = 0 };
    if (name.err != OK || n.err != OK || payload.err != OK ||
        !measure_one(name.token, (size_t)n.value, payload.value))
        print("bench: error: bad profile arguments: %s\n", args);
    return true;
}

int main(const char *args)
{
    if (profile_run(args))
        return 0;
    /* Where the cost model's first region begins (bench/costmodel/README.md). */
    print("bench-micro: started\n");
    measure_cycle_counter(bench_samples(args, 10000, 100));
    measure_abi_call(bench_samples(args, 10000, 100));
    measure_thread_yield(bench_samples(args, 5000, 50));
    measure_page_alloc(bench_samples(args, 2000, 20));
    measure_sip_create_exit(bench_samples(args, 300, 5));
    measure_channel_create(bench_samples(args, 2000, 20));
    measure_thread_pingpong(bench_samples(args, 3000, 30));
    measure_sip_pingpong(bench_samples(args, 3000, 30));
    run_alone("bench-compute.sip", args);
    run_alone("bench-compute-nochecks.sip", args);
    return 0;
}
