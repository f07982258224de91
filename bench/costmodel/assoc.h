/*
 * assoc.h — a set-associative array with true LRU replacement, the one
 * structure behind every cache and TLB of the cost model (README.md).
 *
 * An entry is a 64-bit key (a line or page number), an address-space tag
 * (the PCID) and a global bit: a lookup hits an entry with the same key
 * whose tag matches or which is global. Replacement is by a per-array
 * access counter, so the model is deterministic: the same access sequence
 * gives the same hits and misses.
 */
#ifndef COSTMODEL_ASSOC_H
#define COSTMODEL_ASSOC_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    uint64_t key;
    uint64_t last_use;      /* 0: empty */
    uint16_t asid;
    bool global;
} assoc_entry_t;

typedef struct {
    uint32_t sets;          /* a power of two */
    uint32_t ways;
    uint64_t clock;
    assoc_entry_t *entries; /* sets * ways */
    /* The entry last hit or inserted: the most recently used of its set,
     * so hitting it again changes no replacement decision (a fast path). */
    assoc_entry_t *last;
} assoc_t;

/* Allocates an empty array; false when sets is not a power of two or zero,
 * ways is zero, or memory runs out. */
bool assoc_init(assoc_t *a, uint32_t sets, uint32_t ways);
void assoc_free(assoc_t *a);

/* Looks `key` up for address space `asid`; a hit becomes most recently used. */
bool assoc_lookup(assoc_t *a, uint64_t key, uint16_t asid);

/* Inserts `key` (after a miss), evicting the least recently used way of its set. */
void assoc_insert(assoc_t *a, uint64_t key, uint16_t asid, bool global);

/* Lookup, and insert on a miss; returns whether it hit. */
bool assoc_access(assoc_t *a, uint64_t key, uint16_t asid, bool global);

/* Drops the non-global entries of `asid`. */
void assoc_flush_asid(assoc_t *a, uint16_t asid);

/* Drops every non-global entry of every address space. */
void assoc_flush_nonglobal(assoc_t *a);

/* Drops everything. */
void assoc_flush_all(assoc_t *a);

/* How many entries are valid (for tests). */
uint32_t assoc_count(const assoc_t *a);

#endif
