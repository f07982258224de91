/*
 * sip_tests.c — SIPs end to end: load, run, preempt, block, exit, fault,
 * seal and quota checks, and reclamation. The images are boot modules
 * built in sip/ (the boot tests pass them); a missing module fails the test.
 */
#include "fmt.h"
#include "frame.h"
#include "heap.h"
#include "kernel.h"
#include "ktest.h"
#include "platform.h"
#include "sip.h"
#include "timer.h"

#define TEST_QUOTA (1ull << 20)

static err_t spawn(const char *image, const char *args, uint64_t quota, sip_t **out)
{
    sip_spawn_request_t req = { .image = image, .args = args,
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = quota };
    return sip_spawn(&req, out);
}

/* Spawns, waits up to 10 s, returns the SIP (one reference held). */
static const char *run_to_end(const char *image, const char *args, sip_t **out)
{
    err_t rc = spawn(image, args, TEST_QUOTA, out);
    if (rc != OK)
        return ktest_fail("spawning %s: %s", image, err_name(rc));
    if (sip_wait(*out, 10000000000ull) != OK)
        return ktest_fail("%s still running after 10 s", image);
    return NULL;
}

/* Runs `image` to its end; it must exit with code 0 (a test SIP's own
   checks exit with the number of the first that failed). */
static const char *expect_clean_exit(const char *image, const char *args)
{
    sip_t *s;
    const char *why = run_to_end(image, args, &s);
    if (why != NULL)
        return why;
    sip_state_t state = s->state;
    int code = s->exit_code;
    sip_release(s);
    if (state != SIP_EXITED || code != 0)
        return ktest_fail("%s ended with state %d code %d", image, state, code);
    return NULL;
}

static const char *test_sip_hello(void)
{
    return expect_clean_exit("hello.sip", "from the self-test");
}

/* Quota 0: the image's declared need, its manifest's heap and its first
   thread's stack; the SIP runs with it and exits cleanly. */
static const char *test_sip_declared_quota(void)
{
    sip_t *s;
    err_t rc = spawn("hello.sip", "quota 0", 0, &s);
    if (rc != OK)
        return ktest_fail("spawning hello.sip with quota 0: %s", err_name(rc));
    uint64_t quota = s->account.quota;
    uint64_t heap = s->manifest.heap_bytes;
    uint64_t want = heap + sip_thread_charge(&s->manifest);
    bool ended = sip_wait(s, 10000000000ull) == OK;
    sip_state_t state = s->state;
    int code = s->exit_code;
    sip_release(s);
    if (quota != want || want <= heap)
        return ktest_fail("quota %llu, the manifest declares %llu", (unsigned long long)quota,
                          (unsigned long long)want);
    if (!ended || state != SIP_EXITED || code != 0)
        return ktest_fail("hello.sip with its declared quota: state %d code %d", state, code);
    return NULL;
}

static bool sip_has_run(const sip_t *s)
{
    return s->threads != NULL && s->threads->ticks_run > 0;
}

/* Two spinners that never yield both get the CPU: preemption between SIPs. */
static const char *test_sip_preempt(void)
{
    sip_t *a, *b;
    KT_ASSERT(spawn("spinner.sip", "400", TEST_QUOTA, &a) == OK);
    KT_ASSERT(spawn("spinner.sip", "400", TEST_QUOTA, &b) == OK);
    thread_sleep_ns(200000000);
    bool both = a->state == SIP_RUNNING && b->state == SIP_RUNNING && sip_has_run(a) &&
                sip_has_run(b);
    err_t ra = sip_wait(a, 10000000000ull), rb = sip_wait(b, 10000000000ull);
    bool exited = a->state == SIP_EXITED && b->state == SIP_EXITED;
    sip_release(a);
    sip_release(b);
    KT_ASSERT(ra == OK && rb == OK && exited);
    return both ? NULL : "the two spinners were not both running and charged CPU after 200 ms";
}

