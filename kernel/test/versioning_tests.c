/*
 * versioning_tests.c — binding a channel as a base of its contract
 * (channel_narrow, contracts/LANGUAGE.md "Extension"): a Counter2 channel
 * bound as Counter runs Counter's state machine for both ends, so the end
 * that knows only Counter is never sent Counter2's Saturated; the other
 * end's Saturated is refused as "narrowed away" (ERR_WRONG_CONTRACT at the
 * ABI), not as a violation; and narrowing is refused once the conversation
 * went where Counter cannot follow.
 */
#include "channel.h"
#include "counter2_table.h"
#include "counter_table.h"
#include "ktest.h"
#include "pingpong_table.h"
#include "platform.h"

/* A message from `ep`, checked as chan_send does, then queued at the peer. */
static bool send(endpoint_t *ep, uint16_t msg_id)
{
    uint8_t body[16] = { 0 };
    uint32_t len = ep->chan->created->messages[msg_id].wire_size;
    char why[64];
    uint16_t next;
    if (len > sizeof(body) || channel_check_send_step(ep, msg_id, len, &next, why,
                                                      sizeof(why)) != OK)
        return false;
    channel_deliver(ep, msg_id, body, len, NULL, 0);
    return true;
}

/* Whether a send from `ep` is refused, and refused as narrowed away. */
static bool narrowed_away(endpoint_t *ep, uint16_t msg_id)
{
    uint32_t len = ep->chan->created->messages[msg_id].wire_size;
    char why[64];
    uint16_t next;
    return channel_check_send_step(ep, msg_id, len, &next, why, sizeof(why)) != OK &&
           channel_narrowed_away(ep, msg_id, len);
}

static void close_both(endpoint_t *imp, endpoint_t *exp)
{
    endpoint_close(imp, "test over");
    endpoint_close(exp, "test over");
}

/* Bound as Counter after Hello: Counter's machine, for both ends. */
static const char *test_narrow_to_base(void)
{
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t created = channel_create(Counter2_CONTRACT_ID, NULL, &imp, &exp);
    if (created != OK) {
        irq_restore(enabled);
        KT_ASSERT(created == OK);
    }
    bool hello = send(exp, Counter2_MSG_Hello);
    err_t unrelated = channel_narrow(imp->chan, PingPong_CONTRACT_ID);
    err_t narrowed = channel_narrow(imp->chan, Counter_CONTRACT_ID);
    bool runs_base = imp->chan->contract == contract_find(Counter_CONTRACT_ID) &&
                     imp->chan->created == contract_find(Counter2_CONTRACT_ID);
    err_t again = channel_narrow(imp->chan, Counter_CONTRACT_ID);
    err_t widen = channel_narrow(imp->chan, Counter2_CONTRACT_ID);
    endpoint_pop(imp);
    bool get = send(imp, Counter2_MSG_Get);
    endpoint_pop(exp);
    /* Answering: Counter2 allows Saturated there, Counter does not. */
    bool saturated_refused = !send(exp, Counter2_MSG_Saturated) &&
                             narrowed_away(exp, Counter2_MSG_Saturated);
    /* Neither contract allows Goodbye from the exp end: a violation. */
    bool violation = !narrowed_away(exp, Counter2_MSG_Goodbye);
    bool value = send(exp, Counter2_MSG_Value);
    endpoint_pop(imp);
    /* Ready: Counter2's Reset is refused from the end that bound Counter too. */
    bool reset_refused = !send(imp, Counter2_MSG_Reset) && narrowed_away(imp, Counter2_MSG_Reset);
    close_both(imp, exp);
    irq_restore(enabled);
    KT_ASSERT(hello && unrelated == ERR_WRONG_CONTRACT && narrowed == OK && runs_base);
    KT_ASSERT(again == OK && widen == ERR_WRONG_CONTRACT);
    KT_ASSERT(get && saturated_refused && reset_refused && violation && value);
    return NULL;
}

/* A Counter2 message queued, or a Counter2 state reached: refused. */
static const char *test_narrow_refused_beyond_base(void)
{
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t created = channel_create(Counter2_CONTRACT_ID, NULL, &imp, &exp);
    if (created != OK) {
        irq_restore(enabled);
        KT_ASSERT(created == OK);
    }
    bool hello = send(exp, Counter2_MSG_Hello);
    endpoint_pop(imp);
    bool reset = send(imp, Counter2_MSG_Reset);
    err_t queued = channel_narrow(imp->chan, Counter_CONTRACT_ID);      /* Reset queued */
    endpoint_pop(exp);
    err_t in_reset = channel_narrow(imp->chan, Counter_CONTRACT_ID);    /* both in Ready#n */
    bool ack = send(exp, Counter2_MSG_AckReset);
    err_t ack_queued = channel_narrow(imp->chan, Counter_CONTRACT_ID);  /* AckReset queued */
    endpoint_pop(imp);
    err_t back = channel_narrow(imp->chan, Counter_CONTRACT_ID);        /* both in Ready */
    bool still_base = imp->chan->contract == contract_find(Counter_CONTRACT_ID);
    close_both(imp, exp);
    irq_restore(enabled);
    KT_ASSERT(hello && reset && ack);
    KT_ASSERT(queued == ERR_BUSY && in_reset == ERR_BUSY && ack_queued == ERR_BUSY);
    KT_ASSERT(back == OK && still_base);
    return NULL;
}

const ktest_t versioning_tests[] = {
    { "narrow_to_base", test_narrow_to_base },
    { "narrow_refused_beyond_base", test_narrow_refused_beyond_base },
};
const size_t versioning_test_count = sizeof(versioning_tests) / sizeof(versioning_tests[0]);
