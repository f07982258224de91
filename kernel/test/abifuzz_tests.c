/*
 * abifuzz_tests.c — the harness of the ABI fuzzer (sip/tests/abifuzz):
 * runs instances of abifuzz.sip one after another, each with the next seed
 * and its share of the calls, beside a bystander SIP whose memory the
 * fuzzer aims at. Each instance reports the calls it made on a PingPong
 * channel whose other end stays here, and ends by exit, thread exit, a
 * return from main or a contract violation (the kernel kills it). The test
 * fails on anything else: another kill, an instance that hangs or sends
 * no report, a finding (an answer the ABI's rules forbid), or a leak —
 * free frames, kernel heap, threads or SIP objects not back where they
 * were once every instance and every child it spawned has ended.
 *
 *   insula.fuzz=CALLS[,SEED]   at least CALLS calls from seed SEED on (default: a
 *                              short run from seed 1, SHORT_RUN_CALLS calls
 *                              on hosted, SHORT_RUN_CALLS_TCG on pc, which
 *                              QEMU's TCG runs some ten times slower)
 */
#include "channel.h"
#include "console.h"
#include "fmt.h"
#include "frame.h"
#include "heap.h"
#include "kernel.h"
#include "ktest.h"
#include "pingpong_table.h"
#include "platform.h"
#include "sip.h"
#include "timer.h"

#define SHORT_RUN_CALLS 20000ull
#define SHORT_RUN_CALLS_TCG 4000ull
#define CALLS_PER_INSTANCE 1000ull
#define INSTANCE_MIN_CALLS 256ull    /* room for steps (abifuzz's STEP_CALLS_MAX) */
#define INSTANCE_DEADLINE_NS 60000000000ull
#define SETTLE_NS 10000000000ull
#define FINDING_EXIT 200        /* abifuzz exits with this plus its findings */
#define REASONS_MAX 8

typedef struct {
    char text[SIP_REASON_MAX];
    uint64_t count;
} reason_count_t;

typedef struct {
    uint64_t calls, instances, exits, violations;
    reason_count_t kills[REASONS_MAX];    /* every kill by its reason */
    const char *failure;
} tally_t;

typedef struct {
    uint64_t frames, heap;
    uint32_t threads, sips;
} counts_t;

static counts_t counts_now(void)
{
    return (counts_t){ frame_free_settled(), heap_bytes_in_use(), thread_count(),
                       sip_live_count() };
}

static bool same_counts(const counts_t *a, const counts_t *b)
{
    return a->frames == b->frames && a->heap == b->heap && a->threads == b->threads &&
           a->sips == b->sips;
}

static bool starts_with(const char *s, const char *prefix)
{
    for (; *prefix != '\0'; s++, prefix++) {
        if (*s != *prefix)
            return false;
    }
    return true;
}

/* Counts a kill under its reason (violations under one name). */
static void tally_kill(tally_t *t, const char *reason)
{
    const char *key = starts_with(reason, "contract violation") ? "contract violation" : reason;
    for (int i = 0; i < REASONS_MAX; i++) {
        reason_count_t *r = &t->kills[i];
        if (r->count == 0)
            fmt_snprintf(r->text, sizeof(r->text), "%s", key);
        if (r->count == 0 || starts_with(r->text, key)) {
            r->count++;
            return;
        }
    }
}

/* The number the instance sent before its end, or 0 if none came. */
static uint64_t report_read(endpoint_t *harness_end)
{
    message_slot_t *slot = endpoint_front(harness_end);
    if (slot == NULL || slot->msg_id != PingPong_MSG_Ping || slot->len < 4)
        return 0;
    uint32_t calls;
    __builtin_memcpy(&calls, slot->body, sizeof(calls));
    return calls;
}

static err_t instance_spawn(uint64_t seed, uint64_t calls, uint64_t victim, const char *extra,
                            endpoint_t *ep, sip_t **out)
{
    char args[SIP_ARGS_MAX];
    fmt_snprintf(args, sizeof(args), "seed=%llu calls=%llu victim=%#llx %s",
                 (unsigned long long)seed, (unsigned long long)calls,
                 (unsigned long long)victim, extra);
    sip_spawn_request_t req = { .image = "abifuzz.sip", .args = args,
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20,
                                .caps = SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG,
                                .endpoint_count = 1, .endpoints = { ep } };
    return sip_spawn(&req, out);
}

