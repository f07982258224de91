/*
 * model.h — the cost model proper: TLBs, caches, page walks and the cost
 * of each event (README.md has the structures, sizes and costs).
 *
 * Pure code (no QEMU): the plugin (plugin.c) feeds it instruction fetches,
 * data accesses, CR3 loads and special instructions; the unit test
 * (test_model.c) feeds it sequences whose outcome is known.
 */
#ifndef COSTMODEL_MODEL_H
#define COSTMODEL_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "assoc.h"
#include "decode.h"

/* The event counters: everything the model reports. */
typedef struct {
    uint64_t insns;
    uint64_t itlb_misses;       /* L1 i-TLB misses */
    uint64_t dtlb_misses;       /* L1 d-TLB misses */
    uint64_t stlb_misses;       /* second-level TLB misses = page walks */
    uint64_t walk_levels;       /* page-table levels fetched by the walks */
    uint64_t l1i_misses;
    uint64_t l1d_misses;
    uint64_t l2_misses;
    uint64_t cr3_loads;
    uint64_t tlb_flushes;       /* CR3 loads that flushed, and CR4 writes */
    uint64_t special[INSN_CLASS_COUNT];
    uint64_t io_accesses;       /* loads and stores to device memory */
    uint64_t cycles;            /* the estimate: the sum of the parts below and instructions */
    uint64_t cycles_tlb;        /* second-level TLB hits and page walks */
    uint64_t cycles_cache;      /* L1 and L2 misses */
    uint64_t cycles_special;    /* special instructions */
    uint64_t cycles_io;         /* device memory accesses */
} cm_counts_t;

/* The cost of each event in cycles (README.md, "Costs"). */
typedef struct {
    uint32_t insn_milli;        /* per instruction, in thousandths of a cycle */
    uint32_t l2_hit;            /* an L1 miss served by L2 */
    uint32_t l2_miss;           /* an L2 miss (served by L3 or memory) */
    uint32_t stlb_hit;          /* an L1 TLB miss served by the second-level TLB */
    uint32_t walk_base;         /* a second-level TLB miss */
    uint32_t walk_level;        /* each page-table level the walk fetches */
    uint32_t io_access;         /* a load or store to device memory */
    uint32_t special[INSN_CLASS_COUNT];
} cm_costs_t;

typedef struct {
    unsigned page_shift;        /* 12, 21 or 30: the page size the mode maps with */
    uint64_t global_lo, global_hi;  /* [lo,hi): virtual addresses mapped global */
    cm_costs_t costs;
} cm_config_t;

typedef struct {
    cm_config_t config;
    assoc_t itlb, dtlb, stlb;
    assoc_t upper;              /* paging-structure cache: entries above the leaf */
    assoc_t l1i, l1d, l2;
    uint16_t pcid;              /* the current address space's PCID */
    int pending_pcid;           /* announced by a mark for the next CR3 load; -1: none */
    bool pending_noflush;
    cm_counts_t counts;
    uint64_t insn_milli_rest;   /* fractions of a cycle carried between blocks */
} cm_model_t;

/* The default configuration: README.md's table. */
void cm_config_default(cm_config_t *c);

bool cm_model_init(cm_model_t *m, const cm_config_t *config);
void cm_model_free(cm_model_t *m);

/* `n` instructions executed (their fetches are reported separately). */
void cm_insns(cm_model_t *m, uint64_t n);

/* One instruction-fetch of the cache line holding `vaddr` (physical `paddr`). */
void cm_fetch(cm_model_t *m, uint64_t vaddr, uint64_t paddr);

/* One data access; `io` for device memory (no TLB or cache model). */
void cm_data(cm_model_t *m, uint64_t vaddr, uint64_t paddr, bool io);

/* A special instruction executed (a mov to CR3 flushes as described in README.md). */
void cm_special(cm_model_t *m, insn_class_t c);

/* A mark announced the PCID and flush bit of the next CR3 load. */
void cm_announce_cr3(cm_model_t *m, uint16_t pcid, bool noflush);

#endif
