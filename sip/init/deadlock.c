/*
 * deadlock.c — init's deadlock report: which SIPs no message can ever
 * wake, and who waits on them.
 *
 * The kernel's list (abi_sip_info_t) says, for each SIP, whether all its
 * threads wait, with no time limit, for a message on a channel, and lists
 * its open endpoints with nothing queued: "C.side@State<-peer[id]" where
 * the contract lets the peer send next, "->peer[id]" where it lets only
 * this SIP send (nothing can arrive there). A SIP can be woken through an
 * endpoint of the first kind whose peer is not itself stuck: running, or
 * waiting on something else (a timer, the console, an interrupt, init's
 * polling), or unknown ("in-flight": the kernel holds the other end).
 *
 * The stuck set is the largest set of waiting SIPs none of which can be
 * woken from outside the set: start from every waiting SIP (init, which
 * polls, never waits so) and drop, until nothing changes, each one that
 * has an endpoint of the first kind whose peer is outside the set. What
 * is left waits on itself (a cycle of requests, two ends that both
 * receive) or on messages no contract lets come: a deadlock. A server
 * waiting for new clients is not in it: its provider channel's peer, the
 * name service, waits for init, who may still register clients.
 *
 * The list shows every open endpoint, not only those a thread waits on
 * (the kernel does not record which): a SIP counts as wakeable through any
 * of them, so a deadlock may go unreported, but a report is never false.
 */
#include "deadlock.h"

typedef struct {
    bool stuck[SIP_LIST_MAX];
    size_t count;
} stuck_set_t;

/* The ids of a stuck set, in list order (oldest first), to tell sets apart
   across polls (a SIP's index in the list moves as others end). */
typedef struct {
    uint32_t ids[SIP_LIST_MAX];
    size_t count;
} stuck_ids_t;

static sip_list_t *seen;
static stuck_set_t set;
static stuck_ids_t previous;        /* at the last poll */
static stuck_ids_t reported;        /* as last settled (two polls), reported or not */
static uint32_t polls_held;         /* polls in a row the same set was found */

static bool is_init(const sip_list_t *list, size_t i)
{
    return str_equal(str_from_array(list->sips[i].name), STR("init"));
}

static bool waits_on_channels(const sip_list_t *list, size_t i)
{
    abi_sip_info_t s = list->sips[i];
    return s.state == 0 && s.threads > 0 && s.blocked_on_channel == s.threads &&
           !is_init(list, i);
}

/* The index of SIP `id` in the list, or -1. */
static int64_t index_of(const sip_list_t *list, uint32_t id)
{
    for (size_t i = 0; i < list->count && i < SIP_LIST_MAX; i++)
        if (list->sips[i].id == id && id != 0)
            return (int64_t)i;
    return -1;
}

/* The peer id of a "<-peer[id]" endpoint; 0 for one nothing can arrive on
   ("->"); UINT32_MAX when the peer is unknown (counts as able to send). */
static uint32_t wait_peer(str_t token)
{
    int64_t arrow = str_find(token, STR("<-"));
    if (arrow < 0)
        return str_find(token, STR("->")) >= 0 ? 0 : UINT32_MAX;
    int64_t open = str_find(token, STR("["));
    int64_t close = str_find(token, STR("]"));
    if (open < arrow || close <= open + 1)
        return UINT32_MAX;
    u64_result_t id = str_parse_u64(str_slice(token, (size_t)open + 1,
                                              (size_t)(close - open - 1)).str, 10);
    return id.err == OK && id.value != 0 && id.value < UINT32_MAX ? (uint32_t)id.value
                                                                  : UINT32_MAX;
}

