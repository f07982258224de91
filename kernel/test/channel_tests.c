/*
 * channel_tests.c — channels between SIPs end to end: request/reply, an
 * endpoint passed in a message and used by its new owner, a contract
 * violation that kills the violator while the peer learns why, and SIPs
 * killed mid-conversation leaving nothing behind.
 */
#include "channel.h"
#include "frame.h"
#include "heap.h"
#include "nameservice_table.h"
#include "pingpong_table.h"
#include "ktest.h"
#include "platform.h"
#include "sip.h"
#include "timer.h"

#define PINGPONG_ID PingPong_CONTRACT_ID
#define WAIT_NS 20000000000ull

typedef struct {
    sip_state_t state;
    int code;
    char reason[SIP_REASON_MAX];
} outcome_t;

/* Spawns `image` holding endpoint `ep` (closed here if the spawn fails). */
static err_t spawn_with(const char *image, const char *args, endpoint_t *ep, sip_t **out)
{
    sip_spawn_request_t req = { .image = image, .args = args,
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20,
                                .endpoint_count = 1, .endpoints = { ep } };
    bool enabled = irq_save();
    err_t rc = sip_spawn(&req, out);
    if (rc != OK)
        endpoint_close(ep, "spawn failed");
    irq_restore(enabled);
    return rc;
}

static outcome_t finish(sip_t *s)
{
    outcome_t o = { .state = SIP_RUNNING, .code = 0 };
    if (sip_wait(s, WAIT_NS) == OK) {
        o.state = s->state;
        o.code = s->exit_code;
        for (int i = 0; i < SIP_REASON_MAX; i++)
            o.reason[i] = s->reason[i];
    }
    sip_release(s);
    return o;
}

/* Creates a channel, starts `client` on the importing end and `server` on the other. */
static const char *pair_run(uint32_t contract, const char *server, const char *server_args,
                            const char *client, const char *client_args, outcome_t *so,
                            outcome_t *co)
{
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t rc = channel_create(contract, NULL, &imp, &exp);
    irq_restore(enabled);
    if (rc != OK)
        return ktest_fail("channel_create: %s", err_name(rc));
    sip_t *s, *c;
    if ((rc = spawn_with(server, server_args, exp, &s)) != OK) {
        endpoint_close(imp, "test gave up");
        return ktest_fail("spawning %s: %s", server, err_name(rc));
    }
    if ((rc = spawn_with(client, client_args, imp, &c)) != OK) {
        *so = finish(s);
        return ktest_fail("spawning %s: %s", client, err_name(rc));
    }
    *co = finish(c);
    *so = finish(s);
    return NULL;
}

static const char *expect_exit0(const char *who, const outcome_t *o)
{
    if (o->state != SIP_EXITED || o->code != 0)
        return ktest_fail("%s: state %d code %d %s", who, o->state, o->code, o->reason);
    return NULL;
}

static const char *test_chan_request_reply(void)
{
    outcome_t so, co;
    const char *why = pair_run(PINGPONG_ID, "pong.sip", "", "ping.sip", "1000", &so, &co);
    if (why == NULL)
        why = expect_exit0("ping", &co);
    return why != NULL ? why : expect_exit0("pong", &so);
}

static const char *test_chan_endpoint_passing(void)
{
    outcome_t so, co;
    const char *why = pair_run(ServiceProvider_CONTRACT_ID, "provider.sip", "", "connector.sip",
                               "", &so, &co);
    if (why == NULL)
        why = expect_exit0("connector", &co);
    return why != NULL ? why : expect_exit0("provider", &so);
}

static const char *test_chan_violation(void)
{
    outcome_t so, co;
    const char *why = pair_run(PINGPONG_ID, "pong.sip", "expect-violation", "ping.sip",
                               "violate", &so, &co);
    if (why != NULL)
        return why;
    bool killed = co.state == SIP_KILLED && co.reason[0] == 'c';
    if (!killed)
        return ktest_fail("violator: state %d code %d '%s'", co.state, co.code, co.reason);
    return expect_exit0("pong (the peer)", &so);
}

/* 1000 conversations whose client dies mid-way holding a block: nothing leaks. */
static const char *test_chan_kill_mid_conversation(void)
{
    outcome_t so, co;
    const char *why = pair_run(PINGPONG_ID, "pong.sip", "", "ping.sip", "die", &so, &co);
    if (why != NULL)
        return why;
    /* The baseline is taken as the end is: after a yield, so that what the
     * warm-up's ended SIPs leave to the reaper is gone in both (without it
     * the count once rose by 16 frames: a late free, not a leak). */
    thread_yield();
    uint64_t frames = frame_free_settled(), heap = heap_bytes_in_use();
    uint32_t threads = thread_count(), sips = sip_live_count();
    for (int i = 0; i < 1000; i++) {
        why = pair_run(PINGPONG_ID, "pong.sip", "", "ping.sip", "die", &so, &co);
        if (why != NULL)
            return why;
        if (co.state != SIP_KILLED || so.state != SIP_EXITED)
            return ktest_fail("round %d: client %d, server %d code %d", i, co.state, so.state,
                              so.code);
    }
    thread_yield();
    if (frame_free_settled() != frames || heap_bytes_in_use() != heap)
        return ktest_fail("frames %lu -> %lu, heap %lu -> %lu", (unsigned long)frames,
                          (unsigned long)frame_free_settled(), (unsigned long)heap,
                          (unsigned long)heap_bytes_in_use());
    KT_ASSERT(thread_count() == threads && sip_live_count() == sips);
    return NULL;
}

