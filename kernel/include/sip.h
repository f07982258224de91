/*
 * sip.h — software-isolated processes: the kernel object.
 *
 * A SIP owns: its sealed image (placed anywhere, relocated, never changed
 * after loading), its threads, the pages the page manager gave it (charged
 * to its quota), its stacks, and a handle table. It can reach nothing else:
 * every ABI buffer argument is checked against the regions it owns
 * (sip_owns), so the kernel never reads or writes another SIP's memory on
 * its behalf.
 *
 * Life: sip_spawn() loads and starts it; it ends when it calls exit, when
 * its last thread exits, or when it is killed (a fault, a failed runtime
 * check). Ending reclaims every page, thread and handle at once; the sip_t
 * itself stays until the last handle to it is closed, so a parent can read
 * the exit status.
 *
 * Locking: single CPU; state changes with interrupts off.
 */
#ifndef INSULA_SIP_H
#define INSULA_SIP_H

#include <stdbool.h>
#include <stdint.h>

#include "abi/abi.h"
#include "abi/manifest.h"
#include "boot_info.h"
#include "device.h"
#include "err.h"
#include "handle.h"
#include "insula/contract_table.h"
#include "sip_charge.h"
#include "sip_image.h"
#include "thread.h"
#include "trap.h"

#define SIP_MAX_REGIONS 128
#define SIP_MAX_THREADS 16
#define SIP_ARGS_MAX 256
#define SIP_REASON_MAX 64
/* A SIP thread's stack run: [thread_t page][hard guard][soft guard][the SIP's
   stack] (sip.c, abi/abi.h). */
#define SIP_STACK_HEADER_PAGES (ABI_SAFE_STACK_HEADER_BYTES / PAGE_SIZE)
/* Pages of a safe-stack window: the hard and the soft guard page. */
#define SIP_STACK_GUARD_PAGE 1
#define SIP_STACK_SOFT_GUARD_PAGE 2
/* Stack ranges per thread a collector scans (sip_thread_stack_ranges). */
#define SIP_STACK_RANGES_MAX 2

typedef enum {
    SIP_RUNNING = 0,
    SIP_EXITED = 1,
    SIP_KILLED = 2,
} sip_state_t;

typedef enum {
    REGION_IMAGE,      /* a segment of its image: freed with the image */
    REGION_START,      /* the page holding abi_start_info_t and the arguments */
    REGION_STACK,      /* a thread's unsafe stack: freed with the thread */
    REGION_HEAP,       /* pages from the page manager */
    REGION_XBLOCK,     /* an exchange-heap block it owns: moves with the block */
} region_kind_t;

typedef struct {
    uint64_t start;
    uint64_t pages;
    region_kind_t kind;
    bool writable;     /* may the kernel write here on the SIP's behalf? */
} sip_region_t;

/*
 * A SIP's memory account (sip_account.c). Invariant: charged <= quota.
 * charged: its pages, unsafe stacks, exchange-heap blocks (owned, or sent
 * and not yet received), the channels it created and its children's
 * quotas. parent: the SIP its quota was carved from (NULL: the kernel's).
 */
typedef struct sip_account {
    uint64_t quota;
    uint64_t charged;
    struct sip *parent;
    struct sip *children;             /* live children, via next_sibling */
    struct sip *next_sibling;
    sip_charge_t *held;               /* charges of blocks in flight and channels */
} sip_account_t;

typedef struct sip {
    uint32_t id;
    char name[SIP_NAME_MAX];
    sip_manifest_t manifest;
    sip_state_t state;
    int32_t exit_code;
    char reason[SIP_REASON_MAX];
    uint32_t caps;                    /* granted */
    device_authority_t devices;       /* the hardware it may touch (device.h) */
    uint8_t priority;
    uint64_t image_base;
    uint64_t image_span;
    const uint8_t *image_file;        /* its boot module (sip_image_spares.c) */
    uint64_t start_page;              /* abi_start_info_t + arguments */
    uint64_t relro_start, relro_end;  /* made read-only after relocation */
    uint64_t exec_start, exec_end;    /* code segment, for entry checks */
    uint64_t entry;
    sip_account_t account;            /* written only by sip_account.c */
    sip_region_t regions[SIP_MAX_REGIONS];
    uint32_t region_count;
    handle_table_t handles;
    thread_t *threads;                /* live threads, via sip_next */
    uint32_t thread_count;
    thread_t *suspender;              /* the thread that suspended the others, or NULL */
    uint32_t refs;                    /* handles to it held by other SIPs or the kernel */
    wait_queue_t exit_waiters;
    wait_queue_t chan_waiters;        /* threads in a wait on several of its endpoints
                                         (chan_wait_any); a receive waits on its endpoint */
    char args[SIP_ARGS_MAX];
    struct platform_space *space;     /* its own address space, or NULL (sip_space.c) */
    bool space_sealed;                /* what it owns is mapped in its space alone */
    bool ring3;                       /* runs in ring 3 in its space (sip_space.c) */
    struct sip *next;                 /* all SIPs whose sip_t is alive */
} sip_t;

