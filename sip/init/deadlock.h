/*
 * deadlock.h — init's deadlock report (deadlock.c).
 */
#ifndef INSULA_INIT_DEADLOCK_H
#define INSULA_INIT_DEADLOCK_H

#include <insula/stdlib.h>

/* Called at every poll: reports a deadlock once it has held for two polls
   (and again only when another SIP gets stuck). */
void deadlock_check(void);

/* main.c: the name the boot configuration gives the running SIP with
   kernel id `id`, or an empty view. */
str_t configured_name(uint32_t id);

#endif
