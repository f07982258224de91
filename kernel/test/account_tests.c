/*
 * account_tests.c — a SIP's accounting (sip_account.c) and what rests on
 * it: reserve/charge/uncharge and their invariant, quota trading between
 * parents and children (issue 10, hole 8), charges held by blocks in
 * flight that pass to the parent when the sender ends, a receive that would pass the
 * quota refused with the message intact (hole 4), and a busy SIP killed
 * with everything it held coming back (hole 12).
 */
#include "channel.h"
#include "frame.h"
#include "heap.h"
#include "ktest.h"
#include "pingpong_table.h"
#include "platform.h"
#include "sip.h"
#include "thread.h"
#include "timer.h"

#define KIB 1024u
#define WAIT_NS 10000000000ull

/* A bare sip_t with an open account: no image, no threads. */
static sip_t *bare_sip(uint64_t quota)
{
    sip_t *s = kzalloc(sizeof(*s));
    if (s != NULL)
        sip_account_open(s, quota);
    return s;
}

static const char *test_account_reserve_charge(void)
{
    sip_t *s = bare_sip(64 * KIB);
    KT_ASSERT(s != NULL);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = 64 * KIB }) == OK);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = 64 * KIB + 1 }) == ERR_QUOTA);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = UINT64_MAX }) == ERR_QUOTA);
    sip_charge(s, 60 * KIB);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = 4 * KIB }) == OK);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = 8 * KIB }) == ERR_QUOTA);
    sip_charge(s, 4 * KIB);
    /* Full: nothing more, and the difference does not wrap. */
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .bytes = 1 }) == ERR_QUOTA);
    sip_uncharge(s, 64 * KIB);
    KT_ASSERT(sip_charged(s) == 0);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .handles = HANDLE_TABLE_SIZE }) == OK);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .handles = HANDLE_TABLE_SIZE + 1 }) == ERR_QUOTA);
    KT_ASSERT(sip_reserve(s, (sip_need_t){ .regions = SIP_MAX_REGIONS + 1 }) == ERR_QUOTA);
    sip_account_close(s);
    kfree(s);
    return NULL;
}

/* P grants C half, C grants G a quarter; C ends: G and its quota move to P. */
static const char *test_account_quota_trading(void)
{
    sip_t *p = bare_sip(1024 * KIB), *c = bare_sip(512 * KIB), *g = bare_sip(256 * KIB);
    KT_ASSERT(p != NULL && c != NULL && g != NULL);
    sip_account_adopt(p, c);
    KT_ASSERT(sip_charged(p) == 512 * KIB);
    KT_ASSERT(sip_reserve(p, (sip_need_t){ .bytes = 600 * KIB }) == ERR_QUOTA);
    KT_ASSERT(sip_reserve(c, (sip_need_t){ .bytes = 256 * KIB }) == OK);
    sip_account_adopt(c, g);
    KT_ASSERT(sip_charged(c) == 256 * KIB && sip_children_quota(c) == 256 * KIB);
    sip_account_close(c);
    KT_ASSERT(g->account.parent == p);
    KT_ASSERT(sip_charged(p) == 256 * KIB && sip_children_quota(p) == 256 * KIB);
    sip_account_close(g);
    KT_ASSERT(sip_charged(p) == 0 && p->account.children == NULL);
    sip_account_close(p);
    kfree(g);
    kfree(c);
    kfree(p);
    return NULL;
}

/* A block in flight stays charged to its sender; when the sender ends the
 * charge passes to its parent, and goes when the block is destroyed. */
static const char *test_account_held_charge(void)
{
    sip_t *p = bare_sip(256 * KIB), *c = bare_sip(64 * KIB);
    xblock_t *b;
    KT_ASSERT(p != NULL && c != NULL && xblock_create(16 * KIB, &b) == OK);
    bool enabled = irq_save();
    sip_account_adopt(p, c);
    sip_charge_hold(c, &b->flight, 16 * KIB);
    bool on_sender = sip_charged(c) == 16 * KIB && b->flight.payer == c;
    bool full = sip_reserve(c, (sip_need_t){ .bytes = 48 * KIB + 1 }) == ERR_QUOTA;
    sip_account_close(c);
    bool on_parent = b->flight.payer == p && sip_charged(p) == 16 * KIB;
    xblock_destroy(b);
    irq_restore(enabled);
    KT_ASSERT(on_sender && full && on_parent);
    KT_ASSERT(sip_charged(p) == 0 && p->account.held == NULL);
    sip_account_close(p);
    kfree(c);
    kfree(p);
    return NULL;
}