struct endpoint;

/* What to start: the caller has validated strings, rights and endpoints. */
typedef struct {
    const char *image;                /* boot module name */
    const char *args;
    uint8_t priority;
    uint64_t quota_bytes;             /* 0: the image's declared need (sip_declared_need) */
    struct sip *parent;               /* charged the quota (NULL: the kernel) */
    uint32_t caps;
    uint32_t endpoint_count;          /* endpoints that move to the new SIP */
    struct endpoint *endpoints[ABI_MAX_INITIAL_ENDPOINTS];
    abi_device_grant_t devices;       /* checked by device_grant_check */
    bool own_space;                   /* an address space of its own (sip_space.c) */
    bool ring3;                       /* in ring 3, in a space of its own (sip_space.c) */
} sip_spawn_request_t;

/*
 * Loads, seals-checks and starts a SIP; *out holds one reference (drop it
 * with sip_release). Errors: ERR_NOT_FOUND (no such module), ERR_CORRUPT
 * (seal or format: reason logged), ERR_QUOTA, ERR_DENIED, ERR_NO_MEMORY.
 */
err_t sip_spawn(const sip_spawn_request_t *req, sip_t **out);

/* Drops a reference; frees the sip_t once it has ended and none remain. */
void sip_release(sip_t *sip);

/* Waits until `sip` ends. Errors: ERR_TIMEOUT. */
err_t sip_wait(sip_t *sip, uint64_t timeout_ns);

/* Ends the calling thread's SIP with `code` (from the exit ABI call). */
__attribute__((noreturn)) void sip_exit_current(int32_t code);

/* Ends `sip` as killed, with `reason`; its live children move to its parent. */
void sip_kill(sip_t *sip, const char *reason);

/* Ends `sip` and every live SIP it started, and theirs, deepest first, all
 * with `reason` (the kill ABI entry). The caller is in none of them. */
void sip_kill_tree(sip_t *sip, const char *reason);

/*
 * Called for an exception the kernel did not expect: if the running thread
 * belongs to a SIP and faulted in that SIP's code, or anywhere outside the
 * kernel's own code (a jump out of its image: to 0, into data, into another
 * SIP), reports the fault (naming the SIP, the cause and the place), kills
 * the SIP and never returns. Returns false when the fault is the kernel's
 * own: no SIP runs, or the RIP is in kernel code (platform_is_kernel_code).
 */
bool sip_trap(const trap_frame_t *frame, uint64_t fault_addr);

/*
 * A page fault at `fault_addr` in kernel code: if it is the running SIP
 * thread's soft guard page (kernel code ran out of the safe stack it
 * stands on) or, for a ring-3 thread, its kernel stack's soft guard page
 * (kernel code ran out of the kernel stack it entered on), opens that page
 * so the kernel code can finish, marks the thread and returns true;
 * sip_interrupt_return then kills the SIP before its code runs again.
 */
bool sip_kernel_stack_fault(uint64_t fault_addr);

/*
 * Called at the end of every interrupt and ring-3 system call, before it
 * returns to `frame`: if it returns into SIP code (its image, or ring 3) of
 * a thread marked by sip_kernel_stack_fault, kills the SIP (on a stack of
 * its own: the thread's is exhausted) and never returns. Interrupts off.
 */
void sip_interrupt_return(const trap_frame_t *frame);

/*
 * Self-test only (sip_ring3_kernel_stack_overflow_killed): the next
 * interrupt that arrives from ring 3 in `sip` runs its handler deep into
 * the thread's kernel stack, into the soft guard, as kernel code that ran
 * out of it would. sip_test_kernel_stack_burn is called by the platform's
 * interrupt path before sip_interrupt_return.
 */
