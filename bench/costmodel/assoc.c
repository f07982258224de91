/*
 * assoc.c — set-associative LRU arrays (assoc.h).
 */
#include "assoc.h"

#include <stdlib.h>

bool assoc_init(assoc_t *a, uint32_t sets, uint32_t ways)
{
    a->entries = NULL;
    if (sets == 0 || (sets & (sets - 1)) != 0 || ways == 0)
        return false;
    a->sets = sets;
    a->ways = ways;
    a->clock = 0;
    a->last = NULL;
    a->entries = calloc((size_t)sets * ways, sizeof(assoc_entry_t));
    return a->entries != NULL;
}

void assoc_free(assoc_t *a)
{
    free(a->entries);
    a->entries = NULL;
    a->last = NULL;
}

static assoc_entry_t *set_of(assoc_t *a, uint64_t key)
{
    /* Low key bits pick the set, as the index bits of a real cache do. */
    return &a->entries[(size_t)(key & (a->sets - 1)) * a->ways];
}

static bool matches(const assoc_entry_t *e, uint64_t key, uint16_t asid)
{
    return e->last_use != 0 && e->key == key && (e->global || e->asid == asid);
}

bool assoc_lookup(assoc_t *a, uint64_t key, uint16_t asid)
{
    if (a->last != NULL && matches(a->last, key, asid))
        return true;
    assoc_entry_t *set = set_of(a, key);
    for (uint32_t w = 0; w < a->ways; w++) {
        if (matches(&set[w], key, asid)) {
            set[w].last_use = ++a->clock;
            a->last = &set[w];
            return true;
        }
    }
    return false;
}

void assoc_insert(assoc_t *a, uint64_t key, uint16_t asid, bool global)
{
    assoc_entry_t *set = set_of(a, key);
    assoc_entry_t *victim = &set[0];
    for (uint32_t w = 0; w < a->ways; w++) {
        if (set[w].last_use < victim->last_use)
            victim = &set[w];      /* an empty way has last_use 0: taken first */
    }
    victim->key = key;
    victim->asid = asid;
    victim->global = global;
    victim->last_use = ++a->clock;
    a->last = victim;
}

bool assoc_access(assoc_t *a, uint64_t key, uint16_t asid, bool global)
{
    if (assoc_lookup(a, key, asid))
        return true;
    assoc_insert(a, key, asid, global);
    return false;
}

static size_t size_of(const assoc_t *a)
{
    return (size_t)a->sets * a->ways;
}

void assoc_flush_asid(assoc_t *a, uint16_t asid)
{
    for (size_t i = 0; i < size_of(a); i++) {
        if (!a->entries[i].global && a->entries[i].asid == asid)
            a->entries[i].last_use = 0;
    }
}

void assoc_flush_nonglobal(assoc_t *a)
{
    for (size_t i = 0; i < size_of(a); i++) {
        if (!a->entries[i].global)
            a->entries[i].last_use = 0;
    }
}

void assoc_flush_all(assoc_t *a)
{
    for (size_t i = 0; i < size_of(a); i++)
        a->entries[i].last_use = 0;
}

uint32_t assoc_count(const assoc_t *a)
{
    uint32_t n = 0;
    for (size_t i = 0; i < size_of(a); i++)
        n += a->entries[i].last_use != 0;
    return n;
}
