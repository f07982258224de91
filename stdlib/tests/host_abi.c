/*
 * host_abi.c — the host tests' ABI table binding (the SIP build reads the
 * table from the thread's stack instead: src/abi_slot.c). Write-once: the
 * start-up path binds it before any other thread exists.
 */
#include "internal.h"

static const insula_abi_t *bound_abi;

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
