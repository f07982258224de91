/*
 * insula/system.h — the whole system, for SIPs the boot configuration
 * trusts with it (a shell): typed console input, the list of SIPs, the
 * system's memory, halt and reboot. Each needs a capability granted in the
 * boot configuration (`caps = [console-input, inspect, power]`); without it
 * the kernel answers ERR_DENIED.
 */
#ifndef INSULA_STDLIB_SYSTEM_H
#define INSULA_STDLIB_SYSTEM_H

#include "abi/abi.h"
#include "insula/buf.h"
#include "insula/err.h"

#include <stdint.h>

#define CONSOLE_WAIT_FOREVER ABI_WAIT_FOREVER

/*
 * The next byte typed on the console (0..255), waiting up to `timeout_ns`
 * (CONSOLE_WAIT_FOREVER: no limit); raw, without echo. Or a negative
 * status: ERR_TIMEOUT, ERR_CLOSED (the input has ended), ERR_DENIED (no
 * `console-input` capability).
 */
int32_t console_getc(uint64_t timeout_ns);

#define SIP_LIST_MAX 32

/* Every SIP alive, oldest first (abi_sip_info_t, abi/abi.h); `count` may
   exceed SIP_LIST_MAX, then only the first SIP_LIST_MAX are described. */
typedef struct {
    uint32_t count;
    abi_sip_info_t sips[SIP_LIST_MAX];
} sip_list_t;

/* Fills *list (an object from new()). Errors: ERR_DENIED (no `inspect`
   capability), ERR_INVALID (NULL), ERR_BAD_ADDRESS. */
err_t sip_list(sip_list_t *list);

typedef struct {
    err_t err;                   /* ERR_DENIED without `inspect` */
    abi_system_info_t info;
} system_info_result_t;

/* Uptime, frames, kernel heap, SIP and thread counts, platform name, and
   the cycles the CPU has been idle (abi_system_info_t.idle_cycles). */
system_info_result_t system_info(void);

/* Replaces the contents of b (from buf_new) with the end of the console
   log: the last min(buf_cap(b), 4096) bytes the kernel and the SIPs wrote.
   Errors: ERR_DENIED (no `inspect` capability), ERR_INVALID. */
err_t log_tail(buf_t *b);

/* Halt (QEMU or the hosted process ends with status 0) or reboot; neither
   returns when allowed. Errors: ERR_DENIED (no `power` capability). */
err_t system_halt(void);
err_t system_reboot(void);

#endif
