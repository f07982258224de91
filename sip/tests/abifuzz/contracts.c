/*
 * contracts.c — messages that follow (or break) a channel's contract.
 *
 * The fuzzer links the tables contractc generates (the kernel checks every
 * message against the same tables), so it knows which message each end
 * may send in its current state, each message's size and where its handle
 * fields are. It sends valid messages with random bodies and random handles
 * in their fields, in whatever state its channels are in; a message that
 * breaks the contract kills the sender, so it sends one only as an
 * instance's last call (fuzz_send_violation), after its report.
 */
#include "fuzz.h"

#include "bench_table.h"
#include "console_table.h"
#include "disk_table.h"
#include "fs_table.h"
#include "nameservice_table.h"
#include "pingpong_table.h"
#include "service_table.h"

static const contract_table_t *const tables[] = {
    &contract_table_Service, &contract_table_PingPong, &contract_table_ServiceProvider,
    &contract_table_NameService, &contract_table_Console, &contract_table_File,
    &contract_table_Fs, &contract_table_Bench, &contract_table_NsAdmin, &contract_table_Disk,
};

uint32_t contract_count(void)
{
    return sizeof(tables) / sizeof(tables[0]);
}

const contract_table_t *contract_by_index(uint32_t i)
{
    return tables[i % contract_count()];
}

const contract_table_t *contract_by_id(uint32_t id)
{
    for (uint32_t i = 0; i < contract_count(); i++) {
        if (tables[i]->id == id)
            return tables[i];
    }
    return NULL;
}

static contract_dir_t send_dir(uint16_t side)
{
    return side == CONTRACT_SIDE_IMP ? CONTRACT_DIR_IN : CONTRACT_DIR_OUT;
}

/* Asks the kernel about `ep` (one call); false if it is not a live endpoint. */
ABI_DIRECT static bool endpoint_status(abi_handle_t ep)
{
    count_call();
    return fz.abi->chan_status(ep, &fz.status) == ABI_OK;
}

/* Would the kernel call this send a contract violation (fz.status is ep's)? */
static bool violates(uint64_t msg_id, uint64_t len)
{
    const contract_table_t *t = contract_by_id(fz.status.contract_id);
    uint16_t next;
    if (t == NULL || msg_id > UINT16_MAX)
        return true;
    if (contract_step(t, fz.status.state, (uint16_t)msg_id, send_dir(fz.status.side), &next) !=
        CONTRACT_STEP_OK)
        return true;
    return len != t->messages[msg_id].wire_size;
}

bool send_would_violate(abi_handle_t ep, uint64_t msg_id, uint64_t len)
{
    if (!endpoint_status(ep) || fz.status.closed)
        return false;    /* refused before the contract is looked at */
    return violates(msg_id, len);
}

/* A handle for a field: usually one of the right kind (for an endpoint,
   of the right contract and side), sometimes not. */
static abi_handle_t field_handle(const contract_field_t *f)
{
    abi_handle_t h = 0;
    if ((f->kind & CONTRACT_FIELD_NULLABLE) && rng_chance(4))
        return 0;    /* absent */
    if (rng_chance(5))
        return gen_handle();
    if (contract_field_kind(f) == CONTRACT_FIELD_ENDPOINT && !rng_chance(4))
        h = pool_endpoint_of(f->contract_id, f->side);
    if (h != 0)
        return h;
    return gen_handle_of(contract_field_kind(f) == CONTRACT_FIELD_ENDPOINT ? KIND_ENDPOINT : KIND_XBLOCK);
}

/* Random body of `m` at BODY_AT with handles in its fields. */
static void body_build(const contract_message_t *m)
{
    for (uint32_t i = 0; i < m->wire_size; i++)
        scratch[BODY_AT + i] = (uint8_t)rng_next();
    for (uint16_t i = 0; i < m->field_count; i++) {
        abi_handle_t h = field_handle(&m->fields[i]);
        __builtin_memcpy(&scratch[BODY_AT + m->fields[i].offset], &h, sizeof(h));
    }
}

/* The message ids `side` may send from `state` of `t`, at most `max`. */
static uint32_t allowed(const contract_table_t *t, uint16_t state, uint16_t side, uint16_t *ids,
                        uint32_t max)
{
    uint32_t n = 0;
    const contract_state_t *s = &t->states[state];
    for (uint16_t i = 0; i < s->transition_count && n < max; i++) {
        const contract_transition_t *tr = &t->transitions[s->first_transition + i];
        if (tr->dir == send_dir(side))
            ids[n++] = tr->msg_id;
    }
    return n;
}

