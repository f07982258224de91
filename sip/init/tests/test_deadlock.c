/*
 * test_deadlock.c — host unit test of init's deadlock analysis
 * (deadlock_find.c), under ASan + UBSan: lists of SIPs as the kernel
 * describes them, and which SIPs no message can ever wake.
 *
 * A SIP is written "NAME ID STATE WAITS": STATE 'w' when all its threads
 * wait on channels with no time limit, 'r' when one runs (or waits on
 * anything else), 'x' when it has ended; WAITS is its waits_on text.
 */
#include "deadlock.h"
#include "test_util.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    uint32_t id;
    char state;
    const char *waits;
} sip_row_t;

static sip_list_t list;
static stuck_set_t set;

/* Fills `list` from rows; init (id 1, running) comes first. */
static void make_list(const sip_row_t *rows, size_t count)
{
    memset(&list, 0, sizeof list);
    list.count = (uint32_t)count;
    for (size_t i = 0; i < count; i++) {
        abi_sip_info_t *s = &list.sips[i];
        snprintf(s->name, sizeof s->name, "%s", rows[i].name);
        snprintf(s->waits_on, sizeof s->waits_on, "%s", rows[i].waits);
        s->id = rows[i].id;
        s->state = rows[i].state == 'x' ? 1 : 0;
        s->threads = 2;
        s->blocked_on_channel = rows[i].state == 'w' ? 2 : 1;
        s->blocked_other = 0;
    }
}

/* The names of the stuck SIPs, space-separated, into out. */
static const char *stuck_names(const sip_row_t *rows, size_t count)
{
    static char out[256];
    make_list(rows, count);
    set = deadlock_find(&list);
    out[0] = '\0';
    size_t marked = 0;
    for (size_t i = 0; i < count; i++) {
        if (!set.stuck[i])
            continue;
        marked++;
        strncat(out, out[0] ? " " : "", sizeof out - strlen(out) - 1);
        strncat(out, rows[i].name, sizeof out - strlen(out) - 1);
    }
    CHECK_EQ_U(set.count, marked);
    return out;
}

#define INIT { "init", 1, 'r', "NsAdmin.imp@Ready<-nameservice[2]" }
#define NS(waits) { "nameservice", 2, 'w', "NsAdmin.exp@Ready<-init[1] " waits }
#define N(x) (sizeof(x) / sizeof((x)[0]))