/* Judges how an instance ended; returns a failure or NULL. */
static const char *instance_judge(tally_t *t, uint64_t seed, const sip_t *s, uint64_t reported)
{
    if (s->state == SIP_KILLED)
        tally_kill(t, s->reason);
    if (s->state == SIP_KILLED && !starts_with(s->reason, "contract violation"))
        return ktest_fail("seed %llu: killed: %s", (unsigned long long)seed, s->reason);
    if (s->state == SIP_EXITED && s->exit_code >= FINDING_EXIT)
        return ktest_fail("seed %llu: %d finding(s) (see the log)", (unsigned long long)seed,
                          s->exit_code - FINDING_EXIT);
    if (s->state == SIP_EXITED && (s->exit_code < 0 || s->exit_code >= 100))
        return ktest_fail("seed %llu: exited with code %d", (unsigned long long)seed, s->exit_code);
    if (reported == 0)
        return ktest_fail("seed %llu: ended without its report", (unsigned long long)seed);
    t->exits += s->state == SIP_EXITED;
    t->violations += s->state == SIP_KILLED;
    t->calls += reported;
    return NULL;
}

/* Runs one instance to its end (killing it after the deadline); `extra`
   is added to its arguments. */
static const char *instance_run(tally_t *t, uint64_t seed, uint64_t calls, uint64_t victim,
                                const char *extra)
{
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t rc = channel_create(PingPong_CONTRACT_ID, NULL, &imp, &exp);
    sip_t *s = NULL;
    if (rc == OK && (rc = instance_spawn(seed, calls, victim, extra, imp, &s)) != OK) {
        endpoint_close(imp, "the harness gave up");
        endpoint_close(exp, "the harness gave up");
    }
    irq_restore(enabled);
    if (rc != OK)
        return ktest_fail("seed %llu: starting abifuzz.sip: %s", (unsigned long long)seed,
                          err_name(rc));
    if (sip_wait(s, INSTANCE_DEADLINE_NS) != OK)
        sip_kill(s, "no end within 60 s: the ABI fuzz harness killed it");
    enabled = irq_save();
    uint64_t reported = report_read(exp);
    endpoint_close(exp, "the harness is done");
    irq_restore(enabled);
    t->instances++;
    const char *why = instance_judge(t, seed, s, reported);
    sip_release(s);
    return why;
}

/* Waits until every SIP the fuzzer started has ended and been freed. */
static counts_t settle(const counts_t *want)
{
    uint64_t deadline = time_ns_after(SETTLE_NS);
    counts_t now = counts_now();
    while (!same_counts(&now, want) && time_ns() < deadline) {
        thread_sleep_ns(10000000);
        now = counts_now();
    }
    return now;
}

static void tally_print(const tally_t *t, uint64_t seed)
{
    kprintf("abifuzz: %llu calls in %llu instances from seed %llu: %llu ended by exit, "
            "%llu killed\n", (unsigned long long)t->calls, (unsigned long long)t->instances,
            (unsigned long long)seed, (unsigned long long)t->exits,
            (unsigned long long)(t->instances - t->exits));
    for (int i = 0; i < REASONS_MAX && t->kills[i].count > 0; i++)
        kprintf("abifuzz:   killed %llu time(s): %s\n", (unsigned long long)t->kills[i].count,
                t->kills[i].text);
}

static const char *leak_check(const counts_t *before)
{
    counts_t after = settle(before);
    kprintf("abifuzz: free frames %llu -> %llu, kernel heap %llu -> %llu bytes, threads %u -> %u, "
            "SIPs %u -> %u\n", (unsigned long long)before->frames,
            (unsigned long long)after.frames, (unsigned long long)before->heap,
            (unsigned long long)after.heap, before->threads, after.threads, before->sips,
            after.sips);
    return same_counts(before, &after) ? NULL : "the kernel leaked (counts above)";
}

/*
 * The loader keeps each boot module's checked image (one entry per module,
 * never freed): check every image the run may start before counting, so
 * that cache is not taken for a leak.
 */
static void images_warm(void)
{
    static const char *const images[] = { "abifuzz.sip", "sleeper.sip", "exit.sip", "hello.sip" };
    static sip_image_t img;
    for (size_t i = 0; i < sizeof(images) / sizeof(images[0]); i++) {
        const uint8_t *file;
        uint64_t size;
        if (boot_module_find(images[i], &file, &size) == OK)
            (void)sip_image_check(images[i], file, size, &img);
    }
}

