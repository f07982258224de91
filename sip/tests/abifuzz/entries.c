/*
 * entries.c — one fuzzer per ABI entry (the channel ones are in
 * entries_chan.c) and the table that lists them all, checked against the
 * ABI header: a new entry without a fuzzer fails to build.
 *
 * Each fuzzer draws its arguments, makes one call of its entry (some ask
 * chan_status first; count_call before every call), judges the answer
 * where the ABI's rules decide it (a buffer not wholly the caller's, a
 * stale handle: never ABI_OK) and learns what it got (new handles, pages,
 * blocks).
 */
#include "fuzz.h"

/* console_write prints what it is given: valid calls print one to eight
   dots from read-only text, or nothing (length 0) from other memory it
   owns, so a long run does not flood the log with binary. */
ABI_DIRECT static void fuzz_console_write(void)
{
    static const char dots[] = "........";
    uint64_t len = rng_chance(4) ? 1 + rng_below(8) : gen_length();
    addr_t a = rng_chance(3) ? (addr_t){ (uint64_t)(uintptr_t)dots, ADDR_OWN_READONLY }
                             : gen_arg(len, false);
    if (a.value == (uint64_t)(uintptr_t)dots)
        len %= sizeof(dots);
    else if (a.cls == ADDR_OWN || a.cls == ADDR_OWN_READONLY)
        len = 0;
    count_call();
    abi_status_t st = fz.abi->console_write((const char *)(uintptr_t)a.value, len);
    must_refuse("console_write", is_foreign(&a, len), st);
}

ABI_DIRECT static void fuzz_time_ns(void)
{
    count_call();
    (void)fz.abi->time_ns();
}

/* A sleep is never long: a huge `ns` really sleeps that long. */
ABI_DIRECT static void fuzz_sleep_ns(void)
{
    uint64_t ns = rng_chance(2) ? 0 : rng_below(100000);
    count_call();
    fz.abi->sleep_ns(ns);
}

ABI_DIRECT static void fuzz_yield(void)
{
    count_call();
    fz.abi->yield();
}

ABI_DIRECT static void fuzz_page_alloc(void)
{
    uint64_t count = rng_chance(3) ? gen_number() : 1 + rng_below(4);
    addr_t out = gen_arg(sizeof(void *), true);
    count_call();
    abi_status_t st = fz.abi->page_alloc(count, (void **)(uintptr_t)out.value);
    must_refuse("page_alloc", not_writable(&out, 8), st);
    uint64_t start;
    if (st == ABI_OK && read_u64_at(&out, &start))
        runs_add(start, count * 4096, 0);
}

ABI_DIRECT static void fuzz_page_free(void)
{
    uint32_t pick = (uint32_t)rng_below(fz.run_count + 1);
    bool known = pick < fz.run_count && fz.runs[pick].block == 0;
    uint64_t start = known ? fz.runs[pick].start : gen_number();
    uint64_t count = known && rng_chance(2) ? fz.runs[pick].bytes / 4096 : gen_number();
    if (known && rng_chance(8))
        start += 4096;    /* the middle of a run is not a run */
    count_call();
    abi_status_t st = fz.abi->page_free((void *)(uintptr_t)start, count);
    if (st == ABI_OK)
        runs_free(start);
}

/* What the fuzzer's extra threads run: they touch none of its state. */
ABI_DIRECT static void worker_return(void *arg)
{
    (void)arg;
}

ABI_DIRECT static void worker_exit(void *arg)
{
    (void)arg;
    __insula_abi()->thread_exit();
}

ABI_DIRECT static void worker_nap(void *arg)
{
    __insula_abi()->sleep_ns((uint64_t)(uintptr_t)arg % 2000000);
}

ABI_DIRECT static void fuzz_thread_create(void)
{
    static void (*const workers[])(void *) = { worker_return, worker_exit, worker_nap };
    addr_t entry = { (uint64_t)(uintptr_t)workers[rng_below(3)], ADDR_OWN_READONLY };
    if (rng_chance(3))
        entry = gen_foreign(0);
    addr_t out = gen_arg(sizeof(abi_handle_t), true);
    uint64_t arg = gen_number();
    count_call();
    abi_status_t st = fz.abi->thread_create((void (*)(void *))(uintptr_t)entry.value,
                                            (void *)(uintptr_t)arg,
                                            (abi_handle_t *)(uintptr_t)out.value);
    must_refuse("thread_create", entry.cls == ADDR_FOREIGN || not_writable(&out, 8), st);
    uint64_t h;
    if (st == ABI_OK && read_u64_at(&out, &h))
        pool_add(h, KIND_THREAD);
}

