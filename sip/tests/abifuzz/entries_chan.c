/*
 * entries_chan.c — the fuzzers of the channel and exchange-heap entries.
 * A wait is bounded unless the fuzzer has just seen that it ends (a
 * message queued, or the peer gone): nobody else sends to its channels.
 */
#include "fuzz.h"

ABI_DIRECT void fuzz_chan_create(void)
{
    uint32_t id = rng_chance(4) ? (uint32_t)gen_number()
                                : contract_by_index((uint32_t)rng_below(64))->id;
    addr_t imp = gen_arg(8, true), exp = gen_arg(8, true);
    count_call();
    abi_status_t st = fz.abi->chan_create(id, (abi_handle_t *)(uintptr_t)imp.value,
                                          (abi_handle_t *)(uintptr_t)exp.value);
    must_refuse("chan_create", not_writable(&imp, 8) || not_writable(&exp, 8), st);
    uint64_t h;
    if (st != ABI_OK || !disjoint(imp.value, 8, exp.value, 8))
        return;    /* one answer overwrote the other */
    if (read_u64_at(&imp, &h))
        pool_add_endpoint(h, id, CONTRACT_SIDE_IMP);
    if (read_u64_at(&exp, &h))
        pool_add_endpoint(h, id, CONTRACT_SIDE_EXP);
}

/* Random arguments, or a message the contract allows; never one that
   breaks the contract (that is an instance's last call, main.c). */
ABI_DIRECT void fuzz_chan_send(void)
{
    if (rng_chance(2)) {
        fuzz_send_valid();
        return;
    }
    abi_handle_t ep = gen_handle();
    uint64_t msg_id = rng_chance(2) ? rng_below(8) : gen_number();
    uint64_t len = rng_chance(2) ? 8 * rng_below(40) : gen_length();
    addr_t msg = gen_arg(len, false);
    if (send_would_violate(ep, msg_id, len))
        return;
    count_call();
    abi_status_t st = fz.abi->chan_send(ep, (uint32_t)msg_id, (const void *)(uintptr_t)msg.value,
                                        len);
    must_refuse("chan_send", is_stale(ep) || is_foreign(&msg, len), st);
}

ABI_DIRECT void fuzz_chan_recv(void)
{
    abi_handle_t ep = rng_chance(4) ? gen_handle() : gen_handle_of(KIND_ENDPOINT);
    count_call();
    bool live = fz.abi->chan_status(ep, &fz.status) == ABI_OK;
    if (live && fz.status.queued == 0 && rng_chance(2)) {
        ep = gen_handle_of(KIND_ENDPOINT);    /* another try at one with a message */
        count_call();
        live = fz.abi->chan_status(ep, &fz.status) == ABI_OK;
    }
    bool ends = live && (fz.status.queued > 0 || fz.status.closed);
    uint32_t contract_id = live ? fz.status.contract_id : 0;
    uint64_t cap = rng_chance(2) ? 1024 : gen_length();
    addr_t buf = gen_arg(cap, true), id = gen_arg(4, true), len = gen_arg(8, true);
    count_call();
    abi_status_t st = fz.abi->chan_recv(ep, gen_timeout(ends), (uint32_t *)(uintptr_t)id.value,
                                        (void *)(uintptr_t)buf.value, cap,
                                        (uint64_t *)(uintptr_t)len.value);
    must_refuse("chan_recv", is_stale(ep) || not_writable(&buf, cap) || not_writable(&id, 4) ||
                                 not_writable(&len, 8), st);
    uint64_t got_len;
    uint32_t got_id;
    bool apart = disjoint(buf.value, cap, id.value, 4) && disjoint(buf.value, cap, len.value, 8) &&
                 disjoint(id.value, 4, len.value, 8);
    if (st == ABI_OK && apart && read_u64_at(&len, &got_len) && read_u32_at(&id, &got_id))
        learn_received(got_id, &buf, got_len, contract_id);
}

/*
 * A send and a receive in one entry: random arguments (never a message
 * that breaks the contract), the argument block in the fuzzer's scratch or
 * anywhere gen_arg points. The receive waits only when the endpoint
 * already has a message or a closed peer (nobody answers the fuzzer).
 */
