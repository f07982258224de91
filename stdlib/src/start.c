/*
 * start.c — the start-up path every SIP runs before main (insula/sip.h).
 *
 * Steps: check the ABI, bind it, set up the heap, copy the arguments, call
 * main, exit with its result. A check that fails ends the SIP with a
 * console message and a documented exit code; it never calls main.
 */
#include "fmt.h"
#include "insula/console.h"
#include "insula/heap.h"
#include "insula/sip.h"
#include "internal.h"
#include "mem.h"

/* The two entries the stdlib needs to report a mismatch. Every ABI version
   keeps them first, so they can be used before the version is known. */
#define ABI_ENTRIES_TO_REPORT 2

static const abi_start_info_t *start_info;    /* write-once, before any thread */

const abi_start_info_t *__insula_start_info(void)
{
    return start_info;
}

static bool start_abi_matches(const insula_abi_t *abi, const abi_start_info_t *info)
{
    return abi->version == INSULA_ABI_VERSION &&
           abi->entry_count >= INSULA_ABI_ENTRY_COUNT &&
           info != NULL && info->abi_version == INSULA_ABI_VERSION;
}

/* Reports through the table that failed the check, without binding it. */
__INSULA_ABI_CALLER
static _Noreturn void start_refuse_abi(const insula_abi_t *abi, const abi_start_info_t *info)
{
    char line[160];
    size_t n = fmt_snprintf(line, sizeof(line),
        "stdlib: ABI mismatch: kernel table version %u with %u entries, start info "
        "version %u; this SIP needs version %u with at least %u entries\n",
        (unsigned)abi->version, (unsigned)abi->entry_count,
        info != NULL ? (unsigned)info->abi_version : 0u,
        (unsigned)INSULA_ABI_VERSION, (unsigned)INSULA_ABI_ENTRY_COUNT);
    if (n >= sizeof(line))
        n = sizeof(line) - 1;
    if (abi->entry_count >= ABI_ENTRIES_TO_REPORT && abi->console_write != NULL)
        (void)abi->console_write(line, n);
    if (abi->entry_count >= 1 && abi->exit != NULL)
        abi->exit(SIP_EXIT_BAD_ABI);
    __insula_trap(ABI_TRAP_RUNTIME_BROKEN);
}

static _Noreturn void start_fail(const char *what, err_t rc)
{
    (void)print("stdlib: start-up failed: %s: %s\n", what, err_name(rc));
    sip_exit(SIP_EXIT_START_FAILED);
}

/* Copies the argument string onto the heap, NUL-terminated, so that main
   gets a C string and sip_args() a view that lives as long as the SIP. */
static const char *start_copy_args(const abi_start_info_t *info)
{
    const char *src = info->args;
    size_t len = src != NULL ? (size_t)info->args_len : 0;
    size_t total;
    if (__builtin_add_overflow(len, (size_t)1, &total))
        start_fail("argument string", ERR_RANGE);
    char *copy = new_array(char, total);
    if (copy == NULL)
        start_fail("argument string", heap_last_error());
    if (len > 0)
        memcpy(copy, src, len);
    __insula_args_set(copy, len);
    return copy;
}

_Noreturn void __insula_start(const insula_abi_t *abi, const abi_start_info_t *info,
                              __insula_main_t sip_main)
{
    /* Invariant: the loader always passes a table; without one nothing can
       even be reported, so stop with a trap (the kernel names the SIP). */
    if (abi == NULL)
        __insula_trap(ABI_TRAP_RUNTIME_BROKEN);
    if (!start_abi_matches(abi, info))
        start_refuse_abi(abi, info);
    start_info = info;
    err_t rc = __insula_abi_bind(abi);
    if (rc != OK)
        start_fail("binding the ABI table", rc);
    __insula_heap_reset();
    __insula_endpoints_set(info);
    const char *args = start_copy_args(info);
    sip_exit(sip_main(args));
}
