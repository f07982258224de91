/*
 * insula/stdlib.h — everything a SIP may use from the stdlib.
 *
 *   insula/err.h       err_t and the status codes
 *   insula/sip.h       start-up contract, main(), exit, yield, time, sleep
 *   insula/manifest.h  SIP_MANIFEST()
 *   insula/console.h   console_write, print, console_puts
 *   insula/str.h       str_t views: compare, find, tokens, integer parsing
 *   insula/buf.h       buf_t byte buffers with bounds-checked accessors
 *   insula/heap.h      new(), new_array(), new_flex(), heap_stats()
 *   insula/thread.h    thread_start (typed argument), thread_exit, thread_id
 *   insula/device.h    drivers: ports, PCI device, IRQ channels, DMA, block loads/stores
 *   insula/system.h    console input, the SIP list, halt and reboot (capabilities)
 *
 * Not included here: insula/naming.h (publish, bind and accept services),
 * which needs the generated name-service bindings.
 */
#ifndef INSULA_STDLIB_H
#define INSULA_STDLIB_H

#include "insula/buf.h"
#include "insula/channel.h"
#include "insula/console.h"
#include "insula/device.h"
#include "insula/err.h"
#include "insula/heap.h"
#include "insula/manifest.h"
#include "insula/process.h"
#include "insula/sip.h"
#include "insula/str.h"
#include "insula/system.h"
#include "insula/thread.h"

#endif
