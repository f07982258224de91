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
    uint64_t frames = frame_free_settled();
    uint32_t threads = thread_count();
    static spinner_t a, b;
    a = (spinner_t){ 0 };
    b = (spinner_t){ 0 };
    KT_ASSERT(thread_create("spin-a", spin, &a, THREAD_PRIORITY_DEFAULT, 0, NULL) == OK);
    KT_ASSERT(thread_create("spin-b", spin, &b, THREAD_PRIORITY_DEFAULT, 0, NULL) == OK);
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
    KT_ASSERT(frame_free_settled() == frames);
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
    KT_ASSERT(thread_create("relay-0", relay_runner, (void *)0, THREAD_PRIORITY_DEFAULT, 0, NULL) == OK);
    KT_ASSERT(thread_create("relay-1", relay_runner, (void *)1, THREAD_PRIORITY_DEFAULT, 0, NULL) == OK);
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

static wait_queue_t gate;
static volatile int gate_result = -1;
static volatile uint64_t blocked_ticks;

/* Blocks on `gate` until woken; records how much CPU it was charged. */
static void gate_waiter(void *arg)
{
    (void)arg;
    thread_t *self = thread_current();
    bool enabled = irq_save();
    uint64_t before = self->ticks_run;
    gate_result = thread_block(&gate, THREAD_FOREVER);
    blocked_ticks = self->ticks_run - before;
    irq_restore(enabled);
}

static const char *test_block_wake_and_timeout(void)
{
    gate = (wait_queue_t){ 0 };
    gate_result = -1;
    uint32_t threads = thread_count();
    KT_ASSERT(thread_create("gate", gate_waiter, NULL, THREAD_PRIORITY_DEFAULT, 0, NULL) == OK);
    uint64_t t0 = time_ns();
    thread_sleep_ns(100000000);    /* 100 ms: the waiter blocks meanwhile */
    KT_ASSERT(time_ns() - t0 >= 100000000);
    KT_ASSERT(gate_result == -1 && gate.head != NULL);
    bool enabled = irq_save();
    thread_wake_one(&gate);
    irq_restore(enabled);
    for (int i = 0; i < 4 && gate_result == -1; i++)
        thread_sleep_ns(1000000);
    KT_ASSERT(gate_result == OK);
    if (blocked_ticks > 1)
        return ktest_fail("a blocked thread was charged %lu ticks", (unsigned long)blocked_ticks);
    enabled = irq_save();
    t0 = time_ns();
    err_t rc = thread_block(&gate, 30000000);
    uint64_t waited = time_ns() - t0;
    irq_restore(enabled);
    KT_ASSERT(rc == ERR_TIMEOUT && waited >= 30000000 && gate.head == NULL);
    thread_yield();
    KT_ASSERT(thread_count() == threads);
    return NULL;
}

static volatile uint32_t order[4], order_n;

static void note_order(void *arg)
{
    if (order_n < 4)
        order[order_n++] = (uint32_t)(uintptr_t)arg;
}

/* A higher-priority ready thread runs first; the boot thread yields to both. */
static const char *test_priorities(void)
{
    order_n = 0;
    bool enabled = irq_save();
    KT_ASSERT(thread_create("low", note_order, (void *)1, 4, 0, NULL) == OK);
    KT_ASSERT(thread_create("high", note_order, (void *)2, 6, 0, NULL) == OK);
    irq_restore(enabled);
    thread_t *self = thread_current();
    uint8_t saved = self->priority;
    self->priority = 0;    /* let both run before we continue */
    for (int i = 0; i < 8 && order_n < 2; i++)
        thread_yield();
    self->priority = saved;
    KT_ASSERT(order_n == 2 && order[0] == 2 && order[1] == 1);
    thread_t *t;
    KT_ASSERT(thread_create("bad", note_order, NULL, THREAD_PRIORITIES, 0, &t) == ERR_RANGE);
    return NULL;
}

/*
 * A woken thread killed before it ran (a peer killed between a send's
 * wake-up and the sender's switch) never runs: it leaves its ready queue,
 * the queue's bit in the scheduler's mask goes with it (ready_pop asserts
 * that a set bit has a thread), and the next best thread runs instead.
 */
static const char *test_killed_while_ready(void)
{
    order_n = 0;
    bool enabled = irq_save();
    thread_t *doomed, *other;
    KT_ASSERT(thread_create("doomed", note_order, (void *)1, 6, 0, &doomed) == OK);
    KT_ASSERT(thread_create("other", note_order, (void *)2, 4, 0, &other) == OK);
    KT_ASSERT(doomed->state == THREAD_READY);
    thread_kill_other(doomed);
    irq_restore(enabled);
    thread_t *self = thread_current();
    uint8_t saved = self->priority;
    self->priority = 0;
    for (int i = 0; i < 8 && order_n < 1; i++)
        thread_yield();
    thread_yield();
    self->priority = saved;
    KT_ASSERT(order_n == 1 && order[0] == 2);
    return NULL;
}

/* A CPU hog drops below its base priority; it never goes past the spread. */
static const char *test_priority_drops_with_cpu_use(void)
{
    static spinner_t hog;
    hog = (spinner_t){ 0 };
    thread_t *t;
    KT_ASSERT(thread_create("hog", spin, &hog, 5, 0, &t) == OK);
    uint64_t deadline = cpu_cycles() + 2 * tsc_hz();
    while (t->priority == 5 && cpu_cycles() < deadline)
        thread_sleep_ns(5000000);
    uint8_t dropped = t->priority;
    hog.stop = true;
    wait_until(&hog.done, 5);
    thread_yield();
    KT_ASSERT(dropped < 5 && dropped >= 5 - THREAD_PRIORITY_SPREAD);
    return NULL;
}

const ktest_t thread_tests[] = {
    { "threads_block_wake_timeout", test_block_wake_and_timeout },
    { "threads_priorities", test_priorities },
    { "threads_killed_while_ready", test_killed_while_ready },
    { "threads_priority_drops", test_priority_drops_with_cpu_use },
    { "threads_preempt", test_threads_preempt },
    { "threads_yield", test_threads_yield },
};
const size_t thread_test_count = sizeof(thread_tests) / sizeof(thread_tests[0]);
