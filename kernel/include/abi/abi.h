/*
 * abi.h — the kernel ABI: every entry a SIP can call, in one table.
 *
 * The loader hands each SIP's first thread a pointer to a read-only
 * insula_abi_t. In ring-0 modes its entries are the kernel functions
 * themselves (a direct call); in ring-3 modes they are syscall stubs
 * with the same signatures (kernel/pc/ring3.c, docs/modes.md), so a SIP
 * binary never changes with the mode.
 *
 * Rules for every entry:
 *   - decode, then invoke: all arguments are validated first; a call that
 *     fails validation changes nothing and returns a precise abi_status_t;
 *   - handles are per-SIP table indices with a generation count, never
 *     kernel pointers; a stale, forged or wrong-type handle is refused
 *     (ABI_ERR_BAD_HANDLE);
 *   - a buffer argument must lie wholly inside memory the calling SIP owns
 *     (its image, its unsafe stacks, its pages), else ABI_ERR_BAD_ADDRESS;
 *   - nothing in the ABI loads, maps or modifies code (fixed-code invariant),
 *     and nothing reaches another SIP's memory or state except through
 *     channels (state-isolation and closed-API invariants).
 * Shared by the kernel and the stdlib; C types only.
 */
#ifndef INSULA_ABI_H
#define INSULA_ABI_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "abi/manifest.h"

#define INSULA_ABI_VERSION 1

typedef int32_t abi_status_t;

/* ABI_OK and ABI_ERR_*: the one status list (abi/status.h, docs/errors.md). */
#define ABI_STATUS_ENUMERATOR(name, value, text) ABI_##name = value,
enum {
    ABI_OK = 0,
    ERROR_LIST(ABI_STATUS_ENUMERATOR)
};
#undef ABI_STATUS_ENUMERATOR

typedef uint64_t abi_handle_t;   /* index | generation << 32; 0 is never valid */

#define ABI_WAIT_FOREVER UINT64_MAX

#define ABI_MAX_INITIAL_ENDPOINTS 4

/*
 * SafeStack (docs/threads.md, "SIP thread stacks"): every SIP thread has a
 * safe stack (the one %rsp points into: return addresses, spills, locals
 * whose address never escapes) and an unsafe stack (arrays and
 * address-taken locals). The safe stack lies in a window of
 * ABI_SAFE_STACK_WINDOW bytes aligned to its size, and the window's top
 * ABI_SAFE_STACK_SLOT_BYTES hold the thread's unsafe stack pointer (its
 * last word). So a thread finds its own slot from %rsp alone:
 * ABI_UNSAFE_SP_SLOT(rsp). The kernel sets the slot to the unsafe stack's
 * top before the thread runs; code built with SafeStack moves it.
 */
#define ABI_SAFE_STACK_WINDOW (64u * 1024)
#define ABI_SAFE_STACK_SLOT_BYTES 16u
#define ABI_UNSAFE_SP_SLOT(rsp) \
    ((void **)(((rsp) | (ABI_SAFE_STACK_WINDOW - 1)) + 1 - sizeof(void *)))

/*
 * The word below the unsafe stack pointer's slot holds the thread's ABI
 * table (insula_abi_t), written by the kernel before the thread runs. It
 * lies on the safe stack, which SIP code cannot index, so no stray write
 * of a SIP can redirect the stdlib's calls into the kernel (the stdlib
 * reads the table from here on every call and keeps no copy).
 */
#define ABI_TABLE_SLOT(rsp) \
    ((const struct insula_abi *const *)(((rsp) | (ABI_SAFE_STACK_WINDOW - 1)) + 1 - \
                                        2 * sizeof(void *)))

