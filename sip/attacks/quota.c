/*
 * attack-quota — tries to take more memory than its quota, to starve the
 * kernel and the other SIPs. Every page a SIP takes is charged to its own
 * quota (set by the spawner); past it the kernel refuses and the stdlib's
 * allocator returns NULL with ERR_QUOTA. The SIP survives, its earlier
 * objects are intact, and it exits cleanly with the refusal status.
 *
 * Modes (args) and the expected exit code:
 *   heap     new() of 4 KiB objects until refused     -> ERR_QUOTA (-5)
 *   xblock   exchange-heap blocks of 16 KiB until refused -> ERR_QUOTA (-5)
 *   recv     memory that arrives by channel: endpoint 0 is the exporting
 *            end of a Bench channel on which the runner sent a 64 KiB
 *            block; the quota is filled with 16 KiB blocks, then the block
 *            received. Charged without a check (as before: issue 10, hole
 *            4) the charge passes the quota and `quota - charged` wraps, so
 *            the SIP may take memory without limit. The receive must be
 *            refused, the message left queued, and received intact once
 *            room is made                              -> ERR_QUOTA (-5)
 *   park     memory parked in flight: 64 KiB blocks sent into channels of
 *            its own and never received. Uncharged at the send (as before),
 *            they let it hold any number of blocks; a block in flight stays
 *            charged to its sender, so it is refused once what it holds and
 *            what it parked reach the quota            -> ERR_QUOTA (-5)
 * A positive code names what went wrong: no refusal (10), another error
 * (the status is printed), damaged earlier objects (11), the refused
 * message lost or damaged (12), a step that should work failed (13).
 */
#include <insula/stdlib.h>

#include "bench.h"

SIP_MANIFEST("attack-quota", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "Bench" }, .exports = { "Bench" });

#define MAX_OBJECTS 4096

typedef struct page_object {
    struct page_object *next;
    uint64_t serial;
    uint8_t fill[4096 - 16];
} page_object_t;

/* Allocates until refused; checks every object kept its contents. */
static int heap(void)
{
    page_object_t *head = NULL;
    uint64_t count = 0;
    for (; count < MAX_OBJECTS; count++) {
        page_object_t *o = new(page_object_t);
        if (o == NULL)
            break;
        o->serial = count;
        o->fill[sizeof(o->fill) - 1] = (uint8_t)count;
        o->next = head;
        head = o;
    }
    err_t why = heap_last_error();
    print("attack-quota: %llu objects of 4 KiB, then %s\n", (unsigned long long)count,
          err_name(why));
    if (count == MAX_OBJECTS)
        return 10;
    uint64_t expect = count;
    for (page_object_t *o = head; o != NULL; o = o->next) {
        expect--;
        if (o->serial != expect || o->fill[sizeof(o->fill) - 1] != (uint8_t)expect)
            return 11;
    }
    return expect == 0 ? why : 11;
}

static int xblock(void)
{
    static char chunk[16 * 1024 + 1];    /* the view stops at the last byte, a NUL */
    for (size_t i = 0; i + 1 < sizeof(chunk); i++)
        chunk[i] = 'q';
    uint64_t count = 0;
    xblock_result_t r = { .err = OK };
    for (; count < MAX_OBJECTS && r.err == OK; count++)
        r = xblock_from_str(str_from_array(chunk));
    print("attack-quota: %llu blocks of 16 KiB, then %s\n", (unsigned long long)count - 1,
          err_name(r.err));
    return r.err == OK ? 10 : r.err;
}

#define RECV_BLOCK (64 * 1024)
#define FILLER (16 * 1024)

static xblock_handle_t held[64];

/* Takes 16 KiB blocks until refused; returns how many it holds. */
static size_t fill_quota(void)
{
    size_t n = 0;
    for (; n < sizeof(held) / sizeof(held[0]); n++) {
        xblock_result_t r = xblock_new(FILLER);
        if (r.err != OK)
            break;
        held[n] = r.block;
    }
    return n;
}

static int recv_past_quota(void)
{
    Bench_exp_t exp = { sip_endpoint(0) };
    if (exp.h == 0)
        return 13;
    size_t n = fill_quota();
    Bench_Data_t got;
    err_t refused = Bench_exp_recv_Data(exp, &got);
    print("attack-quota: %zu blocks of 16 KiB, then a 64 KiB receive: %s\n", n,
          err_name(refused));
    if (refused == OK)
        return 10;
    chan_status_result_t st = chan_status(exp.h);
    if (st.err != OK || st.status.queued != 1)
        return 12;
    for (size_t i = 0; i < n && i < RECV_BLOCK / FILLER; i++)
        handle_close(held[i]);
    if (Bench_exp_recv_Data(exp, &got) != OK || xblock_size(got.block) != RECV_BLOCK)
        return 12;
    return refused;
}

#define PARK_CHANNELS 30    /* 60 handles: within the table */
#define QUOTA (512u * 1024)

static int park(void)
{
    size_t parked = 0;
    err_t why = OK;
    for (; parked < PARK_CHANNELS && why == OK; parked++) {
        chan_pair_t pair = chan_create(Bench_CONTRACT_ID);
        xblock_result_t b = pair.err == OK ? xblock_new(RECV_BLOCK)
                                           : (xblock_result_t){ .err = pair.err };
        if (b.err == OK)
            b.err = Bench_imp_send_Data((Bench_imp_t){ pair.imp }, b.block);
        why = b.err;
    }
    if (why != OK)
        parked--;
    print("attack-quota: %zu blocks of 64 KiB parked in flight, then %s\n", parked,
          err_name(why));
    if (why == OK || parked * RECV_BLOCK >= QUOTA)
        return 10;
    return why;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("heap")))
        return heap();
    if (str_equal(mode, STR("xblock")))
        return xblock();
    if (str_equal(mode, STR("recv")))
        return recv_past_quota();
    if (str_equal(mode, STR("park")))
        return park();
    print("attack-quota: unknown mode '%s'\n", args);
    return 1;
}
