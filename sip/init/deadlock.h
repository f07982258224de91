/*
 * deadlock.h — init's deadlock report (deadlock.c).
 */
#ifndef INSULA_INIT_DEADLOCK_H
#define INSULA_INIT_DEADLOCK_H

#include <insula/str.h>
#include <insula/system.h>

#include <stdbool.h>

/* Marks the SIPs of a list (by index) that no message can ever wake. */
typedef struct {
    bool stuck[SIP_LIST_MAX];
    size_t count;
} stuck_set_t;

/* The stuck SIPs of `list` (deadlock_find.c says how). */
stuck_set_t deadlock_find(const sip_list_t *list);

/* Whether SIP i of the list waits on channels (and is not in the set) and
   has an endpoint whose peer is in the set. */
bool deadlock_waits_on(const sip_list_t *list, const stuck_set_t *set, size_t i);

/* The peer id of an endpoint of a waits_on list ("...<-name[id]" or
   "->name[id]"), or 0. */
uint32_t deadlock_peer_id(str_t token);

/* Whether an endpoint of a waits_on list is one a thread waits on ("*"). */
bool deadlock_waited(str_t token);

/* Called at every poll: reports a deadlock once it has held for two polls
   (and again only when another SIP gets stuck). */
void deadlock_check(void);

/* main.c: the name the boot configuration gives the running SIP with
   kernel id `id`, or an empty view. */
str_t configured_name(uint32_t id);

#endif
