/* start_sips.h — the test mains of start_sips.c, for test_start.c. */
#ifndef STDLIB_TEST_START_SIPS_H
#define STDLIB_TEST_START_SIPS_H

extern const int test_exit_bad_abi;
extern const int test_exit_start_failed;

int sip_main_args(const char *args);
int sip_main_no_args(const char *args);
int sip_main_calls_exit(const char *args);
int sip_main_time(const char *args);
int sip_main_must_not_run(const char *args);

#endif
