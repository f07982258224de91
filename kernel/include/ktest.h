/*
 * ktest.h — kernel self-tests.
 *
 * A test is a function that returns NULL on success or a string saying what
 * went wrong (HelenOS style). `insula.test=all` runs the core tests and the
 * platform's tests and reports TAP over the console; the exit status goes to
 * the harness through platform_halt().
 */
#ifndef INSULA_KTEST_H
#define INSULA_KTEST_H

#include <stddef.h>

typedef const char *(*ktest_fn_t)(void);

typedef struct {
    const char *name;
    ktest_fn_t run;
} ktest_t;

/* Scenarios that end the kernel on purpose (e.g. "fault-ud"). */
typedef struct {
    const char *name;
    void (*run)(void);
} kscenario_t;

/* Formats a failure message into a static buffer and returns it. */
const char *ktest_fail(const char *format, ...) __attribute__((format(printf, 1, 2)));

/*
 * Marks the test skipped with a reason (TAP "# SKIP"); return its result.
 * For tests that only mean something in some modes (e.g. page mode).
 */
const char *ktest_skip(const char *reason);

/* Shorthand: `KT_ASSERT(cond)` returns a failure naming the condition. */
#define KT_ASSERT(cond) \
    do { if (!(cond)) return ktest_fail("%s:%d: %s", __FILE__, __LINE__, #cond); } while (0)

/*
 * Runs the test selection `spec` ("all" or a comma-separated list of test
 * or scenario names). Never returns: halts with HALT_PASS or HALT_FAIL.
 */
__attribute__((noreturn)) void ktest_run(const char *spec);

extern const ktest_t core_tests[];
extern const size_t core_test_count;
extern const ktest_t trap_tests[];
extern const size_t trap_test_count;
extern const ktest_t thread_tests[];
extern const size_t thread_test_count;
extern const ktest_t channel_tests[];
extern const size_t channel_test_count;
extern const ktest_t device_tests[];
extern const size_t device_test_count;
extern const ktest_t sip_tests[];
extern const size_t sip_test_count;
extern const ktest_t account_tests[];
extern const size_t account_test_count;
extern const ktest_t contract_features_tests[];
extern const size_t contract_features_test_count;
extern const ktest_t versioning_tests[];
extern const size_t versioning_test_count;
extern const ktest_t abifuzz_tests[];
extern const size_t abifuzz_test_count;
extern const kscenario_t scenarios[];
extern const size_t scenario_count;

#endif