/* A SIP sleeping in the kernel is charged no CPU. */
static const char *test_sip_blocked_uses_no_cpu(void)
{
    sip_t *s;
    KT_ASSERT(spawn("sleeper.sip", "500", TEST_QUOTA, &s) == OK);
    thread_sleep_ns(100000000);
    uint64_t before = s->threads != NULL ? s->threads->ticks_run : 0;
    thread_sleep_ns(300000000);
    uint64_t after = s->threads != NULL ? s->threads->ticks_run : 0;
    bool running = s->state == SIP_RUNNING;
    KT_ASSERT(sip_wait(s, 10000000000ull) == OK);
    sip_release(s);
    KT_ASSERT(running);
    if (after - before > 1)
        return ktest_fail("a sleeping SIP was charged %lu ticks", (unsigned long)(after - before));
    return NULL;
}

static bool starts_with(const char *s, const char *prefix);

static const char *test_sip_fault_killed(void)
{
    sip_t *victim, *bystander;
    KT_ASSERT(spawn("sleeper.sip", "300", TEST_QUOTA, &bystander) == OK);
    const char *why = run_to_end("fault.sip", "ud2", &victim);
    if (why != NULL)
        return why;
    bool killed = victim->state == SIP_KILLED && victim->exit_code == SIP_EXIT_KILLED;
    bool named = starts_with(victim->reason, "check failed: local-bounds or trap at fault+0x");
    sip_release(victim);
    KT_ASSERT(sip_wait(bystander, 10000000000ull) == OK);
    bool survived = bystander->state == SIP_EXITED && bystander->exit_code == 0;
    sip_release(bystander);
    KT_ASSERT(killed && named);
    KT_ASSERT(survived);
    return NULL;
}

/* Where pages carry rights, code is read-only: writing it kills the writer. */
static const char *test_sip_write_code_killed(void)
{
    if (!platform_protects_pages())
        return ktest_skip("phys mode: code is kept unchanged by the verifier, not by pages");
    sip_t *s;
    const char *why = run_to_end("fault.sip", "write-code", &s);
    if (why != NULL)
        return why;
    bool killed = s->state == SIP_KILLED;
    bool page_fault = s->reason[0] == '#' && s->reason[1] == 'P';
    sip_release(s);
    KT_ASSERT(killed && page_fault);
    return NULL;
}

/* Writing through a null pointer faults in every mode: page 0 is unmapped. */
static const char *test_sip_null_write_killed(void)
{
    sip_t *s;
    const char *why = run_to_end("fault.sip", "null", &s);
    if (why != NULL)
        return why;
    bool killed = s->state == SIP_KILLED && s->reason[0] == '#' && s->reason[1] == 'P';
    sip_release(s);
    KT_ASSERT(killed);
    return NULL;
}

/* Running off the stack hits the guard page: the SIP dies, the kernel does not. */
static const char *test_sip_stack_overflow_killed(void)
{
    sip_t *s;
    const char *why = run_to_end("fault.sip", "recurse", &s);
    if (why != NULL)
        return why;
    bool killed = s->state == SIP_KILLED && s->reason[0] == '#' && s->reason[1] == 'P';
    sip_release(s);
    KT_ASSERT(killed);
    return NULL;
}

/* The compiler's bounds check traps an out-of-bounds write; the report names it. */
static const char *test_sip_bounds_check_killed(void)
{
    sip_t *s;
    const char *why = run_to_end("fault.sip", "oob", &s);
    if (why != NULL)
        return why;
    sip_state_t state = s->state;
    char reason[SIP_REASON_MAX];
    for (int i = 0; i < SIP_REASON_MAX; i++)
        reason[i] = s->reason[i];
    sip_release(s);
    const char *want = "check failed: out-of-bounds access";
    bool named = true;
    for (int i = 0; want[i] != '\0'; i++)
        named &= reason[i] == want[i];
    if (state != SIP_KILLED || !named)
        return ktest_fail("state %d, reason '%s' (built without -Dsip_checks?)", state, reason);
    return NULL;
}

static bool starts_with(const char *s, const char *prefix)
{
    size_t i = 0;
    while (prefix[i] != '\0' && s[i] == prefix[i])
        i++;
    return prefix[i] == '\0';
}