ABI_DIRECT void fuzz_chan_call(void)
{
    abi_handle_t ep = rng_chance(4) ? gen_handle() : gen_handle_of(KIND_ENDPOINT);
    count_call();
    bool live = fz.abi->chan_status(ep, &fz.status) == ABI_OK;
    bool ends = live && (fz.status.queued > 0 || fz.status.closed);
    uint64_t msg_id = rng_chance(2) ? rng_below(8) : gen_number();
    uint64_t len = rng_chance(2) ? 8 * rng_below(40) : gen_length();
    uint64_t cap = rng_chance(2) ? 1024 : gen_length();
    addr_t msg = gen_arg(len, false), buf = gen_arg(cap, true);
    if (send_would_violate(ep, msg_id, len))
        return;
    abi_chan_call_t *c = (abi_chan_call_t *)&scratch[CALL_AT];
    *c = (abi_chan_call_t){ .send_id = (uint32_t)msg_id, .send = (const void *)(uintptr_t)msg.value,
                            .send_len = len, .recv = (void *)(uintptr_t)buf.value,
                            .recv_cap = cap, .timeout_ns = gen_timeout(ends),
                            .reserved = rng_chance(8) ? 1 : 0 };
    addr_t where = { (uint64_t)(uintptr_t)c, ADDR_OWN };
    addr_t elsewhere = gen_arg(sizeof(*c), true);
    if (rng_chance(5) && not_writable(&elsewhere, sizeof(*c)))
        where = elsewhere;    /* only a block the kernel must refuse unread */
    bool ours = where.value == (uint64_t)(uintptr_t)c;
    count_call();
    abi_status_t st = fz.abi->chan_call(ep, (abi_chan_call_t *)(uintptr_t)where.value);
    must_refuse("chan_call", !ours || is_stale(ep) || is_foreign(&msg, len) ||
                                 c->reserved != 0 || not_writable(&buf, cap), st);
    bool apart = ours && disjoint(buf.value, cap, where.value, sizeof(*c));
    if (st == ABI_OK && apart)
        learn_received(c->recv_id, &buf, c->recv_len, fz.status.contract_id);
}

ABI_DIRECT void fuzz_chan_wait_any(void)
{
    uint32_t count = (uint32_t)(rng_chance(4) ? gen_number() : 1 + rng_below(16));
    abi_handle_t *eps = (abi_handle_t *)&scratch[EPS_AT];
    for (uint32_t i = 0; i < 16; i++)
        eps[i] = rng_chance(2) ? gen_handle_of(KIND_ENDPOINT) : gen_handle();
    count_call();
    bool first_ready = fz.abi->chan_status(eps[0], &fz.status) == ABI_OK &&
                       (fz.status.queued > 0 || fz.status.closed);
    addr_t array = rng_chance(6) ? gen_arg(count * 8ull, false)
                                 : (addr_t){ (uint64_t)(uintptr_t)eps, ADDR_OWN };
    addr_t ready = gen_arg(4, true);
    bool ends = first_ready && array.value == (uint64_t)(uintptr_t)eps;
    count_call();
    abi_status_t st = fz.abi->chan_wait_any((const abi_handle_t *)(uintptr_t)array.value,
                                            count, gen_timeout(ends),
                                            (uint32_t *)(uintptr_t)ready.value);
    must_refuse("chan_wait_any", count == 0 || count > 16 || not_writable(&ready, 4) ||
                                     is_foreign(&array, count * 8ull), st);
}

/* The channel's own contract (nothing changes) or a random id (no
   ancestor but by a 1-in-2^32 chance): the pool's predictions, which read
   each channel's contract, stay right. Refused: a stale handle. */
ABI_DIRECT void fuzz_chan_narrow(void)
{
    abi_handle_t ep = rng_chance(4) ? gen_handle() : gen_handle_of(KIND_ENDPOINT);
    count_call();
    bool live = fz.abi->chan_status(ep, &fz.status) == ABI_OK;
    uint32_t id = live && rng_chance(2) ? fz.status.contract_id : (uint32_t)rng_next();
    count_call();
    abi_status_t st = fz.abi->chan_narrow(ep, id);
    must_refuse("chan_narrow", is_stale(ep), st);
}

ABI_DIRECT void fuzz_chan_status(void)
{
    abi_handle_t ep = gen_handle();
    addr_t out = gen_arg(sizeof(abi_chan_status_t), true);
    count_call();
    abi_status_t st = fz.abi->chan_status(ep, (abi_chan_status_t *)(uintptr_t)out.value);
    must_refuse("chan_status", is_stale(ep) || not_writable(&out, sizeof(abi_chan_status_t)), st);
}

static uint64_t pages_of(uint64_t size)
{
    return (size + 4095) / 4096 * 4096;
}

ABI_DIRECT void fuzz_xblock_alloc(void)
{
    uint64_t size = rng_chance(3) ? gen_number() : 1 + rng_below(3 * 4096);
    addr_t out = gen_arg(8, true), data = gen_arg(8, true);
    count_call();
    abi_status_t st = fz.abi->xblock_alloc(size, (abi_handle_t *)(uintptr_t)out.value,
                                           (void **)(uintptr_t)data.value);
    must_refuse("xblock_alloc", not_writable(&out, 8) || not_writable(&data, 8), st);
    uint64_t h, base;
    if (st != ABI_OK || !disjoint(out.value, 8, data.value, 8))
        return;    /* one answer overwrote the other */
    if (read_u64_at(&out, &h) && read_u64_at(&data, &base)) {
        pool_add(h, KIND_XBLOCK);
        runs_add(base, pages_of(size), h);
    }
}

ABI_DIRECT void fuzz_xblock_map(void)
{
    abi_handle_t h = gen_handle();
    addr_t data = gen_arg(8, true), size = gen_arg(8, true);
    count_call();
    abi_status_t st = fz.abi->xblock_map(h, (void **)(uintptr_t)data.value,
                                         (uint64_t *)(uintptr_t)size.value);
    must_refuse("xblock_map", is_stale(h) || not_writable(&data, 8) || not_writable(&size, 8), st);
}
