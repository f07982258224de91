/*
 * pool.c — what the fuzzer holds: the handles the kernel gave it (and the
 * stale ones, kept to be offered again), its page runs and blocks, and the
 * findings (answers the ABI's rules forbid).
 */
#include "fuzz.h"

void pool_add(abi_handle_t h, handle_kind_t kind)
{
    if (h == 0 || h == fz.report)
        return;
    for (uint32_t i = 0; i < fz.pool_count; i++) {
        if (fz.pool[i].value == h) {
            fz.pool[i] = (pool_handle_t){ h, kind, 0, 0 };
            return;
        }
    }
    uint32_t slot = fz.pool_count < POOL_MAX ? fz.pool_count++ : (uint32_t)rng_below(POOL_MAX);
    fz.pool[slot] = (pool_handle_t){ h, kind, 0, 0 };
}

void pool_add_endpoint(abi_handle_t h, uint32_t contract, uint16_t side)
{
    pool_add(h, KIND_ENDPOINT);
    for (uint32_t i = 0; i < fz.pool_count; i++) {
        if (fz.pool[i].value == h) {
            fz.pool[i].contract = contract;
            fz.pool[i].side = side;
        }
    }
}

abi_handle_t pool_endpoint_of(uint32_t contract, uint16_t side)
{
    uint32_t start = (uint32_t)rng_below(fz.pool_count + 1);
    for (uint32_t i = 0; i < fz.pool_count; i++) {
        const pool_handle_t *p = &fz.pool[(start + i) % fz.pool_count];
        const contract_table_t *t = contract_by_id(p->contract);
        if (p->kind == KIND_ENDPOINT && t != NULL && p->side == side && contract_is_a(t, contract))
            return p->value;
    }
    return 0;
}

bool pool_find(abi_handle_t h, handle_kind_t *kind)
{
    for (uint32_t i = 0; i < fz.pool_count; i++) {
        if (fz.pool[i].value == h) {
            *kind = fz.pool[i].kind;
            return true;
        }
    }
    return false;
}

/* A block's pages leave the fuzzer with its handle. */
static void runs_forget_block(abi_handle_t h)
{
    for (uint32_t i = 0; i < fz.run_count; i++) {
        if (fz.runs[i].block == h)
            fz.runs[i].live = false;
    }
}

void pool_mark_stale(abi_handle_t h)
{
    handle_kind_t kind;
    if (pool_find(h, &kind) && kind == KIND_XBLOCK)
        runs_forget_block(h);
    pool_add(h, KIND_STALE);
}

void runs_add(uint64_t start, uint64_t bytes, abi_handle_t block)
{
    uint32_t slot = fz.run_count;
    for (uint32_t i = 0; i < fz.run_count; i++) {
        if (!fz.runs[i].live || fz.runs[i].start == start)
            slot = i;    /* a freed run's frames may be these */
    }
    if (slot == RUNS_MAX)
        slot = (uint32_t)rng_below(RUNS_MAX);
    else if (slot == fz.run_count)
        fz.run_count++;
    fz.runs[slot] = (page_run_t){ start, bytes, true, block };
}

void runs_free(uint64_t start)
{
    for (uint32_t i = 0; i < fz.run_count; i++) {
        if (fz.runs[i].start == start && fz.runs[i].block == 0)
            fz.runs[i].live = false;
    }
}

bool read_u64_at(const addr_t *a, uint64_t *out)
{
    if (!addr_is_own(a))
        return false;
    *out = *(const volatile uint64_t *)(uintptr_t)a->value;
    return true;
}

bool read_u32_at(const addr_t *a, uint32_t *out)
{
    if (!addr_is_own(a))
        return false;
    *out = *(const volatile uint32_t *)(uintptr_t)a->value;
    return true;
}

bool disjoint(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a + alen <= b || b + blen <= a;
}

void finding(const char *entry, const char *what, int64_t got)
{
    fz.findings++;
    print("abifuzz: FINDING at call %llu: %s: %s (got %lld)\n", (unsigned long long)fz.calls,
          entry, what, (long long)got);
}

void must_refuse(const char *entry, bool refused, abi_status_t st)
{
    if (refused && st == ABI_OK)
        finding(entry, "accepted an argument it must refuse", st);
}

bool is_stale(abi_handle_t h)
{
    handle_kind_t kind;
    return pool_find(h, &kind) && kind == KIND_STALE;
}

bool is_foreign(const addr_t *a, uint64_t len)
{
    return len > 0 && (a->cls == ADDR_FOREIGN || a->cls == ADDR_NULL);
}

bool not_writable(const addr_t *a, uint64_t len)
{
    return len > 0 && a->cls != ADDR_OWN;
}
