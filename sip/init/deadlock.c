/*
 * deadlock.c — init's deadlock report: at each poll, the kernel's list of
 * SIPs and the SIPs no message can ever wake in it (deadlock_find.c); a
 * set that has held for two polls is reported once, with what each waits
 * on and who waits on them.
 */
#include "deadlock.h"

#include <insula/stdlib.h>

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

/* One endpoint it waits on, and the peer's configured name when it has one. */
static void report_wait(str_t token)
{
    str_t peer = configured_name(deadlock_peer_id(token));
    print(" %.*s%s%.*s%s", (int)token.len, token.bytes, peer.len > 0 ? " (" : "",
          (int)peer.len, peer.bytes, peer.len > 0 ? ")" : "");
}

/* "NAME (IMAGE[id]) waits on" each endpoint a thread of it waits on (those
   the kernel marks "*"; all of them when none is marked). */
static void report_line(const sip_list_t *list, size_t i)
{
    abi_sip_info_t s = list->sips[i];
    str_t name = str_from_array(list->sips[i].name);    /* views of the heap list */
    str_t waits = str_from_array(list->sips[i].waits_on);
    str_t configured = configured_name(s.id);
    bool marked = str_starts_with(waits, STR("*"));
    print("init:   %.*s%s%.*s[%u]%s waits on", (int)configured.len, configured.bytes,
          configured.len > 0 ? " (" : "", (int)name.len, name.bytes, s.id,
          configured.len > 0 ? ")" : "");
    for (str_token_t t = str_next_token(waits, STR(" ")); t.err == OK;
         t = str_next_token(t.rest, STR(" "))) {
        if (marked && !deadlock_waited(t.token))
            break;
        report_wait(t.token);
    }
    print("\n");
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
        if (!deadlock_waits_on(list, &set, i))
            continue;
        if (!header)
            print("init: and these wait on them (among other things):\n");
        header = true;
        report_line(list, i);
    }
    print("init: (each endpoint: contract.side@state, then <-peer where the peer may send "
          "next, ->peer where only this SIP may: waiting there, nothing can come; * where a "
          "thread of it waits; then the peer's name in the boot configuration)\n");
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
    set = deadlock_find(seen);
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
