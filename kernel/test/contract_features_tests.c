/*
 * contract_features_tests.c — the check of a message's handle fields at a
 * send (message_fields.c): nullable fields (`T?`) take 0 as "absent" and
 * nothing else they would not take anyway; fields without the flag refuse
 * 0; every present block or endpoint is checked as before; a vector's
 * elements below its count are all present and checked, those past it 0,
 * and one bad element refuses the whole message.
 */
#include "channel.h"
#include "channel_test_table.h"
#include "heap.h"
#include "ktest.h"
#include "message_fields.h"
#include "pingpong_table.h"
#include "platform.h"
#include "sip.h"

typedef struct {
    sip_t *sip;
    endpoint_t *sending;     /* the channel the message goes on */
    uint64_t block;          /* a 32-byte block the sender owns */
    uint64_t other_imp, other_exp;    /* ends of another PingPong channel */
    uint64_t sending_imp;    /* the sending channel's other end */
} fixture_t;

/* Gives f->sip a block of `size` bytes, as a receive would. */
static err_t own_block(sip_t *sip, uint64_t size, uint64_t *h)
{
    uint8_t body[8];
    xblock_t *b;
    err_t rc = xblock_create(size, &b);
    if (rc != OK)
        return rc;
    message_slot_t slot = { .transfer_count = 1, .len = 8, .body = body };
    slot.transfers[0] = (transfer_t){ TRANSFER_XBLOCK, 0, b };
    message_handle_write(body, 0);
    rc = sip_transfers_install(sip, &slot);
    if (rc != OK) {
        xblock_destroy(b);
        return rc;
    }
    *h = message_handle_read(body);
    return OK;
}

static err_t fixture_open(fixture_t *f)
{
    endpoint_t *i1, *e1, *i2, *e2;
    uint64_t unused;
    *f = (fixture_t){ .sip = kzalloc(sizeof(sip_t)) };
    if (f->sip == NULL)
        return ERR_NO_MEMORY;
    sip_account_open(f->sip, 1024 * 1024);
    err_t rc = channel_create(PingPong_CONTRACT_ID, f->sip, &i1, &e1);
    if (rc == OK)
        rc = channel_create(PingPong_CONTRACT_ID, f->sip, &i2, &e2);
    if (rc != OK)
        return rc;
    f->sending = e1;
    rc = sip_own_endpoint(f->sip, e1, &unused);
    if (rc == OK)
        rc = sip_own_endpoint(f->sip, i1, &f->sending_imp);
    if (rc == OK)
        rc = sip_own_endpoint(f->sip, i2, &f->other_imp);
    if (rc == OK)
        rc = sip_own_endpoint(f->sip, e2, &f->other_exp);
    return rc == OK ? own_block(f->sip, 32, &f->block) : rc;
}

static void fixture_close(fixture_t *f)
{
    handle_type_t type;
    void *object;
    while (handle_take_any(&f->sip->handles, &type, &object))
        sip_handle_object_drop(f->sip, type, object, "test over");
    sip_account_close(f->sip);
    kfree(f->sip);
}

static const contract_field_t bytes_field = { .kind = CONTRACT_FIELD_BYTES, .offset = 8,
                                              .max_bytes = 32 };
static const contract_field_t bytes_opt = {
    .kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 8, .max_bytes = 32 };
static const contract_field_t small_opt = {
    .kind = CONTRACT_FIELD_STRING | CONTRACT_FIELD_NULLABLE, .offset = 0, .max_bytes = 31 };
static const contract_field_t imp_opt = {
    .kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_NULLABLE, .offset = 16,
    .contract_id = PingPong_CONTRACT_ID, .side = CONTRACT_SIDE_IMP,
    .state = PingPong_STATE_Start };
static const contract_field_t unknown_kind = { .kind = 9 | CONTRACT_FIELD_NULLABLE };

