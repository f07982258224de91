/*
 * fuzz.h — the ABI fuzzer's shared state (sip/tests/abifuzz/README.md).
 *
 * Memory plan. The kernel may write wherever the fuzzer points it inside
 * memory the fuzzer owns, so the fuzzer's own state (this struct, its
 * stacks) is never offered as an argument: "own" addresses come only from
 * `scratch`, the pages it allocated, its exchange-heap blocks, its start
 * page and its code (the last two read-only). Whatever the kernel writes
 * there is never trusted without a check.
 */
#ifndef ABIFUZZ_FUZZ_H
#define ABIFUZZ_FUZZ_H

#include <insula/stdlib.h>
#include <insula/contract_table.h>

#include "tests/raw_abi.h"

#define POOL_MAX 96              /* handles it remembers (live and stale) */
#define RUNS_MAX 32              /* page runs it remembers */
#define SCRATCH_BYTES (16u * 1024)
/* Scratch layout: [0, 4096) spawn request and strings, [4096, 5120) message
   bodies, [7168, 7296) wait_any's array, [7296, 7360) chan_call's argument
   block, [8192, 16384) good arguments. */
#define BODY_AT 4096u
#define EPS_AT 7168u
#define CALL_AT 7296u
#define GOOD_AT 8192u
#define CHAN_FIELDS_MAX 8        /* handle fields the kernel moves per message */
#define REPORT_EXIT_FINDING 200  /* exit code: an answer broke the ABI's rules */

typedef enum {
    KIND_ENDPOINT,
    KIND_XBLOCK,
    KIND_THREAD,
    KIND_SIP,
    KIND_STALE,                  /* closed or moved away: must be refused */
} handle_kind_t;

typedef struct {
    abi_handle_t value;
    handle_kind_t kind;
    uint32_t contract;           /* endpoints: its contract's id, 0 if unknown */
    uint16_t side;               /* endpoints: CONTRACT_SIDE_* */
} pool_handle_t;

typedef struct {
    uint64_t start;
    uint64_t bytes;
    bool live;                   /* false: freed or moved away: never offered again */
    abi_handle_t block;          /* the block's handle; 0 for pages */
} page_run_t;

/* Where an address argument came from: decides what the answer may be. */
typedef enum {
    ADDR_OWN,                    /* writable memory the fuzzer owns, wholly */
    ADDR_OWN_READONLY,           /* its code or start page */
    ADDR_FOREIGN,                /* kernel, another SIP, unmapped, freed, straddling */
    ADDR_NULL,
} addr_class_t;

typedef struct {
    uint64_t value;
    addr_class_t cls;
} addr_t;

typedef struct {
    const insula_abi_t *abi;
    uint64_t rng;
    uint64_t calls, budget;
    uint32_t findings;
    abi_handle_t report;         /* the harness's endpoint: never fuzzed */
    uint64_t victim;             /* an address inside another SIP (0: none given) */
    pool_handle_t pool[POOL_MAX];
    uint32_t pool_count;
    page_run_t runs[RUNS_MAX];
    uint32_t run_count;
    bool suspended;              /* threads_suspend succeeded, not resumed yet */
    abi_chan_status_t status;    /* for the fuzzer's own chan_status queries */
} fuzz_t;

extern fuzz_t fz;
extern uint8_t scratch[SCRATCH_BYTES];

/* ---- gen.c: seeded values ---- */
uint64_t rng_next(void);
uint64_t rng_below(uint64_t n);          /* 0..n-1 (n > 0) */
bool rng_chance(uint32_t one_in);        /* true once in `one_in` */
uint64_t gen_number(void);               /* boundary or random 64-bit value */
uint64_t gen_length(void);               /* 0, small, page-sized, huge */
uint64_t gen_timeout(bool may_block);    /* 0, short; FOREVER only if may_block */
addr_t gen_addr(uint64_t len, bool write);
/* Half the time a good buffer (own, writable, apart from the step's other
   good ones), else gen_addr: so calls get past their first check. */
