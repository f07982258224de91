/*
 * unit.h — a minimal host unit-test harness (run under ASan + UBSan).
 *
 * CHECK(cond) records a failure with its location and goes on; a test
 * program returns unit_summary() from main: 0 when every CHECK held.
 */
#ifndef INSULA_UNIT_H
#define INSULA_UNIT_H

#include <stdio.h>

static int unit_checks, unit_failures;

#define CHECK(cond)                                                              \
    do {                                                                         \
        unit_checks++;                                                           \
        if (!(cond)) {                                                           \
            unit_failures++;                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

static inline int unit_summary(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, unit_checks, unit_failures);
    return unit_failures == 0 ? 0 : 1;
}

#endif