static const char *test_abi_fuzz(void)
{
    const kernel_options_t *o = kernel_options();
    bool hosted = platform_name[0] == 'h';    /* "hosted" or "pc" */
    uint64_t short_run = hosted ? SHORT_RUN_CALLS : SHORT_RUN_CALLS_TCG;
    uint64_t target = o->fuzz_calls != 0 ? o->fuzz_calls : short_run;
    sip_spawn_request_t req = { .image = "sleeper.sip", .args = "3600000",
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20 };
    images_warm();
    counts_t before = counts_now();
    sip_t *bystander;
    err_t rc = sip_spawn(&req, &bystander);
    if (rc != OK)
        return ktest_fail("spawning the bystander: %s", err_name(rc));
    static tally_t t;
    t = (tally_t){ 0 };
    const char *why = NULL;
    for (uint64_t i = 0; why == NULL && t.calls < target; i++) {
        uint64_t left = target - t.calls;
        uint64_t calls = left < CALLS_PER_INSTANCE ? left : CALLS_PER_INSTANCE;
        why = instance_run(&t, o->fuzz_seed + i, calls < INSTANCE_MIN_CALLS ? INSTANCE_MIN_CALLS
                                                                            : calls,
                           bystander->image_base, "");
    }
    bool bystander_alive = bystander->state == SIP_RUNNING;
    sip_kill(bystander, "the ABI fuzz is over");
    sip_release(bystander);
    tally_print(&t, o->fuzz_seed);
    const char *leak = leak_check(&before);
    if (why == NULL && !bystander_alive)
        why = "the bystander SIP did not survive the fuzzing";
    return why != NULL ? why : leak;
}

/*
 * Kernel bugs the fuzzer found, each replayed as its finding's ending:
 * seed 185 (2000 calls a instance, December 2026) ended with a message id
 * past 16 bits, and abi_chan_send killed it with an uninitialized reason
 * (kernel stack bytes, handed to the peer as the close reason).
 */
static const char *test_abi_fuzz_big_message_id(void)
{
    images_warm();
    counts_t before = counts_now();
    static tally_t t;
    t = (tally_t){ 0 };
    const char *why = instance_run(&t, 185, 200, 0, "end=big-id");
    if (why == NULL && (t.violations != 1 || !starts_with(t.kills[0].text, "contract violation")))
        why = ktest_fail("ended %llu time(s) by a violation; kill reason '%s'",
                         (unsigned long long)t.violations, t.kills[0].text);
    const char *leak = leak_check(&before);
    return why != NULL ? why : leak;
}

/*
 * Seed 3000 (2000 calls an instance): chan_recv, chan_wait_any (and, by the
 * same reading, sip_wait) checked their output buffers before they waited
 * and wrote them after, although another thread of the caller had freed
 * them meanwhile: the kernel wrote into frames the SIP no longer owned.
 * Each instance here starts with one such race (race.c); a write is a
 * finding, which fails the instance.
 */
static const char *test_abi_fuzz_wait_output_freed(void)
{
    images_warm();
    counts_t before = counts_now();
    static tally_t t;
    t = (tally_t){ 0 };
    const char *why = NULL;
    static const char *const races[] = { "race=0", "race=1", "race=2" };
    for (int i = 0; i < 3 && why == NULL; i++)
        why = instance_run(&t, 3000, 50, 0, races[i]);
    const char *leak = leak_check(&before);
    return why != NULL ? why : leak;
}

/*
 * Found by the race added next (race.c, RACE_CLOSE): a receive kept the
 * endpoint it looked up before waiting; another thread of the caller closed
 * both ends meanwhile (the kernel freed the channel) and made a new channel,
 * which took the old one's memory, and the receive returned that channel's
 * message through the closed handle. With SIPs apart, another SIP's message.
 * The second instance (race=4): the other end is a child's, and closing the
 * end waited on must end the wait at once; it woke nobody, so the wait ran
 * to its timeout.
 */
static const char *test_abi_fuzz_wait_handle_closed(void)
{
    images_warm();
    counts_t before = counts_now();
    static tally_t t;
    t = (tally_t){ 0 };
    const char *why = instance_run(&t, 3000, 50, 0, "race=3");
    if (why == NULL)
        why = instance_run(&t, 3000, 50, 0, "race=4");
    const char *leak = leak_check(&before);
    return why != NULL ? why : leak;
}

const ktest_t abifuzz_tests[] = {
    { "abi_fuzz_wait_handle_closed", test_abi_fuzz_wait_handle_closed },
    { "abi_fuzz_big_message_id", test_abi_fuzz_big_message_id },
    { "abi_fuzz_wait_output_freed", test_abi_fuzz_wait_output_freed },
    { "abi_fuzz", test_abi_fuzz },
};
const size_t abifuzz_test_count = sizeof(abifuzz_tests) / sizeof(abifuzz_tests[0]);
