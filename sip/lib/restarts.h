/*
 * restarts.h — how many times a SIP has been started again since this one
 * began watching, from the kernel's list of SIPs (sip_list; needs the
 * `inspect` right). Fault-injection workloads use it to tie their end to
 * the planned kills having happened: a workload that ends before the last
 * kill (a fast machine) or sees none proves nothing.
 *
 * The kernel numbers SIPs in the order they start and never reuses a
 * number, and init restarts a killed SIP under the same name. Between two
 * polls, the watched SIP's newest id moving from A to B means B - A
 * starts, less those of other SIPs among them that are still listed: so a
 * restart is counted even when one instance started and was killed
 * between two polls. Exact as long as no other SIP both starts and ends
 * between two polls (in the fault-injection configurations nothing else
 * starts after boot). The watcher must be started after the watched SIP's
 * first instance (the boot configuration's order); a restart before the
 * first poll is counted from the watcher's own id.
 */
#ifndef INSULA_SIP_LIB_RESTARTS_H
#define INSULA_SIP_LIB_RESTARTS_H

#include <insula/stdlib.h>

typedef struct {
    str_t name;          /* the watched SIP's manifest name */
    uint32_t last_id;    /* ids up to this one are counted */
    uint32_t restarts;
    err_t err;           /* sip_list's refusal, if any (no `inspect`) */
} restart_watch_t;

/* A plan "restarts=NAME:K" (K 1..4), parsed; ok false if `word` is not one. */
typedef struct {
    bool ok;
    str_t name;
    uint32_t restarts;
} restart_plan_t;

restart_plan_t restart_plan_parse(str_t word);

/* Starts watching `name` (a first poll included); `self` is the watcher's
   manifest name. */
void restart_watch_begin(restart_watch_t *w, str_t name, str_t self);
/* Polls once; the restarts seen so far. */
uint32_t restart_watch_poll(restart_watch_t *w);

#endif