/* The checks, with interrupts off as at a send. */
static const char *field_checks(const fixture_t *f)
{
    transfer_t t;
    /* 0: "absent" only where the field says so. */
    KT_ASSERT(message_field_absent(&bytes_opt, 0) && message_field_absent(&imp_opt, 0));
    KT_ASSERT(!message_field_absent(&bytes_field, 0));
    KT_ASSERT(!message_field_absent(&bytes_opt, f->block));
    KT_ASSERT(message_field_decode(f->sip, f->sending, &bytes_field, 0, &t) == ERR_BAD_HANDLE);
    /* A present block: owned, within the bound. */
    KT_ASSERT(message_field_decode(f->sip, f->sending, &bytes_opt, f->block, &t) == OK);
    KT_ASSERT(t.kind == TRANSFER_XBLOCK && t.offset == 8);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &small_opt, f->block, &t) == ERR_RANGE);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &bytes_opt, f->block + 1, &t) ==
              ERR_BAD_HANDLE);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &bytes_opt, f->other_imp, &t) ==
              ERR_BAD_HANDLE);
    /* A present endpoint: the contract and side asked, not the sending channel. */
    KT_ASSERT(message_field_decode(f->sip, f->sending, &imp_opt, f->other_imp, &t) == OK);
    KT_ASSERT(t.kind == TRANSFER_ENDPOINT && t.offset == 16);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &imp_opt, f->other_exp, &t) ==
              ERR_BAD_HANDLE);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &imp_opt, f->sending_imp, &t) ==
              ERR_BAD_HANDLE);
    KT_ASSERT(message_field_decode(f->sip, f->sending, &imp_opt, f->block, &t) ==
              ERR_BAD_HANDLE);
    /* A kind this kernel does not know moves nothing. */
    KT_ASSERT(message_field_decode(f->sip, f->sending, &unknown_kind, f->block, &t) ==
              ERR_BAD_HANDLE);
    return NULL;
}

static const char *test_message_fields_nullable(void)
{
    fixture_t f;
    bool enabled = irq_save();
    err_t rc = fixture_open(&f);
    const char *why = rc == OK ? field_checks(&f) : ktest_fail("fixture: %d", (int)rc);
    if (f.sip != NULL)
        fixture_close(&f);
    irq_restore(enabled);
    return why;
}

/* `initial state Running`: a channel of ChannelTest@Running starts there,
 * is a ChannelTest (its endpoints pass where a ChannelTest one is asked),
 * and follows ChannelTest's transitions from there. */
static const char *test_chan_initial_state(void)
{
    endpoint_t *imp, *exp, *imp2, *exp2;
    bool enabled = irq_save();
    err_t a = channel_create(ChannelTest_CONTRACT_ID_AT_Running, NULL, &imp, &exp);
    err_t b = channel_create(ChannelTest_CONTRACT_ID, NULL, &imp2, &exp2);
    bool running = a == OK && imp->state == ChannelTest_STATE_Running &&
                   exp->state == ChannelTest_STATE_Running;
    bool start = b == OK && imp2->state == ChannelTest_STATE_Start;
    const contract_table_t *c = a == OK ? imp->chan->contract : NULL;
    bool is_a = c != NULL && contract_is_a(c, ChannelTest_CONTRACT_ID) &&
                !contract_is_a(&contract_table_ChannelTest, c->id);
    uint16_t next = 0xFFFF;
    bool steps = c != NULL &&
                 contract_step(c, imp->state, ChannelTest_MSG_Data, CONTRACT_DIR_IN, &next) ==
                     CONTRACT_STEP_OK &&
                 contract_step(c, imp->state, ChannelTest_MSG_Begin, CONTRACT_DIR_IN, &next) ==
                     CONTRACT_STEP_NOT_ALLOWED;
    if (a == OK) {
        endpoint_close(imp, "test over");
        endpoint_close(exp, "test over");
    }
    if (b == OK) {
        endpoint_close(imp2, "test over");
        endpoint_close(exp2, "test over");
    }
    irq_restore(enabled);
    KT_ASSERT(a == OK && b == OK);
    KT_ASSERT(running && start && is_a && steps);
    KT_ASSERT(contract_find(ChannelTest_CONTRACT_ID_AT_Running) == c);
    return NULL;
}

