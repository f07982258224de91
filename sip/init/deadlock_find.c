/*
 * deadlock_find.c — which SIPs no message can ever wake, and who waits on
 * them: the analysis behind init's deadlock report (deadlock.c), pure code
 * over the kernel's list of SIPs (a host unit test runs it: tests/).
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
 * The kernel marks with "*" the endpoints a thread waits on (the handles
 * of its receive or wait): a message elsewhere wakes no thread, so when a
 * SIP has marked endpoints only those count. A SIP with none marked (its
 * waits cut off the list, or a list from before the marks) counts as
 * wakeable through any of them: a report is never false.
 */
#include "deadlock.h"

static stuck_set_t found;    /* deadlock_find's work (init has one thread) */

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

uint32_t deadlock_peer_id(str_t token)
{
    int64_t open = str_find(token, STR("["));
    int64_t close = str_find(token, STR("]"));
    if (open < 0 || close <= open + 1)
        return 0;
    u64_result_t id = str_parse_u64(str_slice(token, (size_t)open + 1,
                                              (size_t)(close - open - 1)).str, 10);
    return id.err == OK && id.value < UINT32_MAX ? (uint32_t)id.value : 0;
}

/* The peer id of a "<-peer[id]" endpoint; 0 for one nothing can arrive on
   ("->"); UINT32_MAX when the peer is unknown (counts as able to send). */
static uint32_t wait_peer(str_t token)
{
    int64_t arrow = str_find(token, STR("<-"));
    if (arrow < 0)
        return str_find(token, STR("->")) >= 0 ? 0 : UINT32_MAX;
    uint32_t id = deadlock_peer_id(token);
    return id != 0 && str_find(token, STR("[")) > arrow ? id : UINT32_MAX;
}

bool deadlock_waited(str_t token)
{
    return str_starts_with(token, STR("*"));
}

/* Whether SIP i's list marks endpoints as waited on: then only those wake it. */
static bool has_marks(const sip_list_t *list, size_t i)
{
    return str_starts_with(str_from_array(list->sips[i].waits_on), STR("*"));
}

/* Whether a peer outside the set may wake SIP i. */
static bool wakeable(const sip_list_t *list, const stuck_set_t *set, size_t i)
{
    str_t waits = str_from_array(list->sips[i].waits_on);    /* a view of the heap list */
    bool marked = has_marks(list, i);
    for (str_token_t t = str_next_token(waits, STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        if (marked && !deadlock_waited(t.token))
            return false;    /* the marked ones come first: the rest wakes no thread */
        uint32_t peer = wait_peer(t.token);
        int64_t at = peer == 0 ? 0 : index_of(list, peer);
        if (peer != 0 && (at < 0 || !set->stuck[at]))
            return true;
    }
    /* Cut to fit: what is missing might wake it (unless the list went on
       past its waited endpoints, handled above). */
    return str_len(waits) + 1 >= ABI_SIP_WAITS_MAX;
}

stuck_set_t deadlock_find(const sip_list_t *list)
{
    stuck_set_t *set = &found;
    size_t n = list->count < SIP_LIST_MAX ? list->count : SIP_LIST_MAX;
    set->count = 0;
    for (size_t i = 0; i < SIP_LIST_MAX; i++)
        set->stuck[i] = i < n && waits_on_channels(list, i);
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < n; i++) {
            if (set->stuck[i] && wakeable(list, set, i)) {
                set->stuck[i] = false;
                changed = true;
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        set->count += set->stuck[i];
    return found;
}

bool deadlock_waits_on(const sip_list_t *list, const stuck_set_t *set, size_t i)
{
    if (i >= SIP_LIST_MAX || set->stuck[i] || !waits_on_channels(list, i))
        return false;
    str_t waits = str_from_array(list->sips[i].waits_on);
    bool marked = has_marks(list, i);
    for (str_token_t t = str_next_token(waits, STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        if (marked && !deadlock_waited(t.token))
            break;
        int64_t at = index_of(list, wait_peer(t.token));
        if (at >= 0 && set->stuck[at])
            return true;
    }
    return false;
}