static bool contains(const char *s, const char *part)
{
    for (; *s != '\0'; s++) {
        if (starts_with(s, part))
            return true;
    }
    return false;
}

/*
 * Runs fault.sip with `mode` next to a sleeper; the victim must be killed
 * with a reason that starts with `prefix` and contains `part`, and the
 * sleeper must end normally.
 */
static const char *expect_killed_alone(const char *mode, const char *prefix, const char *part)
{
    sip_t *victim, *bystander;
    KT_ASSERT(spawn("sleeper.sip", "200", TEST_QUOTA, &bystander) == OK);
    const char *why = run_to_end("fault.sip", mode, &victim);
    if (why != NULL)
        return why;
    char reason[SIP_REASON_MAX];
    for (int i = 0; i < SIP_REASON_MAX; i++)
        reason[i] = victim->reason[i];
    sip_state_t state = victim->state;
    sip_release(victim);
    KT_ASSERT(sip_wait(bystander, 10000000000ull) == OK);
    bool survived = bystander->state == SIP_EXITED && bystander->exit_code == 0;
    sip_release(bystander);
    if (state != SIP_KILLED || !starts_with(reason, prefix) || !contains(reason, part))
        return ktest_fail("fault %s: state %d, reason '%s'", mode, state, reason);
    KT_ASSERT(survived);
    return NULL;
}

/* Whether fault.sip runs in ring 3 in this boot (docs/modes.md). */
static bool fault_sip_in_ring3(void)
{
    const kernel_options_t *o = kernel_options();
    return o->mode == PROT_MICRO || (o->mode == PROT_RING3 && sip_space_isolate_all());
}

/* In ring 3 the hardware refuses a privileged instruction and a read of
   kernel memory; the SIP is killed alone, the reason says which. */
static const char *test_sip_ring3_privileged_killed(void)
{
    if (!fault_sip_in_ring3())
        return ktest_skip("fault.sip is not in ring 3 (micro, or ring3 with insula.isolate=all)");
    const char *why = expect_killed_alone("cli", "#GP general protection at fault+0x",
                                          "(privileged)");
    if (why != NULL)
        return why;
    return expect_killed_alone("kernel-read", "#PF page fault at fault+0x",
                               "touching 0x100000 (kernel only)");
}

/* A call through a pointer of the wrong function type: CFI kills the caller. */
static const char *test_sip_cfi_check_killed(void)
{
    return expect_killed_alone("cfi", "check failed: control-flow integrity at fault+0x", "");
}

/* A jump out of its image (a forged function pointer, CFI's check off) is
 * killed with the address named, not taken for a kernel fault. */
static const char *test_sip_jump_outside_image_killed(void)
{
    const char *why = expect_killed_alone("call-null", "#PF page fault at 0x0: outside its image",
                                          "");
    if (why != NULL)
        return why;
    return expect_killed_alone("call-unmapped",
                               "#PF page fault at 0x400000000000: outside its image", "");
}

/*
 * A jump into another SIP's data (the last page of its image: bss) is killed
 * with the address named, and the other SIP lives on. Where pages have no
 * rights (phys mode) nothing would fault and the bytes would run: there
 * only the verifier and CFI stand (verifier/SUBSET.md, known limits).
 */
static const char *test_sip_jump_into_neighbour_killed(void)
{
    if (!platform_protects_pages())
        return ktest_skip("phys mode: no page rights, the verifier and CFI stop such jumps");
    sip_t *neighbour, *jumper;
    KT_ASSERT(spawn("sleeper.sip", "300", TEST_QUOTA, &neighbour) == OK);
    uint64_t target = neighbour->image_base + neighbour->image_span - 16;
    char args[40];
    fmt_snprintf(args, sizeof(args), "call-at %#lx", (unsigned long)target);
    const char *why = run_to_end("fault.sip", args, &jumper);
    if (why != NULL)
        return why;
    char want[64];
    fmt_snprintf(want, sizeof(want), "#PF page fault at %#lx: outside its image",
                 (unsigned long)target);
    bool named = jumper->state == SIP_KILLED && starts_with(jumper->reason, want);
    if (!named)
        why = ktest_fail("jump to %#lx: state %d, reason '%s'", (unsigned long)target,
                         jumper->state, jumper->reason);
    sip_release(jumper);
    KT_ASSERT(sip_wait(neighbour, 10000000000ull) == OK);
    bool lived = neighbour->state == SIP_EXITED && neighbour->exit_code == 0;
    sip_release(neighbour);
    if (why != NULL)
        return why;
    KT_ASSERT(lived);
    return NULL;
}