/*
 * The bottom of every window: [thread_t page][hard guard page][soft guard
 * page], then the safe stack. Both guard pages fault in every mode, so
 * SIP code that runs off its safe stack is killed ("stack overflow"). Kernel
 * code that runs on a SIP thread's stack (ABI entries, interrupts) may find
 * the soft guard opened for it and the SIP killed before it runs again
 * (docs/threads.md). So that kernel code always has room, the stdlib makes
 * no ABI call with fewer than ABI_KERNEL_STACK_RESERVE bytes of safe stack
 * left above the guards: the call stops the SIP instead ("check failed:
 * safe stack exhausted at an ABI call").
 */
#define ABI_SAFE_STACK_HEADER_BYTES (3u * 4096)
#define ABI_KERNEL_STACK_RESERVE (8u * 1024)
#define ABI_CALL_MIN_STACK_OFFSET (ABI_SAFE_STACK_HEADER_BYTES + ABI_KERNEL_STACK_RESERVE)

/*
 * Traps the stdlib raises, as `ud1 KIND(%eax), %eax` like clang's checks,
 * with kinds clang does not use; the kernel names them in the kill report.
 */
#define ABI_TRAP_RUNTIME_BROKEN 0x60    /* a call that never returns returned */
#define ABI_TRAP_ABI_STACK 0x61         /* under ABI_KERNEL_STACK_RESERVE at an ABI call */

/* What a SIP learns when it starts. */
typedef struct {
    uint32_t abi_version;        /* INSULA_ABI_VERSION */
    uint32_t endpoint_count;     /* initial endpoints handed over by the spawner */
    abi_handle_t endpoints[ABI_MAX_INITIAL_ENDPOINTS];    /* in its own handle table */
    const char *args;            /* its argument string (in its own memory) */
    uint64_t args_len;
    void *unsafe_stack_top;      /* top of the first thread's unsafe stack (SafeStack);
                                    it holds the manifest's stack_bytes below this */
} abi_start_info_t;

/*
 * Device authority a spawner grants (docs/drivers.md): the new SIP's
 * manifest may ask for no more. Unused io_ranges have count 0; bit n of
 * irqs grants line n; pci 0:0 grants no PCI device (all zero: nothing).
 * Granting anything needs SIP_CAP_DEVICES; the kernel's own ports and
 * lines are never granted.
 */
typedef struct {
    sip_io_range_t io_ranges[SIP_MAX_IO_RANGES];
    uint32_t irqs;
    sip_pci_id_t pci;
} abi_device_grant_t;

_Static_assert(sizeof(abi_device_grant_t) == 24, "ABI layout");

/* abi_spawn_t.flags (docs/modes.md). OWN_SPACE: in domain and ring3 mode
   the SIP runs in an address space of its own (ring 0 in domain, ring 3 in
   ring3). RING3: in domain and ring3 mode, in an address space of its own
   in ring 3. phys and page ignore both; micro implies both. */
#define ABI_SPAWN_OWN_SPACE (1u << 0)
#define ABI_SPAWN_RING3 (1u << 1)
#define ABI_SPAWN_FLAGS_ALL (ABI_SPAWN_OWN_SPACE | ABI_SPAWN_RING3)

/* What to start (sip_spawn). Strings are NUL-terminated, in the caller's memory. */
typedef struct {
    const char *image;           /* boot module holding the sealed image */
    const char *args;            /* may be NULL */
    uint32_t priority;           /* 0..7 */
    uint32_t caps;               /* SIP_CAP_*, a subset of the caller's */
    uint64_t quota;              /* memory quota in bytes; 0: what the image's manifest
                                    declares it needs (heap_bytes and its first thread's
                                    stack; the kernel log says how much) */
    uint32_t endpoint_count;     /* endpoints that move to the new SIP */
    uint32_t flags;              /* ABI_SPAWN_*; other bits: ERR_INVALID */
    abi_handle_t endpoints[ABI_MAX_INITIAL_ENDPOINTS];
    abi_device_grant_t devices;  /* all zero: none */
} abi_spawn_t;

/* A PCI base address register as device_info reports it. */
enum { ABI_BAR_NONE = 0, ABI_BAR_IO = 1, ABI_BAR_MEMORY = 2 };

