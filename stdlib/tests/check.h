/*
 * check.h — the stdlib host tests' assertions.
 *
 * A failed CHECK prints the file, line and expression (and, for the typed
 * forms, both values), counts the failure and lets the test continue;
 * check_exit_status() makes the test program fail if anything failed.
 */
#ifndef STDLIB_TEST_CHECK_H
#define STDLIB_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            check_failures++;                                                  \
        }                                                                      \
    } while (0)

#define CHECK_INT(actual, expected)                                            \
    do {                                                                       \
        long long a_ = (long long)(actual), e_ = (long long)(expected);       \
        if (a_ != e_) {                                                        \
            fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__,    \
                    __LINE__, #actual, a_, e_);                                \
            check_failures++;                                                  \
        }                                                                      \
    } while (0)

#define CHECK_UINT(actual, expected)                                           \
    do {                                                                       \
        unsigned long long a_ = (actual), e_ = (expected);                     \
        if (a_ != e_) {                                                        \
            fprintf(stderr, "%s:%d: %s is %llu, expected %llu\n", __FILE__,    \
                    __LINE__, #actual, a_, e_);                                \
            check_failures++;                                                  \
        }                                                                      \
    } while (0)

/* Compares len bytes at ptr with the C string `expected`. */
#define CHECK_BYTES(ptr, len, expected)                                        \
    do {                                                                       \
        size_t l_ = (len);                                                     \
        if (l_ != strlen(expected) || memcmp((ptr), (expected), l_) != 0) {    \
            fprintf(stderr, "%s:%d: %s is \"%.*s\", expected \"%s\"\n",         \
                    __FILE__, __LINE__, #ptr, (int)l_, (const char *)(ptr),     \
                    (expected));                                               \
            check_failures++;                                                  \
        }                                                                      \
    } while (0)

#define CHECK_STR(view, expected) CHECK_BYTES((view).bytes, (view).len, expected)

static inline int check_exit_status(const char *name)
{
    if (check_failures > 0) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, check_failures);
        return 1;
    }
    printf("%s: all checks passed\n", name);
    return 0;
}

#endif
