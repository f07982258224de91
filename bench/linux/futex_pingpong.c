/*
 * futex_pingpong — a round trip through a futex word: one side hands the
 * turn over and wakes the other, which hands it back.
 *   thread_pingpong_wait/futex   two threads of one process (private futex)
 *   sip_pingpong/futex           two processes sharing one page (shared futex)
 * A sample is one round trip (two hand-overs, two wake-ups), after a
 * warm-up. No data moves: the payload is the turn itself.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define WARMUP 1000

typedef struct {
    _Atomic uint32_t turn;    /* 1: the pong side's turn, 0: the ping side's */
    int op_flags;             /* FUTEX_PRIVATE_FLAG between threads */
    size_t rounds;
} court_t;

static void futex_call(court_t *c, int op, uint32_t value)
{
    (void)syscall(SYS_futex, &c->turn, op | c->op_flags, value, NULL, NULL, 0);
}

/* Hands the turn over (sets `to`) and waits until it comes back as `mine`. */
static void hand_over(court_t *c, uint32_t to, uint32_t mine)
{
    atomic_store(&c->turn, to);
    futex_call(c, FUTEX_WAKE, 1);
    while (atomic_load(&c->turn) != mine)
        futex_call(c, FUTEX_WAIT, to);
}

static void *pong(void *arg)
{
    court_t *c = arg;
    while (atomic_load(&c->turn) != 1)
        futex_call(c, FUTEX_WAIT, 0);
    for (size_t i = 1; i < c->rounds; i++)
        hand_over(c, 0, 1);
    atomic_store(&c->turn, 0);
    futex_call(c, FUTEX_WAKE, 1);
    return NULL;
}

static void ping(court_t *c, const char *name, size_t n)
{
    bench_samples_t s;
    samples_init(&s, n);
    for (size_t i = 0; i < WARMUP; i++)
        hand_over(c, 1, 0);
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        hand_over(c, 1, 0);
        samples_add(&s, cycles() - t0);
    }
    samples_report(&s, name, 0);
}

static void between_threads(size_t n)
{
    static court_t c;
    c.op_flags = FUTEX_PRIVATE_FLAG;
    c.rounds = WARMUP + n;
    pthread_t t;
    if (pthread_create(&t, NULL, pong, &c) != 0)
        bench_die("pthread_create");
    ping(&c, "thread_pingpong_wait/futex", n);
    pthread_join(t, NULL);
}

static void between_processes(size_t n)
{
    court_t *c = mmap(NULL, sizeof(court_t), PROT_READ | PROT_WRITE,
                      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (c == MAP_FAILED)
        bench_die("mmap");
    c->rounds = WARMUP + n;
    pid_t child = fork();
    if (child < 0)
        bench_die("fork");
    if (child == 0) {
        pong(c);
        _exit(0);
    }
    ping(c, "sip_pingpong/futex", n);
    int status;
    if (waitpid(child, &status, 0) != child || status != 0)
        bench_die("waitpid: pong process failed");
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    between_threads(bench_count(&o, 5000, 50));
    between_processes(bench_count(&o, 5000, 50));
    return 0;
}
