/*
 * hosted_tests.c — self-tests of the hosted platform's virtual interrupts.
 */
#include "ktest.h"
#include "platform.h"
#include "timer.h"

#include <time.h>

static void sleep_ms(long ms)
{
    struct timespec ts = { 0, ms * 1000000L };
    while (nanosleep(&ts, &ts) != 0)
        ;
}

/* With the virtual flag off, ticks are held back; turning it on delivers them. */
static const char *test_deferred_ticks(void)
{
    irq_enable();
    bool was = irq_save();
    uint64_t before = timer_ticks();
    sleep_ms(5000 / (long)timer_hz());
    uint64_t during = timer_ticks();
    irq_restore(was);
    uint64_t after = timer_ticks();
    KT_ASSERT(was);
    if (during != before)
        return ktest_fail("%lu ticks ran with interrupts off", (unsigned long)(during - before));
    if (after < before + 2)
        return ktest_fail("held ticks not delivered: %lu", (unsigned long)(after - before));
    return NULL;
}

const ktest_t platform_tests[] = {
    { "hosted_deferred_ticks", test_deferred_ticks },
};
const size_t platform_test_count = sizeof(platform_tests) / sizeof(platform_tests[0]);
