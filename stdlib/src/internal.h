/*
 * internal.h — what the stdlib's files share and SIPs never see.
 *
 * Every symbol here is in the reserved namespace (__insula_*), which the
 * verifier forbids SIP code to declare or call (SIP-DECL-RESERVED), so a
 * SIP can neither reach these functions nor collide with their names.
 */
#ifndef INSULA_STDLIB_INTERNAL_H
#define INSULA_STDLIB_INTERNAL_H

#include "abi/abi.h"
#include "insula/err.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The ABI table's entries are kernel functions, outside the SIP's LTO unit:
 * CFI (cfi-icall) has no jump table for them and would trap every call
 * through the table. Each stdlib function that calls through it is marked
 * __INSULA_ABI_CALLER, which turns the indirect-call check off in that
 * function alone; such a function makes no other indirect call. The table
 * itself is the kernel's read-only data; the pointer to it is read on every
 * call from the thread's safe stack (abi_slot.c), where no SIP store can
 * reach, never from writable data.
 * SIP code cannot use this (internal.h is no public header; the verifier
 * rejects `no_sanitize`, SIP-DECL-ATTR).
 */
#define __INSULA_ABI_CALLER __attribute__((no_sanitize("cfi-icall")))

/* Stops the SIP with a trap the kernel names (abi/abi.h, ABI_TRAP_*). */
#define __insula_trap(kind)                                            \
    do {                                                               \
        __asm__ volatile("ud1l %c0(%%eax), %%eax" : : "i"(kind));      \
        __builtin_unreachable();                                       \
    } while (0)

/* The SIP's main, as the start-up path calls it. */
typedef int (*__insula_main_t)(const char *args);

/*
 * The start-up path behind _start (entry.c): checks the ABI, binds it,
 * sets up the heap and the arguments, runs sip_main, exits with its result.
 * Kept apart from _start so that host tests can run it with a mock ABI.
 */
_Noreturn void __insula_start(const insula_abi_t *abi, const abi_start_info_t *info,
                              __insula_main_t sip_main);

/* The start info the loader passed (NULL before start-up). Test SIPs read
   it; SIP code cannot name it (SIP-DECL-RESERVED). */
const abi_start_info_t *__insula_start_info(void);

/* The ABI table, for a call through it right away (SIP build: from the
   calling thread's safe-stack slot, and a SIP with less than
   ABI_KERNEL_STACK_RESERVE of safe stack left stops here; host tests: the
   bound mock table, or NULL before start-up). */
const insula_abi_t *__insula_abi(void);

/* Checks (SIP build) or binds (host tests; write-once) the table _start was
   given. Binding the same table again is a no-op.
   Errors: ERR_INVALID (NULL), ERR_BUSY (a different table is bound). */
err_t __insula_abi_bind(const insula_abi_t *abi);

/* Records the initial endpoints of the start info (sip_endpoint() returns them). */
void __insula_endpoints_set(const abi_start_info_t *info);

/* Records the argument string handed to main (sip_args() returns it). */
void __insula_args_set(const char *args, size_t len);

/* Empties the heap's bookkeeping (start-up; host tests between cases).
   Chunks already obtained are not returned. */
void __insula_heap_reset(void);

/* A spin lock that yields the CPU while it waits (threads of one SIP), and
   whose holder yields on release when another thread waits, so that a
   thread taking it over and over cannot starve the others. */
typedef struct {
    volatile bool held;
    volatile uint32_t waiting;
} __insula_lock_t;

void __insula_lock_acquire(__insula_lock_t *lock);
void __insula_lock_release(__insula_lock_t *lock);

/*
 * The exchange lock (xblock.c): no block leaves the SIP's handle table
 * while the stdlib touches its bytes. Held from the xblock_map that finds a
 * block until the last access to its memory (xblock.c, device.c), and
 * around every ABI call that can take a block out of the table
 * (handle_close, chan_send; sip_spawn moves endpoints only). Without it
 * another thread could send or close the block in the middle of a copy,
 * which would then go on in memory that is the receiver's or free
 * (verifier/SUBSET.md, SIP-LIB-XBLOCK). Innermost: nothing else is
 * acquired while it is held, and no code of the SIP runs. Taken and
 * released with __insula_xblock_enter/leave.
 */
extern __insula_lock_t __insula_xblock_lock;

/* Set, for good, before the SIP's second thread is created (thread.c, the
   only way to create one). Until then no other thread can send or close a
   block, and the exchange lock is skipped: __insula_xblock_enter returns
   whether it took it, __insula_xblock_leave releases it if so. */
extern volatile bool __insula_threads_started;
bool __insula_xblock_enter(void);
void __insula_xblock_leave(bool locked);

#endif
