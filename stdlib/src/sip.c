/*
 * sip.c — the small runtime calls over the ABI table: exit, yield, time,
 * sleep, the argument string, status names. (Where the table is found:
 * abi_slot.c.)
 */
#include "insula/console.h"
#include "insula/sip.h"
#include "internal.h"

static str_t args_view = { .bytes = "", .len = 0 };

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
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        abi->exit(code);
    /* Invariant: the kernel's exit never returns; a SIP that gets here (or
       exits before start-up) has a broken runtime and is stopped by a trap. */
    __insula_trap(ABI_TRAP_RUNTIME_BROKEN);
}

__INSULA_ABI_CALLER
void sip_yield(void)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        abi->yield();
}

__INSULA_ABI_CALLER
uint64_t time_ns(void)
{
    const insula_abi_t *abi = __insula_abi();
    return abi != NULL ? abi->time_ns() : 0;
}

__INSULA_ABI_CALLER
void sleep_ns(uint64_t ns)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi != NULL)
        abi->sleep_ns(ns);
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