/* A message carrying one fresh block of `size` bytes, as a send leaves it. */
static err_t block_message(uint64_t size, message_slot_t *slot, uint8_t *body)
{
    xblock_t *b;
    err_t rc = xblock_create(size, &b);
    if (rc != OK)
        return rc;
    *slot = (message_slot_t){ .transfer_count = 1, .len = 8, .body = body };
    slot->transfers[0] = (transfer_t){ TRANSFER_XBLOCK, 0, b };
    message_handle_write(body, 0);
    return OK;
}

/* Hole 4: a receive past the quota is refused and changes nothing. */
static const char *test_account_receive_over_quota(void)
{
    uint8_t body[8];
    message_slot_t slot;
    KT_ASSERT(block_message(16 * KIB, &slot, body) == OK);
    uint64_t frames = frame_free_settled();    /* the block's 4 pages are out */
    sip_t *small = bare_sip(12 * KIB), *big = bare_sip(16 * KIB);
    KT_ASSERT(small != NULL && big != NULL);
    bool enabled = irq_save();
    err_t refused = sip_transfers_install(small, &slot);
    bool unchanged = slot.transfer_count == 1 && sip_charged(small) == 0 &&
                     small->handles.used == 0 && small->region_count == 0;
    err_t taken = sip_transfers_install(big, &slot);
    uint64_t h = message_handle_read(body);
    bool owned = slot.transfer_count == 0 && sip_charged(big) == 16 * KIB &&
                 sip_owns(big, ((xblock_t *)big->handles.slots[0].object)->base, 16 * KIB, true);
    handle_type_t type;
    void *object;
    while (handle_take_any(&big->handles, &type, &object))
        sip_handle_object_drop(big, type, object, "test over");
    irq_restore(enabled);
    KT_ASSERT(refused == ERR_QUOTA && unchanged);
    KT_ASSERT(taken == OK && h != 0 && owned);
    KT_ASSERT(sip_charged(big) == 0);
    sip_account_close(small);
    sip_account_close(big);
    kfree(small);
    kfree(big);
    if (frame_free_settled() < frames + 4)
        return ktest_fail("free frames %lu -> %lu: the block was not freed",
                          (unsigned long)frames, (unsigned long)frame_free_settled());
    return NULL;
}

/* The region hint (kernel/sip_memory.c): the index of the region a thread
 * last found a buffer in is only a hint. Once that region is gone (a block
 * sent away) or another region took its index, a range in the old region
 * is refused. Was attack R97, which SIP code can no longer express
 * (SIP-LIB-XBLOCK: no view into a block). */
static const char *test_sip_owns_region_hint(void)
{
    sip_t *s = bare_sip(64 * KIB);
    KT_ASSERT(s != NULL);
    const uint64_t a = 0x40000000, b = 0x40100000, c = 0x40200000;
    KT_ASSERT(sip_region_add(s, a, 2, REGION_XBLOCK, true) == OK);
    KT_ASSERT(sip_region_add(s, b, 1, REGION_HEAP, true) == OK);
    KT_ASSERT(sip_region_add(s, c, 1, REGION_XBLOCK, false) == OK);
    thread_t t = { .sip = s };
    KT_ASSERT(sip_owns_as(s, &t, a + 100, 16, true));
    KT_ASSERT(t.region_hint == 0);
    sip_region_forget(s, a);    /* the last region (c) takes index 0 */
    KT_ASSERT(!sip_owns_as(s, &t, a + 100, 16, false));
    KT_ASSERT(sip_owns_as(s, &t, c, 16, false));
    KT_ASSERT(!sip_owns_as(s, &t, c, 16, true));    /* read-only stays so */
    KT_ASSERT(t.region_hint == 0);
    sip_region_forget(s, c);    /* the hint now names no region at all */
    KT_ASSERT(!sip_owns_as(s, &t, c, 16, false));
    KT_ASSERT(sip_owns_as(s, &t, b + PAGE_SIZE - 16, 16, true));
    KT_ASSERT(!sip_owns_as(s, &t, b + PAGE_SIZE - 16, 17, true));    /* runs past */
    sip_region_forget(s, b);
    sip_account_close(s);
    kfree(s);
    return NULL;
}

/* Hole 12: a spinning SIP holding a channel end is killed; the peer learns
 * why; every frame, thread, handle and sip_t comes back. */
