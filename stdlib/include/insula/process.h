/*
 * insula/process.h — starting and watching SIPs, handles, the boot
 * configuration: thin, checked wrappers over the kernel ABI for SIPs whose
 * manifest holds the rights (SIP_CAP_SPAWN, SIP_CAP_BOOT_CONFIG).
 */
#ifndef INSULA_STDLIB_PROCESS_H
#define INSULA_STDLIB_PROCESS_H

#include "abi/abi.h"
#include "abi/manifest.h"
#include "insula/buf.h"
#include "insula/err.h"

#include <stdint.h>

typedef abi_handle_t handle_t;

typedef struct {
    err_t err;
    handle_t handle;
} handle_result_t;

/* What sip_wait() learns about a SIP that ended. */
typedef struct {
    err_t err;                /* OK, ERR_TIMEOUT, ERR_BAD_HANDLE */
    bool killed;              /* false: it exited */
    int32_t exit_code;
    char reason[64];          /* why it was killed */
} sip_status_t;

/*
 * Starts the SIP image in boot module `image` with `args` (may be NULL),
 * `priority` 0..7, `quota` bytes of memory and capabilities `caps`.
 * Errors: ERR_DENIED, ERR_NOT_FOUND, ERR_CORRUPT, ERR_QUOTA, ERR_RANGE,
 * ERR_NO_MEMORY, ERR_INVALID, ERR_BAD_ADDRESS.
 */
handle_result_t sip_spawn(SIP_CSTR const char *image, SIP_CSTR const char *args,
                          uint32_t priority, uint64_t quota, uint32_t caps);

/*
 * As sip_spawn, and the first `count` (at most 4) endpoints of the array
 * `endpoints` move to the new SIP (sip_endpoint() there). Only an array
 * compiles, and `count` is checked against its real length, so the stdlib
 * never reads past it. Errors: as sip_spawn, and ERR_BAD_HANDLE (an
 * endpoint not owned), ERR_RANGE (count above 4 or above the array's
 * length).
 */
#define sip_spawn_with(image, args, priority, quota, caps, endpoints, count)       \
    __insula_sip_spawn_with((image), (args), (priority), (quota), (caps), (endpoints), \
        (count), sizeof(endpoints) / sizeof((endpoints)[0]) + 0 * sizeof(char[        \
        __builtin_types_compatible_p(__typeof__(endpoints),                          \
                                     __typeof__(&(endpoints)[0])) ? -1 : 1]))
handle_result_t __insula_sip_spawn_with(SIP_CSTR const char *image, SIP_CSTR const char *args,
                                        uint32_t priority, uint64_t quota, uint32_t caps,
                                        const handle_t *endpoints, uint32_t count,
                                        size_t capacity);

/* The i-th endpoint the spawner handed over at start, or 0. */
handle_t sip_endpoint(uint32_t i);

/* Waits until the SIP ends, or `timeout_ns` (SIP_WAIT_FOREVER: no limit). */
#define SIP_WAIT_FOREVER ABI_WAIT_FOREVER
sip_status_t sip_wait(handle_t sip, uint64_t timeout_ns);

/*
 * Kills the SIP `sip` names (a handle from sip_spawn): its threads stop
 * wherever they are, everything it held is reclaimed, the peers of its
 * channels see them closed with "killed by <our name>[<id>]", its quota
 * comes back to us; the SIPs it started that still run are killed too. The handle stays ours: sip_wait
 * reports the kill, handle_close drops it. Killing a SIP that already ended
 * changes nothing. Errors: ERR_BAD_HANDLE.
 */
err_t sip_kill(handle_t sip);

/* Closes a handle. Errors: ERR_BAD_HANDLE. */
err_t handle_close(handle_t h);

/*
 * Reads the whole boot configuration into a new buffer of at most `max`
 * bytes. Errors (in *err when the result is NULL): ERR_DENIED,
 * ERR_NOT_FOUND, ERR_RANGE (larger than max), ERR_NO_MEMORY.
 */
buf_t *boot_config_load(size_t max, SIP_OUT err_t *err);

/*
 * Appends to `b` up to buf_cap(b) - buf_len(b) bytes of the boot module
 * `name` from byte `offset` (needs SIP_CAP_MODULE_READ); b's length grows
 * by the count, 0 at the module's end. Errors (nothing appended):
 * ERR_INVALID (NULL b or name), ERR_CORRUPT (damaged b), ERR_DENIED (no
 * right, or the name is the boot configuration's), ERR_NOT_FOUND,
 * ERR_BAD_ADDRESS.
 */
err_t module_read(SIP_CSTR const char *name, uint64_t offset, buf_t *b);

#endif