/* A table whose one message has `fields` handle fields (blocks). */
static err_t limits_of(uint16_t fields)
{
    static contract_field_t many[CHAN_MAX_TRANSFERS + 1];
    for (uint16_t i = 0; i < fields; i++)
        many[i] = (contract_field_t){ .kind = CONTRACT_FIELD_BYTES, .offset = (uint16_t)(8 * i),
                                      .max_bytes = 16 };
    contract_message_t m = { .name = "Many", .wire_size = 8u * fields, .field_count = fields,
                             .fields = many };
    contract_table_t c = { .name = "Synthetic", .message_count = 1, .messages = &m };
    return contract_check_limits(&c);
}

/* One limit on handles per message (CONTRACT_MAX_HANDLES), which contractc
 * checks too: every known contract is within it, and a table past it is
 * refused (channel_create would return ERR_RANGE). */
static const char *test_chan_handle_limit(void)
{
    _Static_assert(CHAN_MAX_TRANSFERS == CONTRACT_MAX_HANDLES, "one limit");
    for (size_t i = 0; contract_known(i) != NULL; i++) {
        if (contract_check_limits(contract_known(i)) != OK)
            return ktest_fail("contract %s is past the handle limit", contract_known(i)->name);
    }
    KT_ASSERT(limits_of(CHAN_MAX_TRANSFERS) == OK);
    KT_ASSERT(limits_of(CHAN_MAX_TRANSFERS + 1) == ERR_RANGE);
    return NULL;
}

static void name_copy(char *dst, const char *src)
{
    size_t i = 0;
    for (; src[i] != '\0' && i + 1 < SIP_NAME_MAX; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

static const contract_table_t *contract_named(const char *name)
{
    return contract_find(contract_id_of_name(name));
}

/* Hole 9: the manifest's imports and exports decide which ends a SIP may
 * hold; a declared base admits the contracts extending it; the broker right
 * admits everything; the kernel's ids of manifest names are contractc's. */
static const char *test_chan_manifest_rules(void)
{
    for (size_t i = 0; contract_known(i) != NULL; i++)
        KT_ASSERT(contract_id_of_name(contract_known(i)->name) == contract_known(i)->id);
    static sip_manifest_t m;
    m = (sip_manifest_t){ 0 };
    name_copy(m.imports[0], "Service");
    name_copy(m.exports[3], "PingPong");
    const contract_table_t *service = contract_named("Service"), *fs = contract_named("Fs");
    const contract_table_t *pingpong = contract_named("PingPong"), *bench = contract_named("Bench");
    KT_ASSERT(service != NULL && fs != NULL && pingpong != NULL && bench != NULL);
    KT_ASSERT(contract_is_a(fs, service->id));
    KT_ASSERT(manifest_may_hold(&m, 0, service, CONTRACT_SIDE_IMP));
    KT_ASSERT(manifest_may_hold(&m, 0, fs, CONTRACT_SIDE_IMP));
    KT_ASSERT(!manifest_may_hold(&m, 0, service, CONTRACT_SIDE_EXP));
    KT_ASSERT(manifest_may_hold(&m, 0, pingpong, CONTRACT_SIDE_EXP));
    KT_ASSERT(!manifest_may_hold(&m, 0, pingpong, CONTRACT_SIDE_IMP));
    KT_ASSERT(!manifest_may_hold(&m, 0, bench, CONTRACT_SIDE_IMP));
    KT_ASSERT(manifest_may_hold(&m, SIP_CAP_BROKER, bench, CONTRACT_SIDE_EXP));
    return NULL;
}

/* Bind time: an end handed to a SIP whose manifest does not declare its
 * contract refuses the spawn and stays where it was. */
static const char *test_chan_spawn_undeclared(void)
{
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t rc = channel_create(PINGPONG_ID, NULL, &imp, &exp);
    irq_restore(enabled);
    KT_ASSERT(rc == OK);
    sip_t *s;
    sip_spawn_request_t req = { .image = "hello.sip", .args = "",    /* declares no PingPong */
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20,
                                .endpoint_count = 1, .endpoints = { exp } };
    enabled = irq_save();
    rc = sip_spawn(&req, &s);
    bool untouched = !exp->closed && exp->owner == NULL;
    endpoint_close(exp, "test over");
    endpoint_close(imp, "test over");
    irq_restore(enabled);
    if (rc == OK) {
        sip_kill(s, "test");
        sip_release(s);
    }
    KT_ASSERT(rc == ERR_DENIED && untouched);
    return NULL;
}

const ktest_t channel_tests[] = {
    { "chan_spawn_undeclared", test_chan_spawn_undeclared },
    { "chan_manifest_rules", test_chan_manifest_rules },
    { "chan_handle_limit", test_chan_handle_limit },
    { "chan_request_reply", test_chan_request_reply },
    { "chan_endpoint_passing", test_chan_endpoint_passing },
    { "chan_violation", test_chan_violation },
    { "chan_kill_mid_conversation", test_chan_kill_mid_conversation },
};
const size_t channel_test_count = sizeof(channel_tests) / sizeof(channel_tests[0]);