static const char *test_sip_kill_busy(void)
{
    sip_t *warm;    /* a first spawn fills the loader's cache of checked images */
    sip_spawn_request_t first = { .image = "spinner.sip", .args = "1",
                                  .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20 };
    KT_ASSERT(sip_spawn(&first, &warm) == OK);
    KT_ASSERT(sip_wait(warm, WAIT_NS) == OK);
    sip_release(warm);
    thread_sleep_ns(1000000);    /* a switch reaps the threads that ended */
    uint64_t frames = frame_free_settled(), heap = heap_bytes_in_use();
    uint32_t threads = thread_count(), sips = sip_live_count();
    endpoint_t *imp, *exp;
    bool enabled = irq_save();
    err_t rc = channel_create(PingPong_CONTRACT_ID, NULL, &imp, &exp);
    irq_restore(enabled);
    KT_ASSERT(rc == OK);
    sip_spawn_request_t req = { .image = "spinner.sip", .args = "100000",
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = 1u << 20,
                                .endpoint_count = 1, .endpoints = { exp } };
    sip_t *s;
    if ((rc = sip_spawn(&req, &s)) != OK) {
        endpoint_close(imp, "test gave up");
        return ktest_fail("spawning spinner.sip: %s", err_name(rc));
    }
    thread_sleep_ns(50000000);
    bool spinning = s->state == SIP_RUNNING && s->threads != NULL && s->threads->ticks_run > 0;
    sip_kill(s, "killed by the self-test");
    bool wait_ok = sip_wait(s, WAIT_NS) == OK;
    bool emptied = s->state == SIP_KILLED && s->handles.used == 0 && s->region_count == 0 &&
                   s->thread_count == 0 && sip_charged(s) == 0;
    enabled = irq_save();
    bool told = endpoint_peer_closed(imp) && imp->chan->close_reason[0] == 'k';
    endpoint_close(imp, "test over");
    irq_restore(enabled);
    sip_release(s);
    thread_sleep_ns(1000000);
    KT_ASSERT(spinning && wait_ok && emptied && told);
    if (frame_free_settled() != frames || heap_bytes_in_use() != heap)
        return ktest_fail("frames %lu -> %lu, heap %lu -> %lu", (unsigned long)frames,
                          (unsigned long)frame_free_settled(), (unsigned long)heap,
                          (unsigned long)heap_bytes_in_use());
    KT_ASSERT(thread_count() == threads && sip_live_count() == sips);
    return NULL;
}

/* A spinner started by `parent` (NULL: the kernel) with `quota`. */
static err_t spinner(sip_t *parent, uint64_t quota, sip_t **out)
{
    sip_spawn_request_t req = { .image = "spinner.sip", .args = "100000",
                                .priority = THREAD_PRIORITY_DEFAULT, .quota_bytes = quota,
                                .parent = parent };
    bool enabled = irq_save();
    err_t rc = sip_spawn(&req, out);
    irq_restore(enabled);
    return rc;
}

/* The kill entry's tree: a parent, its child and grandchild, all spinning,
 * end together; each quota went up while they lived and nothing leaks. */
static const char *test_sip_kill_tree(void)
{
    uint64_t frames = frame_free_settled(), heap = heap_bytes_in_use();
    uint32_t threads = thread_count(), sips = sip_live_count();
    sip_t *a, *b, *c;
    KT_ASSERT(spinner(NULL, 1u << 20, &a) == OK);
    KT_ASSERT(spinner(a, 512 * KIB, &b) == OK);
    KT_ASSERT(spinner(b, 256 * KIB, &c) == OK);
    bool over = spinner(b, 512 * KIB, &c) == ERR_QUOTA;    /* b has less than that left */
    bool charged = sip_children_quota(a) == 512 * KIB && sip_children_quota(b) == 256 * KIB;
    thread_sleep_ns(20000000);
    sip_kill_tree(a, "killed by the self-test");
    bool all = a->state == SIP_KILLED && b->state == SIP_KILLED && c->state == SIP_KILLED;
    sip_release(c);
    sip_release(b);
    sip_release(a);
    thread_sleep_ns(1000000);
    KT_ASSERT(over && charged && all);
    KT_ASSERT(frame_free_settled() == frames && heap_bytes_in_use() == heap);
    KT_ASSERT(thread_count() == threads && sip_live_count() == sips);
    return NULL;
}

const ktest_t account_tests[] = {
    { "account_reserve_charge", test_account_reserve_charge },
    { "account_quota_trading", test_account_quota_trading },
    { "account_held_charge", test_account_held_charge },
    { "account_receive_over_quota", test_account_receive_over_quota },
    { "sip_owns_region_hint", test_sip_owns_region_hint },
    { "sip_kill_busy", test_sip_kill_busy },
    { "sip_kill_tree", test_sip_kill_tree },
};
const size_t account_test_count = sizeof(account_tests) / sizeof(account_tests[0]);
