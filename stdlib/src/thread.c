/*
 * thread.c — insula/thread.h over the ABI's thread entries.
 *
 * The kernel starts a thread with one untyped word; thread_start passes it
 * a start record on the heap (the entry and its typed argument). The
 * collector keeps the record alive: a thread that has not started yet
 * reports its argument as a root (abi/abi.h, threads_suspend), and once it
 * runs, the trampoline's frame holds the pointer.
 */
#include "insula/heap.h"
#include "insula/thread.h"

#include "internal.h"

typedef struct {
    thread_entry_t entry;
    uint64_t arg;
} thread_start_record_t;

static void thread_trampoline(void *record)
{
    const thread_start_record_t *r = record;
    r->entry(r->arg);
    thread_exit();
}

__INSULA_ABI_CALLER
handle_result_t thread_start(thread_entry_t entry, uint64_t arg)
{
    handle_result_t r = { .err = ERR_INVALID, .handle = 0 };
    const insula_abi_t *abi = __insula_abi();
    if (entry == NULL || abi == NULL)
        return r;
    thread_start_record_t *record = new(thread_start_record_t);
    if (record == NULL) {
        r.err = ERR_NO_MEMORY;
        return r;
    }
    *record = (thread_start_record_t){ .entry = entry, .arg = arg };
    __insula_threads_started = true;    /* before it can run: blocks now need the lock */
    abi_handle_t handle;
    r.err = abi->thread_create(thread_trampoline, record, &handle);
    if (r.err == OK)
        r.handle = handle;
    return r;
}

__INSULA_ABI_CALLER
_Noreturn void thread_exit(void)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        abi->thread_exit();
    /* Invariant: the kernel's thread_exit never returns; getting here means
       the runtime is broken, and a trap stops the SIP. */
    __insula_trap(ABI_TRAP_RUNTIME_BROKEN);
}

__INSULA_ABI_CALLER
uint64_t thread_id(void)
{
    const insula_abi_t *abi = __insula_abi();
    return abi != NULL ? abi->thread_id() : 0;
}
