/*
 * spawn_exit — create a process running a tiny static program (exit_now),
 * let it run and exit, and wait for it:
 *   sip_create_exit/posix_spawn   posix_spawn + waitpid
 *   sip_create_exit/fork_exec     fork + execve + waitpid
 * A sample is one whole create-run-exit-reap, after a warm-up. The child is
 * the file `exit-now` next to this program.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define WARMUP 20

extern char **environ;
static char child_path[PATH_MAX];

static void find_child(void)
{
    char self[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (len < 0)
        bench_die("readlink /proc/self/exe");
    self[len] = '\0';
    snprintf(child_path, sizeof(child_path), "%s/exit-now", dirname(self));
    if (access(child_path, X_OK) != 0)
        bench_die(child_path);
}

static void reap(pid_t pid)
{
    int status;
    if (waitpid(pid, &status, 0) != pid || status != 0)
        bench_die("waitpid: the child did not exit with 0");
}

static void with_posix_spawn(void)
{
    char *argv[] = { child_path, NULL };
    pid_t pid;
    int rc = posix_spawn(&pid, child_path, NULL, NULL, argv, environ);
    if (rc != 0) {
        errno = rc;
        bench_die("posix_spawn");
    }
    reap(pid);
}

static void with_fork_exec(void)
{
    char *argv[] = { child_path, NULL };
    pid_t pid = fork();
    if (pid < 0)
        bench_die("fork");
    if (pid == 0) {
        execve(child_path, argv, environ);
        _exit(127);
    }
    reap(pid);
}

static void measure(const char *name, void (*create)(void), size_t n)
{
    bench_samples_t s;
    samples_init(&s, n);
    for (int k = 0; k < WARMUP; k++)
        create();
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        create();
        samples_add(&s, cycles() - t0);
    }
    samples_report(&s, name, 0);
}

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    find_child();
    measure("sip_create_exit/posix_spawn", with_posix_spawn, bench_count(&o, 300, 5));
    measure("sip_create_exit/fork_exec", with_fork_exec, bench_count(&o, 300, 5));
    return 0;
}