/* Running off the unsafe stack hits its own guard page; the report says so. */
static const char *test_sip_unsafe_stack_overflow_killed(void)
{
    return expect_killed_alone("unsafe-recurse", "#PF", "(unsafe stack overflow) at fault+0x");
}

/*
 * An interrupt handler that runs out of a SIP's safe stack: on pc its frame
 * fits, the handler runs into the soft guard page, the kernel opens it and
 * kills the SIP at the interrupt's end; on hosted Linux cannot push the
 * signal frame, a fault in SIP code. Either way only the SIP dies, and the
 * bystander (asleep on the timer) still ends.
 */
static const char *test_sip_interrupt_on_exhausted_stack(void)
{
    if (fault_sip_in_ring3())
        return ktest_skip("ring 3: interrupts arrive on the thread's kernel stack");
    bool pc = platform_name[0] == 'p';
    return expect_killed_alone("kernel-on-stack", "#PF page fault (stack overflow) at fault+0x",
                               pc ? ", kernel code on" : "");    /* the reason is cut at 63 */
}

/* An interrupt whose own frame does not fit: its delivery faults, the SIP
 * dies, and the interrupt cut short does not stay in service (the timer
 * still ticks: the bystander's sleep ends). */
static const char *test_sip_interrupt_frame_at_guard(void)
{
    if (fault_sip_in_ring3())
        return ktest_skip("ring 3: interrupts arrive on the thread's kernel stack");
    return expect_killed_alone("irq-at-guard", "#PF page fault (stack overflow) at fault+0x", "");
}

/* A ring-3 thread's kernel stack: an interrupt handler that runs into its
 * soft guard finishes, and the SIP (not the kernel) is reported and killed
 * before it runs again; a bystander ends normally. */
static const char *test_sip_ring3_kernel_stack_overflow_killed(void)
{
    if (!fault_sip_in_ring3())
        return ktest_skip("test SIPs are not in ring 3 (micro, or ring3 with insula.isolate=all)");
    sip_t *victim, *bystander;
    KT_ASSERT(spawn("sleeper.sip", "200", TEST_QUOTA, &bystander) == OK);
    KT_ASSERT(spawn("spinner.sip", "5000", TEST_QUOTA, &victim) == OK);
    sip_test_kernel_stack_burn_arm(victim);
    err_t waited = sip_wait(victim, 10000000000ull);
    sip_test_kernel_stack_burn_arm(NULL);
    char reason[SIP_REASON_MAX];
    for (int i = 0; i < SIP_REASON_MAX; i++)
        reason[i] = victim->reason[i];
    sip_state_t state = victim->state;
    sip_release(victim);
    KT_ASSERT(sip_wait(bystander, 10000000000ull) == OK);
    bool survived = bystander->state == SIP_EXITED && bystander->exit_code == 0;
    sip_release(bystander);
    if (waited != OK || state != SIP_KILLED ||
        !starts_with(reason, "#PF page fault (kernel stack overflow) at "))    /* spinner+0x.. or its ABI stub */
        return ktest_fail("spinner: wait %s, state %d, reason '%s'", err_name(waited), state,
                          reason);
    KT_ASSERT(survived);
    return NULL;
}

/* stacks.sip checks its threads' safe and unsafe stacks itself (exit 0). */
static const char *test_sip_safestack_layout(void)
{
    return expect_clean_exit("stacks.sip", "");
}

static const char *expect_spawn_error(const char *image, uint64_t quota, err_t want)
{
    sip_t *s = NULL;
    err_t rc = spawn(image, "", quota, &s);
    if (rc == OK) {
        sip_wait(s, THREAD_FOREVER);
        sip_release(s);
    }
    if (rc != want)
        return ktest_fail("spawning %s gave %s, expected %s", image, err_name(rc), err_name(want));
    return NULL;
}

