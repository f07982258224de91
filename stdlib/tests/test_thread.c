/*
 * test_thread.c — insula/thread.h with the mock ABI: refusals, the handle,
 * and the trampoline the kernel would start (run in a forked child, since
 * a thread ends with thread_exit): it calls the entry with its typed
 * argument, and ends the thread when the entry returns.
 */
#include "check.h"
#include "internal.h"
#include "mock_abi.h"

#include "insula/thread.h"

#include <sys/wait.h>
#include <unistd.h>

#define ARG_SEEN_EXIT 5

static void entry_checks_arg(uint64_t arg)
{
    _exit(arg == 0x1122334455667788u ? ARG_SEEN_EXIT : 1);
}

static void entry_returns(uint64_t arg)
{
    (void)arg;
}

/* Runs the recorded thread in a child; its exit status. */
static int run_recorded_thread(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        mock_thread_entry(mock_thread_arg);
        _exit(2);       /* thread_exit did not end the thread */
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

static void test_without_abi(void)
{
    CHECK_INT(thread_start(entry_returns, 0).err, ERR_INVALID);
    CHECK_UINT(thread_id(), 0);
}

static void test_refusals(void)
{
    CHECK_INT(thread_start(NULL, 0).err, ERR_INVALID);
    CHECK(mock_thread_entry == NULL);
    mock_thread_status = ABI_ERR_QUOTA;
    handle_result_t r = thread_start(entry_returns, 0);
    CHECK_INT(r.err, ERR_QUOTA);
    CHECK_UINT(r.handle, 0);
    mock_thread_status = ABI_OK;
}

static void test_start_and_run(void)
{
    handle_result_t r = thread_start(entry_checks_arg, 0x1122334455667788u);
    CHECK_INT(r.err, OK);
    CHECK_UINT(r.handle, MOCK_THREAD_HANDLE);
    CHECK(mock_thread_entry != NULL && mock_thread_arg != NULL);
    CHECK_INT(run_recorded_thread(), ARG_SEEN_EXIT);

    CHECK_INT(thread_start(entry_returns, 7).err, OK);
    CHECK_INT(run_recorded_thread(), MOCK_THREAD_EXIT_STATUS);
}

int main(void)
{
    mock_reset();
    test_without_abi();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    CHECK_UINT(thread_id(), MOCK_THREAD_ID);
    test_refusals();
    test_start_and_run();
    mock_reset();
    return check_exit_status("test_thread");
}
