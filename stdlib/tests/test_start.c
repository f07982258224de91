/*
 * test_start.c — the start-up path (__insula_start, which _start calls)
 * with the mock ABI: exit codes delivered to the kernel's exit, arguments,
 * output flushed at exit, every ABI mismatch, write-once binding, start-up
 * running out of quota. Each case runs in a forked child, because start-up
 * never returns; the mock's exit sends the console and the code back.
 */
#include "check.h"
#include "internal.h"
#include "mock_abi.h"
#include "start_sips.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    char text[4096];    /* console output, then "\n#EXIT <code>\n" */
    int signal;         /* the signal that ended the child, or 0 */
} outcome_t;

static const abi_start_info_t info_args = {
    .abi_version = INSULA_ABI_VERSION, .args = "alpha betaTRAILING", .args_len = 10,
};
static const abi_start_info_t info_none = { .abi_version = INSULA_ABI_VERSION };

static _Noreturn void child_run(int fd, const insula_abi_t *prebind, const insula_abi_t *abi,
                                const abi_start_info_t *info, __insula_main_t sip_main)
{
    mock_exit_fd = fd;
    if (prebind != NULL && __insula_abi_bind(prebind) != OK)
        _exit(3);
    __insula_start(abi, info, sip_main);
}

static outcome_t run_start(const insula_abi_t *prebind, const insula_abi_t *abi,
                           const abi_start_info_t *info, __insula_main_t sip_main)
{
    outcome_t out = { .text = "", .signal = 0 };
    int fds[2];
    if (pipe(fds) != 0)
        abort();
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        child_run(fds[1], prebind, abi, info, sip_main);
    }
    close(fds[1]);
    size_t len = 0;
    ssize_t n;
    while ((n = read(fds[0], out.text + len, sizeof(out.text) - 1 - len)) > 0)
        len += (size_t)n;
    out.text[len] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status))
        out.signal = WTERMSIG(status);
    return out;
}

static void test_exit_codes(void)
{
    outcome_t o = run_start(NULL, &mock_abi, &info_args, sip_main_args);
    CHECK(strcmp(o.text, "hello alpha beta\n#EXIT 42\n") == 0);
    o = run_start(NULL, &mock_abi, &info_none, sip_main_no_args);
    CHECK(strcmp(o.text, "\n#EXIT 7\n") == 0);
    o = run_start(NULL, &mock_abi, &info_none, sip_main_calls_exit);
    CHECK(strcmp(o.text, "bye\n\n#EXIT -3\n") == 0);
    o = run_start(NULL, &mock_abi, &info_none, sip_main_time);
    CHECK(strcmp(o.text, "\n#EXIT 0\n") == 0);
}

/* Starts with a table or start info that does not match; expects the
   report and SIP_EXIT_BAD_ABI, and main never to run. */
static void check_mismatch(const insula_abi_t *abi, const abi_start_info_t *info,
                           bool reported)
{
    char tail[32];
    snprintf(tail, sizeof(tail), "\n#EXIT %d\n", test_exit_bad_abi);
    outcome_t o = run_start(NULL, abi, info, sip_main_must_not_run);
    CHECK(strstr(o.text, tail) != NULL);
    CHECK(strstr(o.text, "main ran") == NULL);
    CHECK((strstr(o.text, "stdlib: ABI mismatch") != NULL) == reported);
    char need[80];
    snprintf(need, sizeof(need), "this SIP needs version %d with at least %d entries",
             INSULA_ABI_VERSION, INSULA_ABI_ENTRY_COUNT);
    if (reported)
        CHECK(strstr(o.text, need) != NULL);
}

static void test_abi_mismatch(void)
{
    insula_abi_t bad = mock_abi;
    bad.version = INSULA_ABI_VERSION + 1;
    check_mismatch(&bad, &info_none, true);
    bad = mock_abi;
    bad.entry_count = INSULA_ABI_ENTRY_COUNT - 1;
    check_mismatch(&bad, &info_none, true);
    bad.entry_count = 1;            /* console_write is not even there */
    check_mismatch(&bad, &info_none, false);
    abi_start_info_t old_info = info_none;
    old_info.abi_version = 0;
    check_mismatch(&mock_abi, &old_info, true);
    check_mismatch(&mock_abi, NULL, true);
}

static void test_start_failures(void)
{
    insula_abi_t other = mock_abi;   /* same functions, another table */
    char tail[32];
    snprintf(tail, sizeof(tail), "\n#EXIT %d\n", test_exit_start_failed);
    outcome_t o = run_start(&other, &mock_abi, &info_none, sip_main_must_not_run);
    CHECK(strstr(o.text, "stdlib: start-up failed: binding the ABI table: ERR_BUSY") != NULL);
    CHECK(strstr(o.text, tail) != NULL);
    mock_quota_pages = 0;
    o = run_start(NULL, &mock_abi, &info_args, sip_main_must_not_run);
    CHECK(strstr(o.text, "stdlib: start-up failed: argument string: ERR_QUOTA") != NULL);
    CHECK(strstr(o.text, tail) != NULL);
    mock_quota_pages = 1024;
    o = run_start(NULL, NULL, &info_args, sip_main_must_not_run);
    CHECK_INT(o.signal, SIGILL);   /* no table: nothing to report through, trap */
    CHECK(o.text[0] == '\0');
}

static void test_bind_write_once(void)
{
    insula_abi_t other = mock_abi;
    CHECK_INT(__insula_abi_bind(NULL), ERR_INVALID);
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    CHECK_INT(__insula_abi_bind(&other), ERR_BUSY);
    CHECK(__insula_abi() == &mock_abi);
}

int main(void)
{
    mock_reset();
    test_exit_codes();
    test_abi_mismatch();
    test_start_failures();
    test_bind_write_once();   /* last: binds the table in this process */
    mock_reset();
    return check_exit_status("test_start");
}