static const char *test_sip_refusals(void)
{
    uint64_t frames = frame_free_settled();
    const char *why = expect_spawn_error("tampered.sip", TEST_QUOTA, ERR_CORRUPT);
    if (why == NULL)
        why = expect_spawn_error("no-such.sip", TEST_QUOTA, ERR_NOT_FOUND);
    if (why == NULL)
        why = expect_spawn_error("hello.sip", 4096, ERR_QUOTA);    /* manifest asks for more */
    KT_ASSERT(frame_free_settled() == frames);
    return why;
}

/* The SIP checks the ABI's answers to garbage and to its quota itself. */
static const char *test_sip_abi_abuse(void)
{
    sip_t *s;
    const char *why = run_to_end("abuse.sip", "", &s);
    if (why != NULL)
        return why;
    int code = s->exit_code;
    sip_state_t state = s->state;
    sip_release(s);
    if (state != SIP_EXITED || code != 0)
        return ktest_fail("abuse.sip: state %d, failed check %d", state, code);
    return NULL;
}

/* Granted inspect and console-input, the SIP checks the system entries'
   answers itself (sip/tests/inspector). */
static const char *test_sip_system_entries(void)
{
    sip_spawn_request_t req = { .image = "inspector.sip", .args = "",
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = TEST_QUOTA,
                                .caps = SIP_CAP_INSPECT | SIP_CAP_CONSOLE_INPUT };
    sip_t *s;
    err_t rc = sip_spawn(&req, &s);
    if (rc != OK)
        return ktest_fail("spawning inspector.sip: %s", err_name(rc));
    if (sip_wait(s, 10000000000ull) != OK) {
        sip_release(s);
        return ktest_fail("inspector.sip still running after 10 s");
    }
    int code = s->exit_code;
    sip_state_t state = s->state;
    sip_release(s);
    if (state != SIP_EXITED || code != 0)
        return ktest_fail("inspector.sip: state %d, failed check %d", state, code);
    return NULL;
}

/*
 * Attack R92 (sip/attacks/README.md): a SIP killed while its thread still
 * stands on its safe-stack window (here: ready, not yet run since the
 * kill). The window is pooled only once that thread is reaped; a SIP
 * started in between gets another window, and afterwards the window is
 * back in the pool (or freed, when the pool is full), frames all counted.
 */
static const char *test_sip_stack_pool_linger(void)
{
    sip_t *spinner, *next;
    uint64_t frames = frame_free_settled();
    KT_ASSERT(spawn("spinner.sip", "5000", TEST_QUOTA, &spinner) == OK);
    thread_sleep_ns(20000000);
    bool enabled = irq_save();    /* no switch, so no reaping, until restored */
    uint64_t window = spinner->threads != NULL ? spinner->threads->stack_base : 0;
    sip_kill(spinner, "test: killed while its thread lingers");
    bool early = sip_stack_window_pooled(window);
    err_t rc = spawn("sleeper.sip", "1", TEST_QUOTA, &next);
    uint64_t other = rc == OK && next->threads != NULL ? next->threads->stack_base : 0;
    irq_restore(enabled);
    KT_ASSERT(window != 0 && !early && rc == OK && other != 0 && other != window);
    KT_ASSERT(sip_wait(next, 10000000000ull) == OK);
    sip_release(next);
    sip_release(spinner);
    thread_yield();
    KT_ASSERT(frame_free_settled() == frames);
    return NULL;
}

/*
 * Create + exit many times: every frame, thread and sip_t comes back. One
 * run first, so the loader's per-module cache of checked images (bounded:
 * one entry per boot module) is filled before counting.
 */
