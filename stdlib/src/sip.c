/*
 * sip.c — the bound ABI table and the small runtime calls over it:
 * exit, yield, time, sleep, the argument string, status names.
 *
 * The table pointer is written once, by the start-up path on the first
 * thread, before any other thread of the SIP exists; after that it is only
 * read, so it needs no lock.
 */
#include "insula/console.h"
#include "insula/sip.h"
#include "internal.h"

static const insula_abi_t *bound_abi;   /* write-once, see __insula_abi_bind */
static str_t args_view = { .bytes = "", .len = 0 };

const insula_abi_t *__insula_abi(void)
{
    return bound_abi;
}

err_t __insula_abi_bind(const insula_abi_t *abi)
{
    if (abi == NULL)
        return ERR_INVALID;
    if (bound_abi != NULL && bound_abi != abi)
        return ERR_BUSY;
    bound_abi = abi;
    return OK;
}

void __insula_args_set(const char *args, size_t len)
{
    args_view = (str_t){ .bytes = args != NULL ? args : "", .len = args != NULL ? len : 0 };
}

str_t sip_args(void)
{
    return args_view;
}

__INSULA_ABI_CALLER
_Noreturn void sip_exit(int code)
{
    (void)console_flush();
    if (bound_abi != NULL)
        bound_abi->exit(code);
    /* Invariant: the kernel's exit never returns; a SIP that gets here (or
       exits before start-up) has a broken runtime and is stopped by a trap. */
    __builtin_trap();
}

__INSULA_ABI_CALLER
void sip_yield(void)
{
    if (bound_abi != NULL)
        bound_abi->yield();
}

__INSULA_ABI_CALLER
uint64_t time_ns(void)
{
    return bound_abi != NULL ? bound_abi->time_ns() : 0;
}

__INSULA_ABI_CALLER
void sleep_ns(uint64_t ns)
{
    if (bound_abi != NULL)
        bound_abi->sleep_ns(ns);
}

void sleep_ms(uint64_t ms)
{
    uint64_t ns;
    if (__builtin_mul_overflow(ms, (uint64_t)1000000, &ns))
        ns = UINT64_MAX;
    sleep_ns(ns);
}

const char *err_name(err_t rc)
{
#define ERR_NAME_CASE(name, value, text) case name: return #name;
    switch (rc) {
    case OK: return "OK";
    ERROR_LIST(ERR_NAME_CASE)
    default: return "ERR_UNKNOWN";
    }
#undef ERR_NAME_CASE
}
