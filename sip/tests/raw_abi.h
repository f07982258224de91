/*
 * raw_abi.h — for the unverified test SIPs that call the kernel's ABI table
 * directly, below the stdlib (sip_unverified in sip/meson.build says why
 * each one does).
 *
 * The table's entries lie outside the SIP's LTO unit, where CFI has no jump
 * table for them, so the indirect-call check is turned off in exactly the
 * functions that call through it: mark them ABI_DIRECT.
 */
#ifndef INSULA_SIP_TESTS_RAW_ABI_H
#define INSULA_SIP_TESTS_RAW_ABI_H

#include <insula/stdlib.h>

#define ABI_DIRECT __attribute__((no_sanitize("cfi-icall")))

/* The stdlib's own copies of what the kernel handed the SIP at start. */
const insula_abi_t *__insula_abi(void);
const abi_start_info_t *__insula_start_info(void);

#endif
