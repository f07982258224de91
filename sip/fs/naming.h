/*
 * naming.h — publishing and binding service names through the name
 * service (initial endpoint 0), shared by the storage SIPs (ramdisk, fs,
 * files).
 */
#ifndef INSULA_FS_NAMING_H
#define INSULA_FS_NAMING_H

#include <insula/stdlib.h>

#include "nameservice.h"

/* Publishes `name` for `contract_id`: the provider channel's exporting
   end, or 0 (the reason is printed, prefixed by `who`). */
handle_t naming_publish(const char *who, const char *name, uint32_t contract_id);

/* Binds `name`, retrying while it is not published yet or busy (for up
   to `timeout_ms`, the pauses growing from 10 to 160 ms): the service's
   importing end in its start state, or 0 (the reason is printed). */
handle_t naming_bind(const char *who, const char *name, uint32_t timeout_ms);

#endif