void sip_test_kernel_stack_burn_arm(const sip_t *sip);
void sip_test_kernel_stack_burn(const trap_frame_t *frame);

/* Called when a SIP thread returns or calls thread_exit. */
__attribute__((noreturn)) void sip_thread_exit(void);

/* The calling thread's SIP, or NULL for kernel threads. */
sip_t *sip_current(void);

/* The newest sip_t alive; ->next leads to older ones (interrupts off while walking). */
sip_t *sip_all(void);

/* Names capability bits as the boot configuration spells them
   ("console-input, power"); unknown bits in hex. */
void caps_describe(uint32_t caps, char *buf, size_t size);

/* Number of sip_t objects alive (for leak checks). */
uint32_t sip_live_count(void);

/* ---- threads and stacks (sip_thread.c) ---- */

/* Starts a thread in `sip`. Errors: ERR_QUOTA (too many, or its unsafe
 * stack past the quota), ERR_NO_MEMORY. */
err_t sip_thread_start(sip_t *sip, uint64_t entry, uint64_t arg, thread_t **out);

/* What one thread of a SIP with manifest `m` charges to its quota: its
   unsafe stack, stack_bytes in whole pages (at least one). */
uint64_t sip_thread_charge(const sip_manifest_t *m);

/* The quota an image declares it needs, given when a spawn asks for quota 0:
   its manifest's heap_bytes and its first thread's stack (sip_thread_charge). */
uint64_t sip_declared_need(const sip_manifest_t *m);

/* The thread's stacks leave the SIP (regions, charge, guard pages); the
 * unsafe stack is freed, the safe one goes when the thread is reaped. */
void sip_stack_release(sip_t *sip, thread_t *t);

/* "stack overflow" or "unsafe stack overflow" when `addr` lies in a guard
 * page of one of `sip`'s threads, else NULL. */
const char *sip_stack_guard_hit(const sip_t *sip, uint64_t addr);

/* ---- roots for the SIP's garbage collector (sip_roots.c) ---- */

typedef struct {
    uint64_t start;
    uint64_t end;
} sip_range_t;

/*
 * The live ranges of the stacks of `t`, a thread of a SIP: from its saved
 * stack pointer (from the current one for the calling thread) to the top.
 * Every stack a SIP thread has is listed here and nowhere else. Returns
 * how many ranges it wrote (at most max, at most SIP_STACK_RANGES_MAX).
 */
uint32_t sip_thread_stack_ranges(const thread_t *t, sip_range_t *ranges, uint32_t max);

/*
 * Suspends every other thread of `sip` (the caller's) and fills *roots.
 * Errors: ERR_BUSY (already suspended), ERR_RANGE (more static ranges than
 * abi_roots_t holds). Interrupts off.
 */
err_t sip_threads_suspend(sip_t *sip, abi_roots_t *roots);

/* Resumes them. Errors: ERR_BUSY (not suspended by the caller). Interrupts off. */
err_t sip_threads_resume(sip_t *sip);

/*
 * A SIP thread's stacks (docs/threads.md, "SIP thread stacks"): [*lo, *hi)
 * is its safe stack (the one %rsp points into; the unsafe-stack-pointer slot
 * above *hi is not included) or its unsafe stack (SafeStack: arrays and
 * address-taken locals; 0, 0 once the thread has left its SIP). The word at
 * the top of the safe window (ABI_UNSAFE_SP_SLOT) holds the thread's current
 * unsafe stack pointer, a value the SIP writes: read it only as a hint.
 */
void sip_thread_safe_stack(const thread_t *t, uint64_t *lo, uint64_t *hi);
void sip_thread_unsafe_stack(const thread_t *t, uint64_t *lo, uint64_t *hi);

/* ---- accounting (sip_account.c) ---- */

/* What an operation is about to take from a SIP. */
typedef struct {
    uint64_t bytes;                   /* of its quota */
    uint32_t handles;                 /* handle-table slots */
    uint32_t regions;                 /* region slots */
} sip_need_t;

/* Decode step: can `sip` take `need` now? Changes nothing. Errors: ERR_QUOTA. */
err_t sip_reserve(const sip_t *sip, sip_need_t need);

/* Invoke steps; they cannot fail (a charge must have been reserved). */
void sip_charge(sip_t *sip, uint64_t bytes);
void sip_uncharge(sip_t *sip, uint64_t bytes);

