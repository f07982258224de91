/*
 * bench-scale — many small SIPs alive at once (bench/README.md, "Scale").
 *
 * Argument "N" (or "quick": 200): the top. It gives a Bench channel's
 * exporting end to a copy of itself started with "hold N", sends Ping,
 * and when Pong comes back (the holder has measured and reported) kills
 * the holder's tree: the holder and its N SIPs.
 * Argument "hold N": the holder. It starts N bench-idle SIPs (each blocks
 * for good at once), timing each sip_spawn call, and closes each handle
 * (a handle table has 64 slots; the SIPs live on). Then it waits until the
 * CPU goes idle (every SIP has run to its block) and reports:
 *   bench: name=sip_scale_first ...   the first SCALE_WINDOW creations
 *   bench: name=sip_scale_last ...    the last SCALE_WINDOW creations
 *   bench-scale: N SIPs alive at once; last/first ...; memory per SIP ...
 * The memory per SIP is the free frames the N SIPs took (system_info,
 * spare and pooled frames counted as free) divided by N: image, stacks,
 * start page, first heap chunk, and their kernel objects.
 */
#include <insula/stdlib.h>

#include "bench.h"
#include "bench_sip.h"

SIP_MANIFEST("bench-scale", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .caps = SIP_CAP_SPAWN | SIP_CAP_INSPECT, .imports = { "Bench" },
             .exports = { "Bench" });

#define SCALE_WINDOW 100
#define SCALE_QUICK 200
#define IDLE_QUOTA (24 * 1024)
#define IDLE_PRIORITY 3    /* below the holder's: they start once it waits */

static handle_t holder_endpoints[1];

static uint64_t count_from(str_t word)
{
    if (str_equal(word, STR("quick")))
        return SCALE_QUICK;
    u64_result_t n = str_parse_u64(word, 10);
    return n.err == OK && n.value >= 2 * SCALE_WINDOW ? n.value : 0;
}

/* Waits until the CPU has been idle for a while: every SIP is blocked. */
static void wait_until_idle(void)
{
    uint64_t idle = system_info().info.idle_cycles;
    for (int tries = 0; tries < 600; tries++) {
        sleep_ms(100);
        uint64_t now = system_info().info.idle_cycles;
        if (now - idle > 1000)
            return;
        idle = now;
    }
}

static void report(bench_t *first, bench_t *last, uint64_t n, uint64_t frames_taken)
{
    bench_report(first, "sip_scale_first", 0);    /* sorts the samples */
    bench_report(last, "sip_scale_last", 0);
    uint64_t a = first->samples[first->count / 2];
    uint64_t b = last->samples[last->count / 2];
    print("bench-scale: %lu SIPs alive at once; creation, median of the last %u / "
          "the first %u: %lu.%02lu; memory per SIP: %lu bytes (%lu frames for %lu SIPs)\n",
          (unsigned long)n, SCALE_WINDOW, SCALE_WINDOW, (unsigned long)(b / a),
          (unsigned long)(b * 100 / a % 100), (unsigned long)(frames_taken * 4096 / n),
          (unsigned long)frames_taken, (unsigned long)n);
}

/* The creation times of the last SCALE_WINDOW SIPs started, a ring. */
static uint64_t recent[SCALE_WINDOW];

/* Starts up to n bench-idle SIPs; returns how many started. When one
   cannot start (memory: on hosted, Linux's limit on mappings comes first,
   bench/README.md), says so and stops there. */
static uint64_t spawn_all(uint64_t n, bench_t *first)
{
    for (uint64_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        handle_result_t child = sip_spawn("bench-idle.sip", "", IDLE_PRIORITY, IDLE_QUOTA, 0);
        uint64_t t1 = cycles();
        if (child.err != OK) {
            print("bench-scale: SIP %lu of %lu could not start: %s\n", (unsigned long)i + 1,
                  (unsigned long)n, err_name(child.err));
            return i;
        }
        handle_close(child.handle);
        if (i < SCALE_WINDOW)
            bench_add(first, t1 - t0);
        recent[i % SCALE_WINDOW] = t1 - t0;
    }
    return n;
}

static int hold(uint64_t n)
{
    Bench_exp_t ep = { sip_endpoint(0) };
    bench_t *first = bench_begin(SCALE_WINDOW);
    bench_t *last = bench_begin(SCALE_WINDOW);
    system_info_result_t before = system_info();
    if (first == NULL || last == NULL || before.err != OK) {
        print("bench: error: sip_scale: %s\n", err_name(before.err));
        return 1;
    }
    uint64_t alive = spawn_all(n, first);
    wait_until_idle();
    uint64_t free_after = system_info().info.frames_free;
    for (uint64_t i = 0; i < SCALE_WINDOW && i < alive; i++)
        bench_add(last, recent[i]);
    if (alive >= 2 * SCALE_WINDOW)
        report(first, last, alive, before.info.frames_free - free_after);
    Bench_exp_msg_t msg;
    if (Bench_exp_recv(ep, &msg) == OK && msg.id == Bench_MSG_Ping)
        (void)Bench_exp_send_Pong(ep, msg.u.Ping.byte);
    sleep_ns(UINT64_MAX);    /* the top kills us and our SIPs */
    return 0;
}

static int top(uint64_t n)
{
    chan_pair_t p = chan_create(Bench_CONTRACT_ID);
    if (p.err != OK)
        return 1;
    holder_endpoints[0] = p.exp;
    buf_t *args = buf_new(32);
    if (args == NULL || buf_format(args, "hold %lu", (unsigned long)n) != OK)
        return 1;
    uint64_t quota = n * IDLE_QUOTA + (2u << 20);
    handle_result_t holder = sip_spawn_with("bench-scale.sip", str_to_cstr(buf_view(args)), 4, quota,
                                            SIP_CAP_SPAWN | SIP_CAP_INSPECT,
                                            holder_endpoints, 1);
    if (holder.err != OK) {
        print("bench: error: sip_scale: the holder: %s\n", err_name(holder.err));
        return 1;
    }
    Bench_imp_t ep = { p.imp };
    Bench_Pong_t pong = { 0 };
    err_t rc = Bench_imp_send_Ping(ep, 1);
    if (rc == OK)
        rc = Bench_imp_recv_Pong(ep, &pong);
    sip_kill(holder.handle);
    sip_wait(holder.handle, SIP_WAIT_FOREVER);
    handle_close(holder.handle);
    return rc == OK ? 0 : 1;
}

int main(const char *args)
{
    str_token_t word = str_next_token(str_from_cstr(args), STR(" "));
    if (word.err == OK && str_equal(word.token, STR("hold"))) {
        str_token_t count = str_next_token(word.rest, STR(" "));
        uint64_t n = count.err == OK ? count_from(count.token) : 0;
        return n != 0 ? hold(n) : 1;
    }
    uint64_t n = word.err == OK ? count_from(word.token) : 0;
    if (n == 0) {
        print("bench: error: sip_scale: bad argument %s\n", args);
        return 1;
    }
    return top(n);
}
