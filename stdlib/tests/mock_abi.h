/*
 * mock_abi.h — an insula_abi_t for host tests of the stdlib.
 *
 * console_write appends to a buffer; page_alloc hands out zeroed (or, on
 * request, dirty) page-aligned blocks from aligned_alloc within a quota,
 * page_free takes them back; threads_suspend reports the host process's
 * roots;
 * exit reports the code through a pipe and ends the (forked) process.
 */
#ifndef STDLIB_TEST_MOCK_ABI_H
#define STDLIB_TEST_MOCK_ABI_H

#include "abi/abi.h"

#include <stdbool.h>
#include <stddef.h>

#define MOCK_CONSOLE_MAX (256 * 1024)

extern insula_abi_t mock_abi;

extern char mock_console[MOCK_CONSOLE_MAX];
extern size_t mock_console_len;
extern int mock_console_calls;          /* console_write calls */
extern size_t mock_console_largest;     /* longest single write */
extern abi_status_t mock_console_status;  /* what console_write returns */

extern uint64_t mock_quota_pages;       /* page_alloc refuses beyond this */
extern uint64_t mock_pages_used;
extern int mock_page_alloc_calls;
extern bool mock_dirty_pages;           /* fill new pages with 0xAA (breaks the
                                           ABI's zeroing promise on purpose) */
extern bool mock_misaligned_pages;      /* return a block off a page boundary */

/* page_free gives a block back (it must be one page_alloc handed out). */
extern int mock_page_free_calls;

/* threads_suspend reports the process's data and bss, the calling
   thread's stack and mock_root_words; it fails with mock_suspend_status
   when that is set. There are no other threads to stop. */
#define MOCK_ROOT_WORDS 8
extern int mock_suspends;
extern int mock_resumes;
extern bool mock_suspended;
extern abi_status_t mock_suspend_status;
extern uint64_t mock_root_words[MOCK_ROOT_WORDS];
extern uint32_t mock_root_word_count;

extern uint64_t mock_last_sleep_ns;
extern int mock_yields;

/* thread_create records the entry and its argument (a test runs them) and
   hands out MOCK_THREAD_HANDLE, or fails with mock_thread_status when that
   is set; thread_exit ends the process with MOCK_THREAD_EXIT_STATUS;
   thread_id is MOCK_THREAD_ID. */
#define MOCK_THREAD_HANDLE 0x7001u
#define MOCK_THREAD_EXIT_STATUS 77
#define MOCK_THREAD_ID 42u
extern abi_status_t mock_thread_status;
extern void (*mock_thread_entry)(void *arg);
extern void *mock_thread_arg;

/* sip_spawn counts the calls, keeps the last request and hands out
   MOCK_SIP_HANDLE. */
#define MOCK_SIP_HANDLE 0x5001u
extern int mock_spawns;
extern abi_spawn_t mock_last_spawn;

/* sip_kill: BAD_HANDLE for anything but MOCK_SIP_HANDLE; counts the kills. */
extern int mock_kills;

/* Exit: with a pipe set, writes "<console>\n#EXIT <code>\n" to it and
   _exit(0)s; without one, aborts (a test called exit by mistake). */
extern int mock_exit_fd;

/* Frees every page, empties the console, restores defaults (quota 1024). */
void mock_reset(void);

#endif