addr_t gen_arg(uint64_t len, bool write);
void good_reset(void);                   /* a new step: good buffers start over */
abi_handle_t gen_handle(void);           /* valid, stale, forged, of any kind */
abi_handle_t gen_handle_of(handle_kind_t kind);
addr_t gen_foreign(uint64_t len);        /* never the fuzzer's memory */
bool addr_is_own(const addr_t *a);

/* ---- pool.c: what the fuzzer holds ---- */
void pool_add(abi_handle_t h, handle_kind_t kind);
/* An endpoint with its contract and side, for message fields that carry one. */
void pool_add_endpoint(abi_handle_t h, uint32_t contract, uint16_t side);
/* An endpoint of `contract` (or one extending it) on `side`, or 0. */
abi_handle_t pool_endpoint_of(uint32_t contract, uint16_t side);
void pool_mark_stale(abi_handle_t h);
bool pool_find(abi_handle_t h, handle_kind_t *kind);
void runs_add(uint64_t start, uint64_t bytes, abi_handle_t block);
void runs_free(uint64_t start);
bool read_u64_at(const addr_t *a, uint64_t *out);
bool read_u32_at(const addr_t *a, uint32_t *out);
/* Do [a, a+alen) and [b, b+blen) not overlap? */
bool disjoint(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen);
void finding(const char *entry, const char *what, int64_t got);
/* An answer the rules forbid: `refused` says the call had to fail. */
void must_refuse(const char *entry, bool refused, abi_status_t st);
bool is_stale(abi_handle_t h);
bool is_foreign(const addr_t *a, uint64_t len);     /* a read the kernel must refuse */
bool not_writable(const addr_t *a, uint64_t len);   /* a write the kernel must refuse */

/* ---- entries_system.c: entries the fuzzer holds no right to ---- */
void fuzz_console_read(void);
void fuzz_sip_list(void);
void fuzz_system_info(void);
void fuzz_system_power(void);
void fuzz_log_read(void);
void fuzz_module_read(void);
void fuzz_port_read(void);
void fuzz_port_write(void);
void fuzz_device_info(void);
void fuzz_irq_bind(void);
void fuzz_xblock_phys(void);
void fuzz_mmio_map(void);

/* ---- contracts.c: contract-aware messages ---- */
const contract_table_t *contract_by_index(uint32_t i);
uint32_t contract_count(void);
const contract_table_t *contract_by_id(uint32_t id);
bool send_would_violate(abi_handle_t ep, uint64_t msg_id, uint64_t len);
void fuzz_send_valid(void);
/* false: no channel to break; big_id: a message id past 16 bits */
bool fuzz_send_violation_prepare(bool big_id);
void fuzz_send_violation(void);
void learn_received(uint32_t msg_id, const addr_t *buf, uint64_t len, uint32_t contract_id);

/* ---- entries.c / entries_chan.c: one fuzzer per ABI entry ---- */
typedef struct {
    const char *name;
    size_t offset;               /* offsetof(insula_abi_t, name) */
    void (*fuzz)(void);          /* NULL: called only as a final action */
} entry_fuzzer_t;

extern const entry_fuzzer_t entry_fuzzers[];
extern const uint32_t entry_fuzzer_count;
void fuzz_chan_create(void);
void fuzz_chan_send(void);
void fuzz_chan_recv(void);
void fuzz_chan_wait_any(void);
void fuzz_chan_status(void);
void fuzz_chan_call(void);
void fuzz_chan_narrow(void);
void fuzz_xblock_alloc(void);
void fuzz_xblock_map(void);

/* ---- race.c: blocking entries whose output is freed while they wait ---- */
void fuzz_race(void);
/* 0 chan_recv, 1 chan_wait_any, 2 sip_wait, 3 close, 4 close and wake */
void fuzz_race_kind(uint32_t kind);

/* Counts a call about to be made. */
static inline void count_call(void)
{
    fz.calls++;
}

#endif