/* A server waiting for clients, after its last client ended: idle. */
static void test_idle_server(void)
{
    sip_row_t rows[] = {
        INIT,
        NS("NameService.exp@Ready<-kv-server[3] ServiceProvider.imp@Ready->kv-server[3]"),
        { "kv-server", 3, 'w',
          "NameService.imp@Ready->nameservice[2] ServiceProvider.exp@Ready<-nameservice[2]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "");
}

/* The client waits where only it may send; the server waits for it. */
static void test_wrong_turn(void)
{
    sip_row_t rows[] = {
        INIT,
        NS("NameService.exp@Ready<-deadlock[3] NameService.exp@Ready<-deadlock[4]"),
        { "server", 3, 'w', "NameService.imp@Ready->nameservice[2] "
                            "Service.exp@Ready<-deadlock[4] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "client", 4, 'w', "NameService.imp@Ready->nameservice[2] Service.imp@Ready->deadlock[3]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "client");
    CHECK(deadlock_waits_on(&list, &set, 2));     /* the server waits on the client */
    CHECK(deadlock_waits_on(&list, &set, 1));     /* so does the name service (its channel) */
    CHECK(!deadlock_waits_on(&list, &set, 3));    /* stuck itself */
    CHECK(!deadlock_waits_on(&list, &set, 0));    /* init does not wait */
}

/* Three SIPs, each waiting for the next one's reply: a cycle. */
static void test_cycle_of_three(void)
{
    sip_row_t rows[] = {
        INIT,
        NS(""),
        { "a", 3, 'w', "NameService.imp@Ready->nameservice[2] Kv.imp@Ready#1<-b[4]" },
        { "b", 4, 'w', "NameService.imp@Ready->nameservice[2] Kv.imp@Ready#1<-c[5]" },
        { "c", 5, 'w', "NameService.imp@Ready->nameservice[2] Kv.imp@Ready#1<-a[3]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "a b c");
}

/* The same cycle broken by one SIP that runs: nobody is stuck. */
static void test_cycle_with_a_runner(void)
{
    sip_row_t rows[] = {
        INIT,
        NS(""),
        { "a", 3, 'w', "Kv.imp@Ready#1<-b[4]" },
        { "b", 4, 'w', "Kv.imp@Ready#1<-c[5]" },
        { "c", 5, 'r', "Kv.imp@Ready#1<-a[3]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "");
}

/* A waiter on a stuck SIP that may still be woken elsewhere is not stuck;
   one that may not is. */
static void test_chain_into_a_cycle(void)
{
    sip_row_t rows[] = {
        INIT,
        NS(""),
        { "a", 3, 'w', "Kv.imp@Ready#1<-b[4]" },
        { "b", 4, 'w', "Kv.imp@Ready#1<-a[3]" },
        { "waits-on-a", 5, 'w', "Kv.imp@Ready#1<-a[3]" },
        { "also-on-ns", 6, 'w', "Kv.imp@Ready#1<-a[3] ServiceProvider.exp@Ready<-nameservice[2]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "a b waits-on-a");
    CHECK(deadlock_waits_on(&list, &set, 5));
}

/* A peer the kernel holds (in-flight), one not in the list, one that has
   ended, a text cut to fit, text that does not parse: each may wake it. */
static void test_unknown_peers(void)
{
    char cut[ABI_SIP_WAITS_MAX];
    memset(cut, 'x', sizeof cut - 1);
    cut[sizeof cut - 1] = '\0';
    memcpy(cut, "Kv.imp@Ready->a[3] ", 19);
    sip_row_t rows[] = {
        INIT,
        { "irq", 3, 'w', "Irq.imp@Idle<-in-flight[0]" },
        { "gone", 4, 'w', "Kv.imp@Ready#1<-other[99]" },
        { "after-end", 5, 'w', "Kv.imp@Ready#1<-ended[6]" },
        { "ended", 6, 'x', "" },
        { "cut", 7, 'w', cut },
        { "garbled", 8, 'w', "Kv.imp@Ready#1<-peer[" },
        { "nothing", 9, 'w', "" },
    };
    /* Nothing can wake a SIP that waits with no endpoint left to hear on. */
    CHECK_EQ_S(stuck_names(rows, N(rows)), "nothing");
}

/* With the kernel's marks ("*": an endpoint a thread waits on), only the
   marked endpoints wake a SIP: a cycle of three servers, each waiting for
   the next one's reply while its provider channel (which the name service
   may still use) waits unheard, is stuck; without the marks it is not. */
static void test_marked_waits(void)
{
    sip_row_t rows[] = {
        INIT,
        NS(""),
        { "a", 3, 'w', "*Kv.imp@Ready#1<-b[4] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "b", 4, 'w', "*Kv.imp@Ready#1<-c[5] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "c", 5, 'w', "*Kv.imp@Ready#1<-a[3] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "waits-on-c", 6, 'w', "*Kv.imp@Ready#1<-c[5] Kv.imp@Ready#1<-nameservice[2]" },
        { "also-on-ns", 7, 'w', "*Kv.imp@Ready#1<-c[5] *ServiceProvider.exp@Ready<-nameservice[2]" },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "a b c waits-on-c");
    CHECK(deadlock_waits_on(&list, &set, 6));     /* waits on c, and may be woken */
    CHECK(!deadlock_waits_on(&list, &set, 1));    /* the name service waits on init */
    sip_row_t unmarked[] = {
        INIT,
        NS(""),
        { "a", 3, 'w', "Kv.imp@Ready#1<-b[4] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "b", 4, 'w', "Kv.imp@Ready#1<-c[5] ServiceProvider.exp@Ready<-nameservice[2]" },
        { "c", 5, 'w', "Kv.imp@Ready#1<-a[3] ServiceProvider.exp@Ready<-nameservice[2]" },
    };
    CHECK_EQ_S(stuck_names(unmarked, N(unmarked)), "");
}

/* A list cut to fit after its marked endpoints is complete where it counts;
   one cut inside them may miss a waited endpoint that would wake it. */
static void test_marked_and_cut(void)
{
    char after[ABI_SIP_WAITS_MAX], inside[ABI_SIP_WAITS_MAX];
    memset(after, 'x', sizeof after - 1);
    after[sizeof after - 1] = '\0';
    memcpy(after, "*Kv.imp@Ready#1<-a[3] ", 22);
    memset(inside, 'x', sizeof inside - 1);
    inside[sizeof inside - 1] = '\0';
    memcpy(inside, "*Kv.imp@Ready#1<-a[3] *", 23);
    sip_row_t rows[] = {
        INIT,
        { "a", 3, 'w', "*Kv.imp@Ready#1<-b[4]" },
        { "b", 4, 'w', after },
        { "c", 5, 'w', inside },
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "a b");
}

/* init never counts as waiting, whatever its list entry says. */
static void test_init_never_stuck(void)
{
    sip_row_t rows[] = {
        { "init", 1, 'w', "NsAdmin.imp@Ready->nameservice[2]" },
        NS(""),
    };
    CHECK_EQ_S(stuck_names(rows, N(rows)), "");
}

int main(void)
{
    test_idle_server();
    test_wrong_turn();
    test_cycle_of_three();
    test_cycle_with_a_runner();
    test_chain_into_a_cycle();
    test_unknown_peers();
    test_init_never_stuck();
    test_marked_waits();
    test_marked_and_cut();
    return test_summary("test_deadlock");
}