typedef struct {
    uint32_t kind;               /* ABI_BAR_* */
    uint32_t reserved;
    uint64_t base;               /* port or physical address */
    uint64_t size;               /* ports or bytes */
} abi_bar_t;

#define ABI_PCI_BARS 6
#define ABI_IRQ_NONE 0xffu

/* The PCI device granted to the caller (device_info). */
typedef struct {
    uint16_t vendor;
    uint16_t device;
    uint8_t bus, slot, function;
    uint8_t irq;                 /* its interrupt line, or ABI_IRQ_NONE */
    abi_bar_t bars[ABI_PCI_BARS];
} abi_device_info_t;

_Static_assert(sizeof(abi_device_info_t) == 8 + 24 * ABI_PCI_BARS, "ABI layout");

/* What chan_status reports about an endpoint. */
typedef struct {
    uint32_t contract_id;        /* FNV-1a of the contract name */
    uint16_t side;               /* 0 importing, 1 exporting */
    uint16_t state;              /* this end's state in the contract */
    uint32_t closed;             /* 1 once the other end is closed */
    uint32_t queued;             /* messages waiting to be received */
    char reason[64];             /* why the other end closed */
} abi_chan_status_t;

/* chan_call's argument block, in the caller's memory (a request and the
 * wait for its reply in one entry). */
typedef struct {
    uint32_t send_id;            /* in: the message to send */
    uint32_t recv_id;            /* out: the id of the message received */
    const void *send;            /* in: its body */
    uint64_t send_len;           /* in: its size */
    void *recv;                  /* in: where the received body goes */
    uint64_t recv_cap;           /* in: room there */
    uint64_t recv_len;           /* out: the received body's size */
    uint64_t timeout_ns;         /* in: for the receive (ABI_WAIT_FOREVER) */
    uint32_t sent;               /* out: 1 once the message was queued */
    uint32_t reserved;           /* 0 */
} abi_chan_call_t;

_Static_assert(sizeof(abi_chan_call_t) == 64, "ABI layout");
_Static_assert(__builtin_offsetof(abi_chan_call_t, timeout_ns) == 48, "ABI layout");

/* Exit statuses reported for SIPs that did not call exit(). */
#define SIP_EXIT_KILLED (-1000)

typedef struct {
    uint32_t state;              /* 0 running, 1 exited, 2 killed */
    int32_t exit_code;           /* valid once exited */
    char reason[64];             /* why it was killed */
} abi_sip_status_t;

/* ---- threads_suspend: what a collector scans (stdlib/README.md, "Heap") ---- */

#define ABI_ROOT_RANGES_MAX 48
#define ABI_ROOT_WORDS_MAX 800

enum {
    ABI_ROOT_STATIC = 1,         /* the image's writable data (.data, .bss...), RELRO excluded */
    ABI_ROOT_STACK = 2,          /* a suspended thread's live stack: [saved SP, top) */
    ABI_ROOT_OWN_STACK = 3,      /* the caller's stack: [SP inside the kernel call, top) */
};

/* A range of the caller's own memory, [start, end), 8-byte aligned. */
typedef struct {
    uint64_t start;
    uint64_t end;
    uint32_t kind;               /* ABI_ROOT_* */
    uint32_t reserved;
    uint64_t thread_id;          /* for stacks: whose (thread_id()); 0 for static data */
} abi_root_range_t;

/*
 * Everything the kernel knows that may hold a pointer into the caller's
 * heap: its static data, the live part of every thread's stack (a
 * suspended thread's registers are saved on its own stack), and `words`,
 * values the kernel keeps outside the SIP's memory for it: the SSE
 * registers of a thread preempted by an interrupt (xmm0-15, 32 words per
 * such thread), the argument of a thread that has not started yet, and in
 * ring-3 modes the general registers of each thread as it entered the
 * kernel (15 words; docs/modes.md).
 */