/* An image name: one that loads, one that does not exist, one that fails
   its seal, garbage, or a name without its NUL within the limit. */
static uint64_t spawn_string(uint64_t at, bool image)
{
    static const char *const names[] = { "exit.sip", "hello.sip", "no-such.sip",
                                         "tampered.sip", "" };
    char *s = (char *)&scratch[at];
    uint64_t len = rng_chance(4) ? 100 + rng_below(400) : 0;
    for (uint64_t i = 0; i < len; i++)
        s[i] = (char)('a' + rng_below(26));    /* unterminated within the limit? */
    const char *name = names[rng_below(image ? 5 : 2)];
    uint64_t n = 0;
    for (; name[n] != '\0'; n++)
        s[len + n] = name[n];
    s[len + n] = '\0';
    return rng_chance(6) ? gen_foreign(16).value : (uint64_t)(uintptr_t)s;
}

ABI_DIRECT static void fuzz_sip_spawn(void)
{
    abi_spawn_t *sp = (abi_spawn_t *)&scratch[0];
    *sp = (abi_spawn_t){ .priority = (uint32_t)rng_below(10),
                         .caps = rng_chance(4) ? (uint32_t)rng_next() : 0,
                         .quota = rng_chance(3) ? gen_number() : 1u << 20,
                         .endpoint_count = rng_chance(2) ? 0 : (uint32_t)rng_below(6) };
    sp->image = (const char *)(uintptr_t)spawn_string(1024, true);
    sp->args = rng_chance(2) ? NULL : (const char *)(uintptr_t)spawn_string(2048, false);
    for (uint32_t i = 0; i < ABI_MAX_INITIAL_ENDPOINTS; i++)
        sp->endpoints[i] = gen_handle();
    addr_t where = rng_chance(5) ? gen_arg(sizeof(*sp), false)
                                 : (addr_t){ (uint64_t)(uintptr_t)sp, ADDR_OWN };
    addr_t out = gen_arg(sizeof(abi_handle_t), true);
    abi_spawn_t copy = *sp;    /* the kernel may write over it through `out` */
    count_call();
    abi_status_t st = fz.abi->sip_spawn((const abi_spawn_t *)(uintptr_t)where.value,
                                        (abi_handle_t *)(uintptr_t)out.value);
    must_refuse("sip_spawn", is_foreign(&where, sizeof(*sp)) || not_writable(&out, 8), st);
    uint64_t h;
    if (st != ABI_OK || where.value != (uint64_t)(uintptr_t)sp)
        return;
    for (uint32_t i = 0; i < copy.endpoint_count && i < ABI_MAX_INITIAL_ENDPOINTS; i++)
        pool_mark_stale(copy.endpoints[i]);    /* they moved to the child */
    if (read_u64_at(&out, &h))
        pool_add(h, KIND_SIP);
}

ABI_DIRECT static void fuzz_sip_wait(void)
{
    abi_handle_t h = gen_handle();
    handle_kind_t kind;
    bool child = pool_find(h, &kind) && kind == KIND_SIP;
    addr_t status = rng_chance(4) ? (addr_t){ 0, ADDR_NULL }
                                  : gen_arg(sizeof(abi_sip_status_t), true);
    count_call();
    abi_status_t st = fz.abi->sip_wait(h, gen_timeout(child),
                                       (abi_sip_status_t *)(uintptr_t)status.value);
    must_refuse("sip_wait", is_stale(h) || (status.value != 0 && not_writable(&status, 8)), st);
}

ABI_DIRECT static void fuzz_handle_close(void)
{
    abi_handle_t h = gen_handle();
    bool stale = is_stale(h);
    count_call();
    abi_status_t st = fz.abi->handle_close(h);
    must_refuse("handle_close", stale, st);
    if (st == ABI_OK)
        pool_mark_stale(h);
}

ABI_DIRECT static void fuzz_boot_config_read(void)
{
    uint64_t len = gen_length();
    addr_t buf = gen_arg(len, true);
    addr_t copied = gen_arg(8, true);
    count_call();
    abi_status_t st = fz.abi->boot_config_read(gen_number(), (void *)(uintptr_t)buf.value, len,
                                               (uint64_t *)(uintptr_t)copied.value);
    must_refuse("boot_config_read", not_writable(&buf, len) || not_writable(&copied, 8), st);
}

ABI_DIRECT static void fuzz_thread_id(void)
{
    count_call();
    (void)fz.abi->thread_id();
}

