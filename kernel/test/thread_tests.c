/*
 * thread_tests.c — threads switch voluntarily and by preemption, on every
 * platform, and leave no stack behind.
 */
#include "frame.h"
#include "ktest.h"
#include "platform.h"
#include "thread.h"
#include "timer.h"

typedef struct {
    volatile uint64_t count;
    volatile bool stop;
    volatile bool done;
} spinner_t;

/* Spins without ever yielding: only preemption lets others run. */
static void spin(void *arg)
{
    spinner_t *s = arg;
    while (!s->stop)
        s->count++;
    s->done = true;
}

static bool wait_until(volatile bool *flag, uint64_t seconds)
{
    uint64_t deadline = cpu_cycles() + seconds * tsc_hz();
    while (!*flag && cpu_cycles() < deadline)
        thread_yield();
    return *flag;
}

static const char *test_threads_preempt(void)
{
    irq_enable();
    uint64_t frames = frame_free_count();
    uint32_t threads = thread_count();
    static spinner_t a, b;
    a = (spinner_t){ 0 };
    b = (spinner_t){ 0 };
    KT_ASSERT(thread_create("spin-a", spin, &a, NULL) == OK);
    KT_ASSERT(thread_create("spin-b", spin, &b, NULL) == OK);
    uint64_t deadline = cpu_cycles() + 5 * tsc_hz();
    while ((a.count == 0 || b.count == 0) && cpu_cycles() < deadline)
        __asm__ volatile("pause");    /* no yield: the spinners need preemption */
    bool both_ran = a.count != 0 && b.count != 0;
    a.stop = b.stop = true;
    bool ended = wait_until(&a.done, 5) && wait_until(&b.done, 5);
    for (int i = 0; i < 4; i++)
        thread_yield();    /* let the exited threads be reaped */
    if (!both_ran)
        return ktest_fail("spinners counted %lu and %lu in 5 s", (unsigned long)a.count,
                          (unsigned long)b.count);
    KT_ASSERT(ended);
    KT_ASSERT(thread_count() == threads);
    KT_ASSERT(frame_free_count() == frames);
    return NULL;
}

typedef struct {
    volatile uint32_t turns[2];
    volatile uint32_t last;
    volatile uint32_t out_of_turn;
    volatile uint32_t finished;
} relay_t;

static relay_t relay;

/* Two threads alternate through thread_yield (plus whatever preemption does). */
static void relay_runner(void *arg)
{
    uint32_t me = (uint32_t)(uintptr_t)arg;
    for (int i = 0; i < 1000; i++) {
        relay.turns[me]++;
        thread_yield();
    }
    relay.finished++;
}

static const char *test_threads_yield(void)
{
    relay = (relay_t){ 0 };
    uint32_t threads = thread_count();
    KT_ASSERT(thread_create("relay-0", relay_runner, (void *)0, NULL) == OK);
    KT_ASSERT(thread_create("relay-1", relay_runner, (void *)1, NULL) == OK);
    uint64_t deadline = cpu_cycles() + 10 * tsc_hz();
    while (relay.finished < 2 && cpu_cycles() < deadline)
        thread_yield();
    for (int i = 0; i < 4; i++)
        thread_yield();
    KT_ASSERT(relay.finished == 2);
    KT_ASSERT(relay.turns[0] == 1000 && relay.turns[1] == 1000);
    KT_ASSERT(thread_count() == threads);
    return NULL;
}

const ktest_t thread_tests[] = {
    { "threads_preempt", test_threads_preempt },
    { "threads_yield", test_threads_yield },
};
const size_t thread_test_count = sizeof(thread_tests) / sizeof(thread_tests[0]);
