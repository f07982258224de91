/*
 * test_util.h — the checks of the host tests in this directory.
 *
 * CHECK(cond) records a failed condition with its location and goes on;
 * CHECK_EQ_U / CHECK_EQ_S also print both values. main() returns
 * test_summary(): 0 only when every check held.
 */
#ifndef INSULA_BOOTCONF_TEST_UTIL_H
#define INSULA_BOOTCONF_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

static unsigned test_checks, test_failures;

#define TEST_FAIL(...)                                                    \
    do {                                                                  \
        test_failures++;                                                  \
        fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                   \
        fprintf(stderr, __VA_ARGS__);                                     \
        fputc('\n', stderr);                                              \
    } while (0)

#define CHECK(cond)                                                       \
    do {                                                                  \
        test_checks++;                                                    \
        if (!(cond))                                                      \
            TEST_FAIL("check failed: %s", #cond);                         \
    } while (0)

#define CHECK_EQ_U(actual, expected)                                      \
    do {                                                                  \
        unsigned long long a_ = (actual), e_ = (expected);                \
        test_checks++;                                                    \
        if (a_ != e_)                                                     \
            TEST_FAIL("%s is %llu, expected %llu", #actual, a_, e_);      \
    } while (0)

#define CHECK_EQ_S(actual, expected)                                      \
    do {                                                                  \
        const char *a_ = (actual), *e_ = (expected);                      \
        test_checks++;                                                    \
        if (a_ == NULL || strcmp(a_, e_) != 0)                            \
            TEST_FAIL("%s is \"%s\", expected \"%s\"", #actual,           \
                      a_ != NULL ? a_ : "(null)", e_);                    \
    } while (0)

static inline int test_summary(const char *name)
{
    printf("%s: %u checks, %u failed\n", name, test_checks, test_failures);
    return test_failures == 0 ? 0 : 1;
}

#endif
