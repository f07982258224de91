/*
 * ktest.c — run kernel self-tests and report TAP on the console.
 *
 * Output (TAP version 13):
 *   TAP version 13
 *   1..N
 *   ok 1 - frame_all_once
 *   not ok 2 - heap_slabs # kernel/test/core.c:40: p != NULL
 *   # passed 1/2 on pc
 * Then the kernel halts with HALT_PASS or HALT_FAIL. Scenarios (tests that
 * end the kernel on purpose, e.g. a deliberate fault) run alone.
 */
#include "ktest.h"

#include "console.h"
#include "fmt.h"
#include "platform.h"

#include <stdbool.h>

static char failure[256];
static const char *skip_reason;
static const char skipped_marker[] = "skipped";

const char *ktest_skip(const char *reason)
{
    skip_reason = reason;
    return skipped_marker;
}

const char *ktest_fail(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    fmt_vsnprintf(failure, sizeof(failure), format, ap);
    va_end(ap);
    return failure;
}

static bool str_eq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i] || a[i] == '\0')
            return false;
    }
    return b[n] == '\0';
}

/* Does the comma-separated `spec` select `name`? */
static bool selected(const char *spec, const char *name)
{
    if (str_eq_n(spec, "all", 3) && spec[3] == '\0')
        return true;
    while (*spec) {
        size_t n = 0;
        while (spec[n] && spec[n] != ',')
            n++;
        if (str_eq_n(spec, name, n))
            return true;
        spec += n + (spec[n] == ',');
    }
    return false;
}

typedef struct {
    const ktest_t *tests;
    size_t count;
} suite_t;

static size_t count_selected(const suite_t *suites, size_t nsuites, const char *spec)
{
    size_t n = 0;
    for (size_t s = 0; s < nsuites; s++)
        for (size_t i = 0; i < suites[s].count; i++)
            n += selected(spec, suites[s].tests[i].name);
    return n;
}

static const kscenario_t *find_scenario(const char *spec)
{
    for (size_t i = 0; i < scenario_count; i++) {
        if (selected(spec, scenarios[i].name) && !str_eq_n(spec, "all", 3))
            return &scenarios[i];
    }
    return NULL;
}

static void run_scenario(const kscenario_t *scenario)
{
    kprintf("ktest: scenario %s (expected to end the kernel)\n", scenario->name);
    scenario->run();
    kprintf("ktest: scenario %s returned: it should not have\n", scenario->name);
    platform_halt(HALT_FAIL);
}

void ktest_run(const char *spec)
{
    const kscenario_t *scenario = find_scenario(spec);
    if (scenario != NULL)
        run_scenario(scenario);
    const suite_t suites[] = {
        { core_tests, core_test_count },
        { trap_tests, trap_test_count },
        { thread_tests, thread_test_count },
        { sip_tests, sip_test_count },
        { channel_tests, channel_test_count },
        { account_tests, account_test_count },
        { contract_features_tests, contract_features_test_count },
        { versioning_tests, versioning_test_count },
        { abifuzz_tests, abifuzz_test_count },
        { device_tests, device_test_count },
        { platform_tests, platform_test_count },
    };
    const size_t nsuites = sizeof(suites) / sizeof(suites[0]);
    size_t total = count_selected(suites, nsuites, spec), number = 0, passed = 0;
    kprintf("TAP version 13\n1..%zu\n", total);
    for (size_t s = 0; s < nsuites; s++) {
        for (size_t i = 0; i < suites[s].count; i++) {
            const ktest_t *t = &suites[s].tests[i];
            if (!selected(spec, t->name))
                continue;
            const char *why = t->run();
            number++;
            passed += why == NULL || why == skipped_marker;
            if (why == NULL)
                kprintf("ok %zu - %s\n", number, t->name);
            else if (why == skipped_marker)
                kprintf("ok %zu - %s # SKIP %s\n", number, t->name, skip_reason);
            else
                kprintf("not ok %zu - %s # %s\n", number, t->name, why);
        }
    }
    kprintf("# passed %zu/%zu on %s\n", passed, total, platform_name);
    if (total == 0)
        kprintf("# no test matches '%s'\n", spec);
    platform_halt(total > 0 && passed == total ? HALT_PASS : HALT_FAIL);
}
