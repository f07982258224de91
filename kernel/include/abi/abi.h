/*
 * abi.h — the kernel ABI: every entry a SIP can call, in one table.
 *
 * The loader hands each SIP's first thread a pointer to a read-only
 * insula_abi_t. In ring-0 modes its entries are the kernel functions
 * themselves (a direct call); in ring-3 modes they will be syscall stubs
 * with the same signatures, so a SIP binary never changes with the mode.
 *
 * Rules for every entry:
 *   - decode, then invoke: all arguments are validated first; a call that
 *     fails validation changes nothing and returns a precise abi_status_t;
 *   - handles are per-SIP table indices with a generation count, never
 *     kernel pointers; a stale, forged or wrong-type handle is refused
 *     (ABI_ERR_BAD_HANDLE);
 *   - a buffer argument must lie wholly inside memory the calling SIP owns
 *     (its image, its stacks, its pages), else ABI_ERR_BAD_ADDRESS;
 *   - nothing in the ABI loads, maps or modifies code (fixed-code invariant),
 *     and nothing reaches another SIP's memory or state except through
 *     channels (state-isolation and closed-API invariants).
 * Shared by the kernel and the stdlib; C types only.
 */
#ifndef INSULA_ABI_H
#define INSULA_ABI_H

#include <stddef.h>
#include <stdint.h>

#define INSULA_ABI_VERSION 1

typedef int32_t abi_status_t;

enum {
    ABI_OK = 0,
    ABI_ERR_INVALID = -1,        /* malformed argument (bad flags, zero length...) */
    ABI_ERR_BAD_HANDLE = -2,     /* not a live handle of the right type */
    ABI_ERR_BAD_ADDRESS = -3,    /* buffer not wholly inside the caller's memory */
    ABI_ERR_NO_MEMORY = -4,      /* the kernel is out of memory */
    ABI_ERR_QUOTA = -5,          /* the caller's memory quota would be exceeded */
    ABI_ERR_DENIED = -6,         /* the manifest/boot configuration does not allow it */
    ABI_ERR_NOT_FOUND = -7,      /* no such SIP image, module or name */
    ABI_ERR_TIMEOUT = -8,        /* the wait timed out */
    ABI_ERR_CORRUPT = -9,        /* an image failed its seal or format checks */
    ABI_ERR_RANGE = -10,         /* a number outside its permitted range */
    ABI_ERR_BUSY = -11,          /* the object is in a state that forbids this */
};

typedef uint64_t abi_handle_t;   /* index | generation << 32; 0 is never valid */

#define ABI_WAIT_FOREVER UINT64_MAX

/* What a SIP learns when it starts. */
typedef struct {
    uint32_t abi_version;        /* INSULA_ABI_VERSION */
    uint32_t reserved;
    abi_handle_t self;           /* handle of the SIP itself */
    const char *args;            /* its argument string (in its own memory) */
    uint64_t args_len;
    void *unsafe_stack_top;      /* for SafeStack: top of the first thread's unsafe stack */
} abi_start_info_t;

/* Exit statuses reported for SIPs that did not call exit(). */
#define SIP_EXIT_KILLED (-1000)

typedef struct {
    uint32_t state;              /* 0 running, 1 exited, 2 killed */
    int32_t exit_code;           /* valid once exited */
    char reason[64];             /* why it was killed */
} abi_sip_status_t;

typedef struct insula_abi {
    uint32_t version;
    uint32_t entry_count;

    /* Ends the calling SIP (every thread) with `code`. */
    void (*exit)(int32_t code);
    /* Writes `len` bytes to the console. Errors: BAD_ADDRESS, RANGE (len > 64 KiB). */
    abi_status_t (*console_write)(const char *bytes, uint64_t len);
    /* Nanoseconds since boot. */
    uint64_t (*time_ns)(void);
    /* Sleeps at least `ns` nanoseconds. */
    void (*sleep_ns)(uint64_t ns);
    /* Gives up the CPU. */
    void (*yield)(void);

    /*
     * Allocates `count` new, zeroed, unshared pages, contiguous, charged to
     * the caller's quota. Errors: INVALID (count 0), QUOTA, NO_MEMORY,
     * BAD_ADDRESS (out not in caller memory).
     */
    abi_status_t (*page_alloc)(uint64_t count, void **out);
    /* Returns pages from page_alloc. Errors: INVALID (not such a block). */
    abi_status_t (*page_free)(void *first, uint64_t count);

    /* Starts a thread in the caller at entry(arg). Errors: QUOTA, NO_MEMORY. */
    abi_status_t (*thread_create)(void (*entry)(void *arg), void *arg, abi_handle_t *out);
    /* Ends the calling thread; the last thread's exit ends the SIP with 0. */
    void (*thread_exit)(void);

    /*
     * Starts the SIP image `image` (a boot module name) with `args`,
     * `priority` 0..7, a memory quota in bytes and capabilities `caps`
     * (SIP_CAP_*, a subset of the caller's). Needs SIP_CAP_SPAWN.
     * Errors: DENIED (no spawn right, or caps beyond the caller's or those
     * the image's manifest asks for exceed `caps`), NOT_FOUND, CORRUPT (seal
     * or format; the kernel log names the reason), QUOTA (the manifest asks
     * for more memory than `quota`), RANGE (priority), NO_MEMORY,
     * BAD_ADDRESS, INVALID (strings not terminated within their limits).
     */
    abi_status_t (*sip_spawn)(const char *image, const char *args, uint32_t priority,
                              uint64_t quota, uint32_t caps, abi_handle_t *out);
    /* Waits until the SIP ends (or timeout_ns passes). Errors: BAD_HANDLE, TIMEOUT. */
    abi_status_t (*sip_wait)(abi_handle_t sip, uint64_t timeout_ns, abi_sip_status_t *status);

    /* Closes a handle. Errors: BAD_HANDLE. */
    abi_status_t (*handle_close)(abi_handle_t h);

    /*
     * Copies up to `len` bytes of the boot configuration from `offset`;
     * *copied gets the count (0 at the end). Needs SIP_CAP_BOOT_CONFIG.
     */
    abi_status_t (*boot_config_read)(uint64_t offset, void *buf, uint64_t len, uint64_t *copied);

    /* The calling thread's id (unique while it lives). The cheapest entry:
     * benchmarks use it to measure the cost of an ABI call itself. */
    uint64_t (*thread_id)(void);
} insula_abi_t;

#define INSULA_ABI_ENTRY_COUNT 14

/* The entry every SIP image exports (ELF e_entry). */
typedef void (*sip_entry_t)(const insula_abi_t *abi, const abi_start_info_t *info);

#endif