typedef struct {
    uint32_t range_count;
    uint32_t word_count;
    abi_root_range_t ranges[ABI_ROOT_RANGES_MAX];
    uint64_t words[ABI_ROOT_WORDS_MAX];
} abi_roots_t;

/* ---- the system: console input, SIP listing, power, log (kernel/abi_system.c) ---- */

/* What sip_list reports about one SIP. */
#define ABI_SIP_WAITS_MAX 192
typedef struct {
    uint32_t id;
    uint32_t state;              /* 0 running, 1 exited, 2 killed (not yet released) */
    char name[32];               /* its manifest's name */
    uint32_t priority;
    uint32_t threads;            /* live threads */
    uint32_t blocked_on_channel; /* threads waiting for a message with no time limit */
    uint32_t blocked_other;      /* threads blocked otherwise (sleep, sip_wait, console) */
    uint32_t handles;            /* handles in use (of 64) */
    uint32_t endpoints;          /* channel endpoints it owns */
    uint64_t memory_bytes;       /* charged to its quota */
    uint64_t quota_bytes;
    /* Its open endpoints with nothing queued, each CONTRACT.SIDE@STATE and
       the peer's owner: "Kv.imp@Ready<-kv-server[5] ..." (cut to fit);
       "->" instead of "<-" where the contract lets only this side send
       next, so that no message can arrive there. First, marked "*"
       ("*Kv.imp@Ready<-kv-server[5]"), those a thread of it waits on, with
       no time limit, in a receive or a wait on channels: a message there
       wakes it, one elsewhere does not. */
    char waits_on[ABI_SIP_WAITS_MAX];
} abi_sip_info_t;

/* What system_info reports. */
typedef struct {
    uint64_t uptime_ns;
    uint64_t frames_total;       /* usable 4 KiB frames */
    uint64_t frames_free;
    uint64_t kernel_heap_bytes;  /* in use */
    uint32_t sip_count;          /* sip_t objects alive */
    uint32_t thread_count;       /* threads alive, kernel threads included */
    char platform[16];           /* "pc" or "hosted" */
    /* Cycle-counter ticks the idle thread ran since boot (waiting for an
       interrupt; the handlers of the interrupts that came meanwhile included):
       busy = elapsed cycles - idle. Under QEMU -icount the counter counts
       instructions, so busy is the instructions executed. */
    uint64_t idle_cycles;
} abi_system_info_t;