static const char *test_sip_reclaim_1000(void)
{
    sip_t *first;
    const char *warm = run_to_end("exit.sip", "", &first);
    if (warm != NULL)
        return warm;
    sip_release(first);
    uint64_t frames = frame_free_settled(), heap = heap_bytes_in_use();
    uint32_t threads = thread_count(), sips = sip_live_count();
    for (int i = 0; i < 1000; i++) {
        sip_t *s;
        const char *why = run_to_end("exit.sip", "", &s);
        if (why != NULL)
            return why;
        sip_release(s);
    }
    thread_yield();
    if (frame_free_settled() != frames)
        return ktest_fail("free frames %lu before, %lu after", (unsigned long)frames,
                          (unsigned long)frame_free_settled());
    KT_ASSERT(heap_bytes_in_use() == heap);
    KT_ASSERT(thread_count() == threads && sip_live_count() == sips);
    return NULL;
}

/*
 * The collector end to end (sip/tests/gc): eight times its 512 KiB quota
 * allocated with a live structure kept, a second thread holding a list on
 * its stack, suspension through the ABI. Its statistics go to the log.
 */
static const char *test_sip_gc(void)
{
    sip_t *s;
    err_t rc = spawn("gc.sip", "", 512 * 1024, &s);
    if (rc != OK)
        return ktest_fail("spawning gc.sip: %s", err_name(rc));
    bool ended = sip_wait(s, 120000000000ull) == OK;
    sip_state_t state = s->state;
    int code = s->exit_code;
    if (!ended)
        sip_kill(s, "the self-test timed out");
    sip_release(s);
    if (!ended)
        return "gc.sip still running after 120 s";
    if (state != SIP_EXITED || code != 0)
        return ktest_fail("gc.sip: state %d, failed check %d", state, code);
    return NULL;
}

/* Every entry the table counts is there (a missing one would be a NULL call). */
static const char *test_abi_table_complete(void)
{
    const void *const *entries = (const void *const *)&kernel_abi.exit;
    KT_ASSERT(kernel_abi.entry_count == INSULA_ABI_ENTRY_COUNT);
    KT_ASSERT(sizeof(insula_abi_t) == 8 + INSULA_ABI_ENTRY_COUNT * sizeof(void *));
    for (uint32_t i = 0; i < kernel_abi.entry_count; i++) {
        if (entries[i] == NULL)
            return ktest_fail("ABI entry %u is missing", i);
    }
    return NULL;
}

const ktest_t sip_tests[] = {
    { "sip_hello", test_sip_hello },
    { "sip_declared_quota", test_sip_declared_quota },
    { "sip_preempt", test_sip_preempt },
    { "sip_blocked_uses_no_cpu", test_sip_blocked_uses_no_cpu },
    { "sip_fault_killed", test_sip_fault_killed },
    { "sip_null_write_killed", test_sip_null_write_killed },
    { "sip_write_code_killed", test_sip_write_code_killed },
    { "sip_bounds_check_killed", test_sip_bounds_check_killed },
    { "sip_stack_overflow_killed", test_sip_stack_overflow_killed },
    { "sip_cfi_check_killed", test_sip_cfi_check_killed },
    { "sip_jump_outside_image_killed", test_sip_jump_outside_image_killed },
    { "sip_jump_into_neighbour_killed", test_sip_jump_into_neighbour_killed },
    { "sip_ring3_privileged_killed", test_sip_ring3_privileged_killed },
    { "sip_unsafe_stack_overflow_killed", test_sip_unsafe_stack_overflow_killed },
    { "sip_interrupt_on_exhausted_stack", test_sip_interrupt_on_exhausted_stack },
    { "sip_ring3_kernel_stack_overflow_killed", test_sip_ring3_kernel_stack_overflow_killed },
    { "sip_interrupt_frame_at_guard", test_sip_interrupt_frame_at_guard },
    { "sip_safestack_layout", test_sip_safestack_layout },
    { "sip_refusals", test_sip_refusals },
    { "sip_abi_abuse", test_sip_abi_abuse },
    { "sip_system_entries", test_sip_system_entries },
    { "sip_reclaim_1000", test_sip_reclaim_1000 },
    { "sip_stack_pool_linger", test_sip_stack_pool_linger },
    { "sip_gc", test_sip_gc },
    { "abi_table_complete", test_abi_table_complete },
};
const size_t sip_test_count = sizeof(sip_tests) / sizeof(sip_tests[0]);
