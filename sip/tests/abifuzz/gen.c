/*
 * gen.c — the fuzzer's argument generators: seeded (splitmix64), so a seed
 * names a sequence of calls. Numbers lean on boundaries (0, 1, -1, powers
 * of two and their neighbours); addresses are classified so an answer can
 * be judged (fuzz.h, addr_class_t).
 */
#include "fuzz.h"

uint64_t rng_next(void)
{
    uint64_t z = (fz.rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t rng_below(uint64_t n)
{
    return rng_next() % n;
}

bool rng_chance(uint32_t one_in)
{
    return rng_below(one_in) == 0;
}

uint64_t gen_number(void)
{
    static const uint64_t boundary[] = {
        0, 1, 2, 7, 8, 4095, 4096, 4097, 65535, 65536, 1ull << 24, (1ull << 24) + 1,
        UINT32_MAX, 1ull << 32, 1ull << 40, INT64_MAX, 1ull << 63, UINT64_MAX - 4096,
        UINT64_MAX - 1, UINT64_MAX,
    };
    uint64_t n = sizeof(boundary) / sizeof(boundary[0]);
    switch (rng_below(4)) {
    case 0: return rng_next();
    case 1: return rng_below(64);
    default: return boundary[rng_below(n)];
    }
}

uint64_t gen_length(void)
{
    switch (rng_below(6)) {
    case 0: return 0;
    case 1: return 1 + rng_below(16);
    case 2: return 1 + rng_below(256);
    case 3: return 1 + rng_below(2 * 4096);
    case 4: return gen_number();
    default: return 8u << rng_below(8);
    }
}

/* Short timeouts keep a run fast; a wait with no bound only where the
   caller knows the wait ends (something is queued, the peer is gone). */
uint64_t gen_timeout(bool may_block)
{
    switch (rng_below(8)) {
    case 0: return may_block ? ABI_WAIT_FOREVER : 0;
    case 1: return may_block ? UINT64_MAX - 1 : 1000;
    case 2: return 1 + rng_below(200000);
    default: return 0;
    }
}

/* An own writable range of `len` bytes: in scratch, a live page run or a
   live block, wholly inside it; false when none is big enough. */
static bool own_writable(uint64_t len, uint64_t *out)
{
    uint32_t pick = (uint32_t)rng_below(fz.run_count + 1);
    if (pick < fz.run_count && fz.runs[pick].live && len <= fz.runs[pick].bytes) {
        *out = fz.runs[pick].start + rng_below(fz.runs[pick].bytes - len + 1);
        return true;
    }
    if (len > SCRATCH_BYTES)
        return false;
    uint64_t offset = rng_below(SCRATCH_BYTES - len + 1);
    if (rng_chance(2))
        offset &= ~7ull;    /* aligned, mostly */
    *out = (uint64_t)(uintptr_t)scratch + offset;
    return true;
}

/* A range that runs past the end of a region it starts in. */
static addr_t straddling(uint64_t len)
{
    uint32_t pick = (uint32_t)rng_below(fz.run_count + 1);
    uint64_t end = pick < fz.run_count ? fz.runs[pick].start + fz.runs[pick].bytes : 0;
    if (pick >= fz.run_count || !fz.runs[pick].live || len < 2)
        return (addr_t){ 0xdead00000000ull + rng_below(4096), ADDR_FOREIGN };
    return (addr_t){ end - 1 - rng_below(len - 1), ADDR_FOREIGN };
}

addr_t gen_foreign(uint64_t len)
{
    switch (rng_below(7)) {
    case 0: return (addr_t){ 1 + rng_below(4095), ADDR_FOREIGN };
    case 1: return (addr_t){ (uint64_t)(uintptr_t)fz.abi + rng_below(64), ADDR_FOREIGN };
    case 2: return (addr_t){ (uint64_t)(uintptr_t)fz.abi->console_write, ADDR_FOREIGN };
    case 3:
        if (fz.victim != 0)
            return (addr_t){ fz.victim + rng_below(4096), ADDR_FOREIGN };
        return (addr_t){ 0x8000000000000000ull, ADDR_FOREIGN };
    case 4: return (addr_t){ UINT64_MAX - rng_below(64), ADDR_FOREIGN };
    case 5: return (addr_t){ 0x00007fff00000000ull + (rng_next() & 0xffffff), ADDR_FOREIGN };
    default: return straddling(len);
    }
}

addr_t gen_addr(uint64_t len, bool write)
{
    uint64_t own;
    switch (rng_below(8)) {
    case 0: return (addr_t){ 0, ADDR_NULL };
    case 1: return gen_foreign(len);
    case 2: return gen_foreign(len);
    case 3:
        if (!write)
            return (addr_t){ (uint64_t)(uintptr_t)rng_next + rng_below(64), ADDR_OWN_READONLY };
        return (addr_t){ (uint64_t)(uintptr_t)__insula_start_info(), ADDR_OWN_READONLY };
    default:
        if (own_writable(len, &own))
            return (addr_t){ own, ADDR_OWN };
        return gen_foreign(len);
    }
}

static uint64_t good_used;

void good_reset(void)
{
    good_used = 0;
}

addr_t gen_arg(uint64_t len, bool write)
{
    uint64_t size = (len + 15) & ~15ull;
    uint64_t room = SCRATCH_BYTES - GOOD_AT - good_used;
    if (rng_chance(2) || len > SCRATCH_BYTES - GOOD_AT || size > room)
        return gen_addr(len, write);
    addr_t a = { (uint64_t)(uintptr_t)&scratch[GOOD_AT + good_used], ADDR_OWN };
    good_used += size;
    return a;
}

bool addr_is_own(const addr_t *a)
{
    return a->cls == ADDR_OWN;
}

abi_handle_t gen_handle_of(handle_kind_t kind)
{
    uint32_t start = (uint32_t)rng_below(fz.pool_count + 1);
    for (uint32_t i = 0; i < fz.pool_count; i++) {
        const pool_handle_t *p = &fz.pool[(start + i) % fz.pool_count];
        if (p->kind == kind)
            return p->value;
    }
    return 0;
}

/* Forged: a slot index with a wrong generation, an index past the table,
   a value with the top bits set, or just noise. */
static abi_handle_t forged(void)
{
    switch (rng_below(4)) {
    case 0: return (rng_below(8) << 32) | (1 + rng_below(64));
    case 1: return (rng_next() << 32) | (65 + rng_below(1000));
    case 2: return gen_number();
    default: return rng_next();
    }
}

abi_handle_t gen_handle(void)
{
    abi_handle_t h;
    switch (rng_below(8)) {
    case 0: h = forged(); break;
    case 1: h = gen_handle_of(KIND_STALE); break;
    case 2: h = gen_handle_of(KIND_XBLOCK); break;
    case 3: h = gen_handle_of(KIND_THREAD); break;
    case 4: h = gen_handle_of(KIND_SIP); break;
    default: h = gen_handle_of(KIND_ENDPOINT); break;
    }
    return h == fz.report ? 0 : h;
}