uint64_t sip_charged(const sip_t *sip);
uint64_t sip_quota(const sip_t *sip);
/* The quotas of its live children (part of what it is charged). */
uint64_t sip_children_quota(const sip_t *sip);

/* Opens the account of a new SIP with `quota`, nothing charged. */
void sip_account_open(sip_t *sip, uint64_t quota);

/* Charges a started child's quota to `parent` (NULL: the kernel), which
 * reserved it, and makes it the child's parent. */
void sip_account_adopt(sip_t *parent, sip_t *child);

/* Closes the account of an ending SIP: its quota goes back to its parent,
 * its live children (and their quotas) and its held charges move to that
 * parent. */
void sip_account_close(sip_t *sip);

/* ---- memory (sip_memory.c) ---- */

/*
 * True when [addr, addr+len) lies wholly inside one region `sip` owns (or
 * len is 0: nothing will be touched) and,
 * for `write`, one it may write (never its code or read-only data: the
 * kernel must not become a way to change a SIP's fixed code).
 */
bool sip_owns(const sip_t *sip, uint64_t addr, uint64_t len, bool write);
/* sip_owns as asked by thread `t` (its own stack and its region hint count);
 * sip_owns passes the current thread. Exposed for the self-tests. */
struct thread;
bool sip_owns_as(const sip_t *sip, struct thread *t, uint64_t addr, uint64_t len, bool write);

/* Errors: ERR_QUOTA (no region slot left). */
err_t sip_region_add(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind,
                     bool writable);

/* Page manager. Errors: ERR_INVALID, ERR_QUOTA, ERR_NO_MEMORY. */
err_t sip_pages_alloc(sip_t *sip, uint64_t count, uint64_t *out);
/* Errors: ERR_INVALID (not a block from sip_pages_alloc). */
err_t sip_pages_free(sip_t *sip, uint64_t start, uint64_t count);

/* Forgets the region starting at `start` (a stack whose thread ended). */
void sip_region_forget(sip_t *sip, uint64_t start);

/* Frees the image, the start page and every heap block (stacks go with
 * their threads). */
void sip_memory_release(sip_t *sip);

/* ---- an address space of its own (sip_space.c, docs/modes.md) ---- */

/* Gives `sip` its own space if the mode and `req` (or insula.isolate) ask
 * for one. Errors: ERR_NO_MEMORY. */
err_t sip_space_open(sip_t *sip, const sip_spawn_request_t *req);

/* Whether the command line says insula.isolate=all. */
bool sip_space_isolate_all(void);

/* Warns (with the column) about each insula.isolate name that no boot
 * module has. After sip_boot_modules_set. */
void sip_space_check_isolate(const char *cmdline);

/* At the end of its spawn: what it owns becomes mapped in its space alone,
 * and so does every heap block and unsafe stack it gets from now on. */
void sip_space_seal(sip_t *sip);

/* A region was added (sip_region_add); its pages leave the other spaces. */
void sip_space_region_added(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind);

/* A region left it (sip_region_forget): a block it no longer owns stops
 * being user memory in its space. */
void sip_space_region_removed(sip_t *sip, uint64_t start, uint64_t pages, region_kind_t kind);

/* Pages it owned are about to be freed: mapped in every space again. */
void sip_space_give_back(sip_t *sip, uint64_t start, uint64_t pages);

/* After its memory went back: frees its space (the caller leaves it). */
void sip_space_close(sip_t *sip);

/* ---- the contracts a SIP may use (sip_contracts.c) ---- */

/* True when a SIP with manifest `m` and capabilities `caps` may hold the
 * `side` end of a channel of contract `c`. */
bool manifest_may_hold(const sip_manifest_t *m, uint32_t caps, const contract_table_t *c,
                       contract_side_t side);

/* As manifest_may_hold for `ep`; a refusal is logged as "sip WHO: WHEN
 * refused: C.imp is not in its manifest's imports". Errors: ERR_DENIED. */
err_t manifest_admit_endpoint(const sip_manifest_t *m, uint32_t caps, const struct endpoint *ep,
                              const char *who, const char *when);

/* May `sip` create a channel of `c` (imports or exports it)? Logs a
 * refusal. Errors: ERR_DENIED. */
err_t sip_admit_contract(const sip_t *sip, const contract_table_t *c);