ABI_DIRECT static void send_built(abi_handle_t ep, const contract_message_t *m)
{
    abi_handle_t moved[CHAN_FIELDS_MAX];
    uint16_t count = m->field_count < CHAN_FIELDS_MAX ? m->field_count : CHAN_FIELDS_MAX;
    for (uint16_t i = 0; i < count; i++)
        __builtin_memcpy(&moved[i], &scratch[BODY_AT + m->fields[i].offset], sizeof(moved[i]));
    count_call();
    abi_status_t st = fz.abi->chan_send(ep, m->id, &scratch[BODY_AT], m->wire_size);
    must_refuse("chan_send", is_stale(ep), st);
    for (uint16_t i = 0; st == ABI_OK && i < count; i++)
        pool_mark_stale(moved[i]);    /* what a message carries leaves the sender */
}

/* One message its contract allows now, on one of the fuzzer's endpoints. */
void fuzz_send_valid(void)
{
    abi_handle_t ep = 0;
    for (int tries = 0; tries < 2 && ep == 0; tries++) {
        abi_handle_t h = gen_handle_of(KIND_ENDPOINT);
        if (h != 0 && endpoint_status(h) && !fz.status.closed)
            ep = h;    /* one whose peer is still there */
    }
    if (ep == 0)
        return;
    const contract_table_t *t = contract_by_id(fz.status.contract_id);
    uint16_t ids[16];
    uint32_t n = t != NULL ? allowed(t, fz.status.state, fz.status.side, ids, 16) : 0;
    if (n == 0)
        return;    /* this end must receive first */
    const contract_message_t *m = &t->messages[ids[rng_below(n)]];
    body_build(m);
    send_built(ep, m);
}

/* The last call of an instance that ends by breaking a contract: a message
   its endpoint's state does not allow, or of the wrong size. Chosen (with
   the calls that takes) before the report, sent after it. */
static struct {
    abi_handle_t ep;
    uint64_t msg_id, len;
} violation;

ABI_DIRECT bool fuzz_send_violation_prepare(bool big_id)
{
    violation.ep = gen_handle_of(KIND_ENDPOINT);
    if (violation.ep == 0 || !endpoint_status(violation.ep) || fz.status.closed) {
        static abi_handle_t imp, exp;
        count_call();
        if (fz.abi->chan_create(PingPong_CONTRACT_ID, &imp, &exp) != ABI_OK)
            return false;
        violation.ep = imp;
        if (!endpoint_status(imp))
            return false;
    }
    do {
        violation.msg_id = big_id ? 0x10000 + rng_below(1u << 20)
                         : rng_chance(8) ? gen_number() : rng_below(8);
        violation.len = rng_chance(2) ? gen_length() % 1025 : 8;
    } while (!violates(violation.msg_id, violation.len));
    for (uint32_t i = 0; i < 1024; i++)
        scratch[BODY_AT + i] = (uint8_t)rng_next();
    return true;
}

ABI_DIRECT void fuzz_send_violation(void)
{
    count_call();
    abi_status_t st = fz.abi->chan_send(violation.ep, (uint32_t)violation.msg_id,
                                        &scratch[BODY_AT], violation.len);
    finding("chan_send", "a message the contract forbids did not end the sender", st);
}

/* Takes note of the handles a received message carried. */
void learn_received(uint32_t msg_id, const addr_t *buf, uint64_t len, uint32_t contract_id)
{
    const contract_table_t *t = contract_by_id(contract_id);
    if (t == NULL || msg_id >= t->message_count || !addr_is_own(buf))
        return;
    const contract_message_t *m = &t->messages[msg_id];
    if (len != m->wire_size) {
        finding("chan_recv", "a message arrived with the wrong size", (int64_t)len);
        return;
    }
    for (uint16_t i = 0; i < m->field_count; i++) {
        abi_handle_t h;
        __builtin_memcpy(&h, (const uint8_t *)(uintptr_t)buf->value + m->fields[i].offset,
                         sizeof(h));
        if (h == 0 && (m->fields[i].kind & CONTRACT_FIELD_NULLABLE))
            continue;    /* an absent nullable field: nothing arrived */
        if (contract_field_kind(&m->fields[i]) == CONTRACT_FIELD_ENDPOINT)
            pool_add_endpoint(h, m->fields[i].contract_id, m->fields[i].side);
        else
            pool_add(h, KIND_XBLOCK);
    }
}
