/*
 * entry.c — _start, the entry point of every SIP image (ELF e_entry).
 *
 * SIP build only: a host program already has a _start (the C library's)
 * and a main of its own, so host tests call __insula_start directly.
 */
#include "insula/sip.h"
#include "internal.h"

void _start(const insula_abi_t *abi, const abi_start_info_t *info);

_Static_assert(__builtin_types_compatible_p(__typeof__(&_start), sip_entry_t),
               "_start has the type the loader calls (abi/abi.h)");

void _start(const insula_abi_t *abi, const abi_start_info_t *info)
{
    __insula_start(abi, info, main);
}
