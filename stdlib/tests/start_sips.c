/*
 * start_sips.c — the "SIP mains" test_start.c starts. Compiled as SIP code
 * would be: it sees the public headers (and main's declaration) only, plus
 * the mock's counters.
 */
#include "insula/stdlib.h"
#include "mock_abi.h"
#include "start_sips.h"

const int test_exit_bad_abi = SIP_EXIT_BAD_ABI;
const int test_exit_start_failed = SIP_EXIT_START_FAILED;

/* Prints its arguments without a newline (the exit must flush them) and
   returns 42 if main's C string and sip_args() agree. */
int sip_main_args(const char *args)
{
    (void)print("hello %s", args);
    return str_equal(sip_args(), str_from_cstr(args)) ? 42 : 1;
}

int sip_main_no_args(const char *args)
{
    return args != NULL && args[0] == '\0' && str_len(sip_args()) == 0 ? 7 : 1;
}

int sip_main_calls_exit(const char *args)
{
    (void)args;
    (void)console_puts("bye");
    sip_exit(-3);
}

/* Returns 0 if time, sleep and yield reach the ABI as documented, else the
   number of the first failed step. */
int sip_main_time(const char *args)
{
    (void)args;
    uint64_t t0 = time_ns();
    if (time_ns() <= t0)
        return 1;
    sleep_ms(5);
    if (mock_last_sleep_ns != 5000000)
        return 2;
    sleep_ms(UINT64_MAX / 1000);   /* ms -> ns overflows: saturates */
    if (mock_last_sleep_ns != UINT64_MAX)
        return 3;
    sleep_ns(17);
    if (mock_last_sleep_ns != 17)
        return 4;
    int yields = mock_yields;
    sip_yield();
    return mock_yields == yields + 1 ? 0 : 5;
}

int sip_main_must_not_run(const char *args)
{
    (void)args;
    (void)print("main ran\n");
    return 55;
}