/* The contract id of a manifest name (FNV-1a, as contractc computes it). */
uint32_t contract_id_of_name(const char *name);

/* ---- ownership of endpoints and blocks (ownership.c) ---- */

struct message_slot;

/* Makes `sip` the owner of an endpoint and gives it a handle. Errors: ERR_QUOTA. */
err_t sip_own_endpoint(sip_t *sip, struct endpoint *ep, uint64_t *handle);

/* A new exchange-heap block of `size` bytes owned by and charged to `sip`.
 * Errors: ERR_QUOTA (bytes, handle slot or region), ERR_NO_MEMORY. */
err_t sip_xblock_create(sip_t *sip, uint64_t size, uint64_t *handle, uint64_t *base);

/* Drops what a handle of `sip` held (closed, freed or released); an
 * endpoint's peer reads `reason`. */
void sip_handle_object_drop(sip_t *sip, handle_type_t type, void *object, const char *reason);

/* A send: the decoded handles leave `sip` (handles, regions, charges). */
void sip_transfers_detach(sip_t *sip, const uint64_t *handles, uint16_t count);

/* A receive: the objects `slot` carries become `sip`'s, their new handles
 * written into the body. All or nothing: on an error the message is left
 * as it was. Errors: ERR_DENIED (an endpoint of a contract its manifest
 * does not declare), ERR_QUOTA (bytes, handle slots or regions). */
err_t sip_transfers_install(sip_t *sip, struct message_slot *slot);

/* Wakes the threads waiting for a message at `ep`: those blocked in a
 * receive on it, and those of its owner in a wait on several endpoints
 * (chan_wait_any, the SIP's chan_waiters; only when there are any). */
void endpoint_wake_owner(struct endpoint *ep);

/* ---- the ABI table (abi.c) ---- */

extern const insula_abi_t kernel_abi;

/* ---- boot modules (sip_loader.c) ---- */

/* Finds a boot module by name. Errors: ERR_NOT_FOUND. */
err_t boot_module_find(const char *name, const uint8_t **data, uint64_t *size);

/* Parses and checks a sealed image; logs the named reason on refusal. */
err_t sip_image_check(const char *module, const uint8_t *file, uint64_t size, sip_image_t *img);

/* Places, relocates and protects a checked image for `sip`: a spare image
 * of the same module when one is kept (sip_image_spares.c), else a fresh
 * run. */
err_t sip_image_place(sip_t *sip, const sip_image_t *img, const uint8_t *file);

/* ---- pooled stacks (sip_stack_pool.c) ---- */

/* A clean, guarded unsafe run of `run_pages` (guard included); false: none. */
bool sip_stack_unsafe_take(uint64_t run_pages, uint64_t *run);
/* Gives back an unsafe run, guard still guarded: zeroed and pooled, or freed. */
void sip_stack_unsafe_give(uint64_t run, uint64_t run_pages);
/* A guarded safe-stack window whose safe stack is zeroed; false: none. */
bool sip_stack_window_take(uint64_t *window);
/* A window taken but never used (its thread could not be created). */
void sip_stack_window_untake(uint64_t window);
/* Opens a window's guards and frees it. */
void sip_stack_window_free(uint64_t window);
/* thread_t.stack_keep of SIP threads: at reaping, zeroes and pools the
 * window, guards still guarded, or opens its guards and frees it. */
bool sip_stack_window_keep(uint64_t window, uint64_t pages);
void sip_stack_pool_drain(void);
uint64_t sip_stack_pool_pages(void);
/* Whether `window` is in the pool (self-tests). */
bool sip_stack_window_pooled(uint64_t window);

/* ---- spare images (sip_image_spares.c) ---- */

/* Takes the spare image of module `file` for a SIP in the kernel's space:
 * its base, or false when none is kept. */
bool sip_image_spare_take(const uint8_t *file, uint64_t *base);
/* Keeps the ending SIP's image as its module's spare (code and read-only
 * data keep their rights, so they need no change); false when it is not
 * kept (a space of its own, a spare already kept) and must be freed. */
bool sip_image_spare_keep(const sip_t *sip);
/* Frees every spare image (memory is short; self-tests). */
void sip_image_spares_drain(void);
/* Pages held by spare images. */
uint64_t sip_image_spare_pages(void);

/* Remembers the boot modules (kernel_main calls it once). */
void sip_boot_modules_set(const boot_info_t *bi);

#endif
