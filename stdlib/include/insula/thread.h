/*
 * insula/thread.h — threads of the calling SIP: thin, checked wrappers over
 * the kernel ABI's thread_create, thread_exit and thread_id.
 *
 * A thread's argument is a typed value, not a pointer: a handle, an index,
 * a count. Threads share the SIP's globals and heap; the collector stops
 * and scans all of them (README.md, "Heap").
 */
#ifndef INSULA_STDLIB_THREAD_H
#define INSULA_STDLIB_THREAD_H

#include "insula/err.h"
#include "insula/process.h"

#include <stdint.h>

/* What a new thread runs. When it returns, the thread ends (thread_exit). */
typedef void (*thread_entry_t)(uint64_t arg);

/*
 * Starts a thread of this SIP running entry(arg); `handle` names it (close
 * it with handle_close; the thread runs on). Errors: ERR_INVALID (NULL
 * entry, or no ABI bound), ERR_QUOTA, ERR_NO_MEMORY (the kernel, or the
 * heap for the start record).
 */
handle_result_t thread_start(thread_entry_t entry, uint64_t arg);

/* Ends the calling thread; the last thread's end ends the SIP with code 0. */
_Noreturn void thread_exit(void);

/* The calling thread's id, unique while it lives; 0 if no ABI is bound. */
uint64_t thread_id(void);

#endif