enum {
    ABI_POWER_HALT = 0,          /* stop the machine: QEMU / the process exits with 0 */
    ABI_POWER_REBOOT = 1,        /* start again from the boot loader / the executable */
};

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
     * Starts a SIP as `spawn` says (see abi_spawn_t); the listed endpoints
     * move to it and appear in its abi_start_info_t. Needs SIP_CAP_SPAWN.
     * Errors: DENIED (no spawn right, or caps beyond the caller's, or the
     * image's manifest asks for more capabilities than granted), NOT_FOUND,
     * CORRUPT (seal or format; the kernel log names the reason), QUOTA (the
     * manifest asks for more memory than `quota`, or `quota` is more than
     * the caller has left: a child's quota is charged to its parent until
     * the child ends; or the caller's handle table is full), RANGE (priority, endpoint
     * count), BAD_HANDLE (an endpoint), NO_MEMORY, BAD_ADDRESS, INVALID
     * (strings not terminated within their limits).
     */
    abi_status_t (*sip_spawn)(const abi_spawn_t *spawn, abi_handle_t *out);
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

    /* ---- channels (contracts/LANGUAGE.md; docs/channels.md) ---- */

    /*
     * Creates a channel of the contract `contract_id`; both ends go to the
     * caller, each in the contract's start state. Queues are allocated now,
     * from the contract's bound, so no send ever allocates.
     * The channel's memory is charged to the caller until both ends are
     * closed. Errors: NOT_FOUND (no such contract), RANGE (a message with
     * more handles than CONTRACT_MAX_HANDLES), NO_MEMORY, QUOTA (two handle
     * slots, or the channel's memory), BAD_ADDRESS.
     */
    abi_status_t (*chan_create)(uint32_t contract_id, abi_handle_t *imp, abi_handle_t *exp);
    /*
     * Sends message `msg_id` whose body (`len` bytes, exactly the message's
     * size) is at `msg`. Exchange-heap blocks and endpoints named in the
     * body move to the receiver. A message the contract does not allow from
     * this end's state, or of the wrong size, is a contract violation: the
     * caller is terminated and the peer sees the channel closed with the
     * reason. Errors: BAD_HANDLE (the endpoint, or a block or endpoint in
     * the body the caller does not own, or of the wrong contract, side or
     * state), BAD_ADDRESS, CLOSED (peer gone: nothing is sent).
     */
    abi_status_t (*chan_send)(abi_handle_t ep, uint32_t msg_id, const void *msg, uint64_t len);
    /*
     * Receives the next message into buf (cap bytes), waiting up to
     * timeout_ns (0: do not wait). Handles in the body are rewritten to the
     * receiver's new handles, and its blocks charged to the receiver's
     * quota. Errors: QUOTA (its blocks, handles or regions do not fit: the
     * message stays queued, intact), DENIED (it carries an endpoint of a
     * contract the caller's manifest does not declare: the message stays
     * queued), BAD_HANDLE (also when another thread closed the endpoint
     * during the wait), BAD_ADDRESS (also when the buffers were freed during
     * the wait), TIMEOUT,
     * CLOSED (the peer is gone and nothing is queued), RANGE (cap too small;
     * the message stays queued).
     */
    abi_status_t (*chan_recv)(abi_handle_t ep, uint64_t timeout_ns, uint32_t *msg_id, void *buf,
                              uint64_t cap, uint64_t *len);
    /*
     * Waits until one of `count` (1..16) endpoints has a message or a closed
     * peer; *ready gets its index. Errors: BAD_HANDLE, BAD_ADDRESS, RANGE,
     * TIMEOUT.
     */
    abi_status_t (*chan_wait_any)(const abi_handle_t *eps, uint32_t count, uint64_t timeout_ns,
                                  uint32_t *ready);
    /* Reports an endpoint's contract, state, queue and peer. Errors: BAD_HANDLE, BAD_ADDRESS. */
    abi_status_t (*chan_status)(abi_handle_t ep, abi_chan_status_t *status);

    /*
     * Allocates an exchange-heap block of `size` bytes (zeroed), owned by
     * the caller and charged to its quota; *data is where it is. Sending it
     * in a message moves it (no copy) and the sender loses it; it stays
     * charged to the sender until it is received. Free it with
     * handle_close. Errors: INVALID (size 0), RANGE (> 16 MiB), QUOTA,
     * NO_MEMORY, BAD_ADDRESS.
     */
    abi_status_t (*xblock_alloc)(uint64_t size, abi_handle_t *out, void **data);
    /* Where a block the caller owns is, and its size. Errors: BAD_HANDLE, BAD_ADDRESS. */
    abi_status_t (*xblock_map)(abi_handle_t block, void **data, uint64_t *size);

    /* ---- garbage collection (stdlib/README.md, "Heap") ---- */

    /*
     * Suspends every other thread of the calling SIP — a ready or preempted
     * thread is not scheduled again, a thread blocked in the kernel stays
     * blocked (and does not run when woken) — until threads_resume; threads
     * created meanwhile start suspended. Fills *roots (abi_roots_t). If the
     * calling thread ends without resuming, the others are resumed.
     * Errors: BAD_ADDRESS (roots not wholly in writable caller memory),
     * BUSY (the caller's threads are already suspended). Nothing changes on
     * an error.
     */
    abi_status_t (*threads_suspend)(abi_roots_t *roots);
    /* Resumes the threads threads_suspend stopped. Errors: BUSY (nothing is
     * suspended, or another thread suspended them). */
    abi_status_t (*threads_resume)(void);

    /*
     * Kills the SIP `sip` names (a handle the caller got from sip_spawn;
     * SIP handles never travel) with the reason "killed by NAME[ID]",
     * the caller's name and id. Everything it holds goes back at once: its
     * threads stop wherever they are (a busy loop included), its pages,
     * stacks, exchange-heap blocks and handles are freed, the peers of its
     * endpoints see their channels closed with that reason, its quota goes
     * back to its parent. The SIPs it started that still run, and theirs,
     * are killed first with the same reason (nobody else holds their
     * handles, so nothing else could ever stop them). Killing
     * a SIP that has already ended changes nothing. The handle stays valid:
     * sip_wait reports the kill; close it as usual. Errors: BAD_HANDLE.
     */
    abi_status_t (*sip_kill)(abi_handle_t sip);

    /* ---- the system (kernel/abi_system.c) ---- */

    /*
     * Reads bytes typed on the console (serial on pc, stdin on hosted) into
     * buf (1..256 bytes), waiting up to timeout_ns for the first; *got gets
     * the count. Raw bytes: no echo, no line editing. Needs
     * SIP_CAP_CONSOLE_INPUT. Errors: DENIED, RANGE (cap), BAD_ADDRESS,
     * TIMEOUT.
     */
    abi_status_t (*console_read)(void *buf, uint64_t cap, uint64_t timeout_ns, uint64_t *got);
    /*
     * Describes up to `cap` (1..64) SIPs, in the order they were started
     * (the newest last); *count gets how many exist, which may be more
     * than cap. Needs SIP_CAP_INSPECT. Errors: DENIED, RANGE, BAD_ADDRESS.
     */
    abi_status_t (*sip_list)(abi_sip_info_t *out, uint32_t cap, uint32_t *count);
    /* Memory, time and counts of the whole system. Needs SIP_CAP_INSPECT.
       Errors: DENIED, BAD_ADDRESS. */
    abi_status_t (*system_info)(abi_system_info_t *out);
    /*
     * Halts or reboots the machine (ABI_POWER_*); does not return when it
     * succeeds. Needs SIP_CAP_POWER. Errors: DENIED, INVALID (action).
     */
    abi_status_t (*system_power)(uint32_t action);
    /*
     * Copies the end of the console log — the last min(cap, 16 KiB) bytes
     * the kernel and every SIP wrote — into buf (cap 1..16384); *got gets
     * the count. Needs SIP_CAP_INSPECT. Errors: DENIED, RANGE, BAD_ADDRESS.
     */
    abi_status_t (*log_read)(void *buf, uint64_t cap, uint64_t *got);

    /*
     * Copies up to `len` bytes of the boot module `name` (NUL-terminated,
     * in the caller's memory) from `offset`; *copied gets the count (0 at
     * the end). Needs SIP_CAP_MODULE_READ; the boot configuration itself is
     * not readable this way (that is SIP_CAP_BOOT_CONFIG's). Modules are
     * read-only: this is the only way a SIP sees one's bytes (a RAM disk's
     * image). Errors: DENIED, NOT_FOUND, BAD_ADDRESS, INVALID (name not
     * terminated within the module-name limit).
     */
    abi_status_t (*module_read)(const char *name, uint64_t offset, void *buf, uint64_t len,
                                uint64_t *copied);

    /* ---- devices (docs/drivers.md) ---- */

    /*
     * Reads (port_read) or writes (port_write) `width` bytes (1, 2 or 4)
     * at I/O port `port`. Every port touched must lie in the caller's
     * device authority: its manifest's io_ranges and the I/O BARs of its
     * PCI device, as granted. Errors: RANGE (width, or port + width past
     * 0x10000), DENIED (not granted: the kernel log names the port),
     * BAD_ADDRESS (value), INVALID (the platform has no I/O ports).
     */
    abi_status_t (*port_read)(uint32_t port, uint32_t width, uint32_t *value);
    abi_status_t (*port_write)(uint32_t port, uint32_t width, uint32_t value);
    /* The PCI device granted to the caller. Errors: NOT_FOUND (none), BAD_ADDRESS. */
    abi_status_t (*device_info)(abi_device_info_t *info);
    /*
     * Binds interrupt line `irq` (one the caller was granted: a manifest
     * irq, or its PCI device's line) and returns the importing end of an
     * Irq channel (contracts/irq.contract): each interrupt arrives as an
     * Interrupt message, and the line stays masked until the caller sends
     * Ack. Binding again after the previous binder ended takes the line
     * over. Errors: DENIED (not granted), BUSY (a live SIP holds it),
     * RANGE (no such line), QUOTA, NO_MEMORY, BAD_ADDRESS.
     */
    abi_status_t (*irq_bind)(uint32_t irq, abi_handle_t *endpoint);
    /*
     * The physical (bus) address of a block the caller owns, for DMA: the
     * block's pages are contiguous and never move while it lives. Needs
     * SIP_CAP_DMA (such a SIP is trusted for memory safety: docs/drivers.md).
     * Errors: DENIED (no DMA right), BAD_HANDLE, BAD_ADDRESS.
     */
    abi_status_t (*xblock_phys)(abi_handle_t block, uint64_t *phys);
    /*
     * Where memory BAR `bar` of the caller's PCI device is (*base, *size
     * bytes), mapped uncached for it: device memory the stdlib reaches only
     * through bounds-checked volatile accessors (insula/device.h, mmio_*).
     * Errors: NOT_FOUND (no PCI device, or that BAR is not memory), RANGE
     * (bar >= 6), INVALID (the platform cannot map it), BAD_ADDRESS.
     */
    abi_status_t (*mmio_map)(uint32_t bar, void **base, uint64_t *size);
    /*
     * Request and reply in one entry: sends call->send_id with the body at
     * call->send (exactly as chan_send, contract check included), then
     * receives on the same endpoint into call->recv (exactly as chan_recv,
     * waiting up to call->timeout_ns). call->sent is 1 once the message was
     * queued: an error with sent == 0 is chan_send's (nothing was sent),
     * with sent == 1 chan_recv's (the request went; the reply was not
     * received). Errors: BAD_ADDRESS (also `call` itself not wholly in the
     * caller's writable memory, before the send or after it: when `call`
     * lay in a block the message carried, the message is sent, nothing
     * is received and `sent` is not written), INVALID (call->reserved is
     * not 0; nothing sent), and those of chan_send and chan_recv.
     */
    abi_status_t (*chan_call)(abi_handle_t ep, abi_chan_call_t *call);
    /*
     * Binds ep's channel as contract `contract_id` (versioning: the
     * channel's contract is it or extends it). When the channel's contract
     * extends it, the channel runs `contract_id`'s state machine from now
     * on, for both ends, so an end that knows only the base is never sent a
     * message it does not know; the other end's sends that only the
     * extension allows are then refused with WRONG_CONTRACT (not a contract
     * violation: nothing is sent, the sender lives). Allowed only while
     * both ends' states and everything queued lie within the base. The
     * channel runtime's chan_rt_contract_is (the generated X_from_Y casts)
     * calls it. Errors: BAD_HANDLE, WRONG_CONTRACT (neither that contract
     * nor one extending it), BUSY (the conversation already went where the
     * base cannot follow).
     */
    abi_status_t (*chan_narrow)(abi_handle_t ep, uint32_t contract_id);
} insula_abi_t;

#define INSULA_ABI_ENTRY_COUNT 38

/* The entry every SIP image exports (ELF e_entry). */
typedef void (*sip_entry_t)(const insula_abi_t *abi, const abi_start_info_t *info);

#endif
