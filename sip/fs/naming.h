/*
 * naming.h — binding a service that may refuse a client for a while, shared
 * by the storage SIPs (fs binds "disk", files and webfiles bind "fs").
 * Everything else is the stdlib's insula/naming.h (service_publish,
 * service_bind), which this wraps.
 */
#ifndef INSULA_FS_NAMING_H
#define INSULA_FS_NAMING_H

#include <insula/naming.h>
#include <insula/stdlib.h>

#include "nameservice.h"

/* service_bind(name, timeout_ms), tried again while the service refuses
   us busy (the RAM disk serves one client at a time, fs four), for up to
   timeout_ms in all: the channel past its Hello, or 0 (the stdlib has
   printed why). */
handle_t naming_bind_patient(const char *name, uint32_t timeout_ms);

#endif