ABI_DIRECT static void fuzz_threads_suspend(void)
{
    addr_t roots = gen_arg(sizeof(abi_roots_t), true);
    count_call();
    abi_status_t st = fz.abi->threads_suspend((abi_roots_t *)(uintptr_t)roots.value);
    must_refuse("threads_suspend", not_writable(&roots, sizeof(abi_roots_t)), st);
    if (st == ABI_OK)
        fz.suspended = true;
}

ABI_DIRECT static void fuzz_threads_resume(void)
{
    count_call();
    abi_status_t st = fz.abi->threads_resume();
    if (st == ABI_OK && !fz.suspended)
        finding("threads_resume", "resumed threads nobody suspended", st);
    if (st != ABI_OK && fz.suspended)
        finding("threads_resume", "refused to resume what the caller suspended", st);
    fz.suspended = false;
}

/* Kills a child now and then (its handle stays, as after an exit); any other
   kind of handle, or a stale one, must be refused. */
ABI_DIRECT static void fuzz_sip_kill(void)
{
    abi_handle_t h = gen_handle();
    handle_kind_t kind;
    bool known = pool_find(h, &kind);
    count_call();
    abi_status_t st = fz.abi->sip_kill(h);
    must_refuse("sip_kill", known && kind != KIND_SIP, st);
}

#define ENTRY(field, fn) { #field, __builtin_offsetof(insula_abi_t, field), fn }

/* Every entry, in the header's order. exit and thread_exit end the
   fuzzer, so they are made only as an instance's last call (main.c). */
const entry_fuzzer_t entry_fuzzers[] = {
    ENTRY(exit, NULL),
    ENTRY(console_write, fuzz_console_write),
    ENTRY(time_ns, fuzz_time_ns),
    ENTRY(sleep_ns, fuzz_sleep_ns),
    ENTRY(yield, fuzz_yield),
    ENTRY(page_alloc, fuzz_page_alloc),
    ENTRY(page_free, fuzz_page_free),
    ENTRY(thread_create, fuzz_thread_create),
    ENTRY(thread_exit, NULL),
    ENTRY(sip_spawn, fuzz_sip_spawn),
    ENTRY(sip_wait, fuzz_sip_wait),
    ENTRY(handle_close, fuzz_handle_close),
    ENTRY(boot_config_read, fuzz_boot_config_read),
    ENTRY(thread_id, fuzz_thread_id),
    ENTRY(chan_create, fuzz_chan_create),
    ENTRY(chan_send, fuzz_chan_send),
    ENTRY(chan_recv, fuzz_chan_recv),
    ENTRY(chan_wait_any, fuzz_chan_wait_any),
    ENTRY(chan_status, fuzz_chan_status),
    ENTRY(xblock_alloc, fuzz_xblock_alloc),
    ENTRY(xblock_map, fuzz_xblock_map),
    ENTRY(threads_suspend, fuzz_threads_suspend),
    ENTRY(threads_resume, fuzz_threads_resume),
    ENTRY(sip_kill, fuzz_sip_kill),
    ENTRY(console_read, fuzz_console_read),
    ENTRY(sip_list, fuzz_sip_list),
    ENTRY(system_info, fuzz_system_info),
    ENTRY(system_power, fuzz_system_power),
    ENTRY(log_read, fuzz_log_read),
    ENTRY(module_read, fuzz_module_read),
    ENTRY(port_read, fuzz_port_read),
    ENTRY(port_write, fuzz_port_write),
    ENTRY(device_info, fuzz_device_info),
    ENTRY(irq_bind, fuzz_irq_bind),
    ENTRY(xblock_phys, fuzz_xblock_phys),
    ENTRY(mmio_map, fuzz_mmio_map),
    ENTRY(chan_call, fuzz_chan_call),
    ENTRY(chan_narrow, fuzz_chan_narrow),
};
const uint32_t entry_fuzzer_count = sizeof(entry_fuzzers) / sizeof(entry_fuzzers[0]);

/* The table has a row per entry of the header: a new entry breaks the build
   until it has a fuzzer (and main.c checks at start that rows and fields
   match one to one). */
_Static_assert(sizeof(entry_fuzzers) / sizeof(entry_fuzzers[0]) == INSULA_ABI_ENTRY_COUNT,
               "every ABI entry has a fuzzer");
_Static_assert(sizeof(insula_abi_t) ==
                   __builtin_offsetof(insula_abi_t, exit) + INSULA_ABI_ENTRY_COUNT * sizeof(void *),
               "INSULA_ABI_ENTRY_COUNT counts every entry of insula_abi_t");