/* Whether a peer outside the set may wake SIP i. */
static bool wakeable(const sip_list_t *list, size_t i)
{
    str_t waits = str_from_array(list->sips[i].waits_on);    /* a view of the heap list */
    if (str_len(waits) + 1 >= ABI_SIP_WAITS_MAX)
        return true;    /* cut to fit: what is missing might wake it */
    for (str_token_t t = str_next_token(waits, STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        uint32_t peer = wait_peer(t.token);
        int64_t at = peer == 0 ? 0 : index_of(list, peer);
        if (peer != 0 && (at < 0 || !set.stuck[at]))
            return true;
    }
    return false;
}

/* Fills `set` with the stuck SIPs of the list. */
static void find_stuck(const sip_list_t *list)
{
    size_t n = list->count < SIP_LIST_MAX ? list->count : SIP_LIST_MAX;
    set.count = 0;
    for (size_t i = 0; i < SIP_LIST_MAX; i++)
        set.stuck[i] = i < n && waits_on_channels(list, i);
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < n; i++) {
            if (set.stuck[i] && wakeable(list, i)) {
                set.stuck[i] = false;
                changed = true;
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        set.count += set.stuck[i];
}

/* Whether SIP i waits and has an endpoint whose peer is stuck. */
static bool waits_on_stuck(const sip_list_t *list, size_t i)
{
    if (set.stuck[i] || !waits_on_channels(list, i))
        return false;
    str_t waits = str_from_array(list->sips[i].waits_on);
    for (str_token_t t = str_next_token(waits, STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        int64_t at = index_of(list, wait_peer(t.token));
        if (at >= 0 && set.stuck[at])
            return true;
    }
    return false;
}

static void report_line(const sip_list_t *list, size_t i)
{
    abi_sip_info_t s = list->sips[i];
    str_t name = str_from_array(list->sips[i].name);    /* views of the heap list */
    str_t waits = str_from_array(list->sips[i].waits_on);
    str_t configured = configured_name(s.id);
    print("init:   %.*s%s%.*s[%u]%s waits on %.*s\n", (int)configured.len, configured.bytes,
          configured.len > 0 ? " (" : "", (int)name.len, name.bytes, s.id,
          configured.len > 0 ? ")" : "", (int)waits.len, waits.bytes);
}

static void report(const sip_list_t *list)
{
    size_t n = list->count < SIP_LIST_MAX ? list->count : SIP_LIST_MAX;
    print("init: deadlock: no message can ever wake these SIPs (each waits only on the "
          "others, or where its contract lets nothing come):\n");
    for (size_t i = 0; i < n; i++)
        if (set.stuck[i])
            report_line(list, i);
    bool header = false;
    for (size_t i = 0; i < n; i++) {
        if (!waits_on_stuck(list, i))
            continue;
        if (!header)
            print("init: and these wait on them (among other things):\n");
        header = true;
        report_line(list, i);
    }
    print("init: (each endpoint: contract.side@state, then <-peer where the peer may send "
          "next, ->peer where only this SIP may: waiting there, nothing can come)\n");
}

static stuck_ids_t ids_of(const sip_list_t *list)
{
    stuck_ids_t ids = { .count = 0 };
    for (size_t i = 0; i < list->count && i < SIP_LIST_MAX; i++)
        if (set.stuck[i])
            ids.ids[ids.count++] = list->sips[i].id;
    return ids;
}

static bool ids_equal(const stuck_ids_t *a, const stuck_ids_t *b)
{
    if (a->count != b->count)
        return false;
    for (size_t i = 0; i < a->count && i < SIP_LIST_MAX; i++)
        if (a->ids[i] != b->ids[i])
            return false;
    return true;
}

/* Whether `now` holds an id `before` does not. */
static bool has_new(const stuck_ids_t *now, const stuck_ids_t *before)
{
    for (size_t i = 0; i < now->count && i < SIP_LIST_MAX; i++) {
        bool known = false;
        for (size_t k = 0; k < before->count && k < SIP_LIST_MAX; k++)
            known = known || before->ids[k] == now->ids[i];
        if (!known)
            return true;
    }
    return false;
}

void deadlock_check(void)
{
    if (seen == NULL)
        seen = new(sip_list_t);
    if (seen == NULL || sip_list(seen) != OK)
        return;
    find_stuck(seen);
    static stuck_ids_t now;    /* static: compared by address below; one thread */
    now = ids_of(seen);
    polls_held = ids_equal(&now, &previous) ? polls_held + 1 : 1;
    previous = now;
    if (polls_held < 2)
        return;
    if (has_new(&now, &reported))    /* a SIP that got stuck: say it once */
        report(seen);
    reported = now;                  /* one that left (killed, say) is not news */
}