/* A vector `bytes<32>[..3]`: its count at byte 0, elements at 8, 16, 24. */
#define VEC_FIELD(i)                                                                     \
    { .kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_VECTOR, .offset = 8 + 8 * (i),       \
      .max_bytes = 32, .count_offset = 0, .index = (i) }
static const contract_field_t vector_fields[] = { VEC_FIELD(0), VEC_FIELD(1), VEC_FIELD(2) };
static const contract_message_t vector_message = { .name = "Burst", .wire_size = 32,
                                                   .field_count = 3, .fields = vector_fields };

/* Decodes a Burst of `count` and handles a, b, c. */
static err_t decode_burst(const fixture_t *f, uint8_t count, uint64_t a, uint64_t b, uint64_t c,
                          uint16_t *moved)
{
    uint8_t body[32] = { count };
    transfer_t transfers[CHAN_MAX_TRANSFERS];
    uint64_t handles[CHAN_MAX_TRANSFERS];
    message_handle_write(body + 8, a);
    message_handle_write(body + 16, b);
    message_handle_write(body + 24, c);
    return message_fields_decode(f->sip, f->sending, &vector_message, body, transfers, handles,
                                 moved);
}

/* Every element below the count present and owned; none above. */
static const char *vector_checks(const fixture_t *f, uint64_t b2)
{
    uint16_t n = 99;
    void *object;
    KT_ASSERT(decode_burst(f, 2, f->block, b2, 0, &n) == OK && n == 2);
    KT_ASSERT(decode_burst(f, 0, 0, 0, 0, &n) == OK && n == 0);
    /* One element forged, or not the sender's, in the middle: all refused. */
    KT_ASSERT(decode_burst(f, 3, f->block, f->block + 1, b2, &n) == ERR_BAD_HANDLE);
    KT_ASSERT(decode_burst(f, 3, f->block, f->other_imp, b2, &n) == ERR_BAD_HANDLE);
    /* Absent (0) below the count; a block past it; one block twice. */
    KT_ASSERT(decode_burst(f, 2, f->block, 0, 0, &n) == ERR_BAD_HANDLE);
    KT_ASSERT(decode_burst(f, 1, f->block, b2, 0, &n) == ERR_BAD_HANDLE);
    KT_ASSERT(decode_burst(f, 2, f->block, f->block, 0, &n) == ERR_BAD_HANDLE);
    /* A count past the vector's length asks for elements it does not have:
       the three present ones are checked, the count is the decoder's. */
    KT_ASSERT(decode_burst(f, 200, f->block, b2, 0, &n) == ERR_BAD_HANDLE);
    /* Nothing moved: both blocks are still the sender's. */
    KT_ASSERT(handle_lookup(&f->sip->handles, f->block, HANDLE_XBLOCK, &object) == OK);
    KT_ASSERT(handle_lookup(&f->sip->handles, b2, HANDLE_XBLOCK, &object) == OK);
    return NULL;
}

static const char *test_message_fields_vector(void)
{
    fixture_t f;
    uint64_t b2 = 0;
    bool enabled = irq_save();
    err_t rc = fixture_open(&f);
    if (rc == OK)
        rc = own_block(f.sip, 16, &b2);
    const char *why = rc == OK ? vector_checks(&f, b2) : ktest_fail("fixture: %d", (int)rc);
    if (f.sip != NULL)
        fixture_close(&f);
    irq_restore(enabled);
    return why;
}

const ktest_t contract_features_tests[] = {
    { "message_fields_vector", test_message_fields_vector },
    { "chan_initial_state", test_chan_initial_state },
    { "message_fields_nullable", test_message_fields_nullable },
};
const size_t contract_features_test_count =
    sizeof(contract_features_tests) / sizeof(contract_features_tests[0]);
