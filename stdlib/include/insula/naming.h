/*
 * insula/naming.h — publish, bind and accept services through the name
 * service (contracts/nameservice.contract) in a line each.
 *
 * When a boot configuration starts a `nameservice`, init gives every other
 * SIP a NameService channel as its initial endpoint 0; these functions use
 * it. Which SIP may publish or bind which name is the configuration's
 * `allow` rules (docs/boot-config.md).
 *
 * A server:
 *
 *     handle_t provider = service_publish("kv", Kv_CONTRACT_ID).h;
 *     service_result_t c = service_accept(provider, 1);   // sends Hello(1)
 *     Kv_exp_t client = { c.h };                           // in Ready
 *
 * A client:
 *
 *     service_result_t s = service_bind("kv", 1000);       // waits for Hello
 *     Kv_imp_t kv = { s.h };                               // in Ready
 *     ...
 *     service_goodbye(s.h);
 *
 * A refusal is returned as a status and explained once on the console
 * (`echo-client: bind 'secret': ERR_DENIED: the boot configuration has
 * no 'allow ... bind "secret"' rule`); the name service prints its side too.
 */
#ifndef INSULA_STDLIB_NAMING_H
#define INSULA_STDLIB_NAMING_H

#include "insula/err.h"
#include "insula/process.h"

#include <stdint.h>

typedef struct {
    err_t err;
    handle_t h;          /* the endpoint, valid when err == OK */
    uint32_t version;    /* service_bind: the version the service's Hello carried */
} service_result_t;

/*
 * Publishes a service of contract `contract_id` (Service or a contract
 * extending it) under `name`. h is the provider channel's exporting end,
 * for service_accept. Errors: ERR_DENIED (no `allow SIP publish "name"`
 * rule), ERR_EXISTS (someone else has the name), ERR_INVALID (empty, too
 * long or not UTF-8), ERR_NOT_FOUND (no name service: this SIP has no
 * initial endpoint 0), ERR_CLOSED (the name service is gone), and the
 * channel and exchange-heap errors (ERR_QUOTA, ERR_NO_MEMORY).
 */
service_result_t service_publish(SIP_CSTR const char *name, uint32_t contract_id);

/*
 * Waits for the next client of a published service, accepts it and greets
 * it with Hello(version). h is the client channel's exporting end, in the
 * contract's Ready state. Errors: ERR_CLOSED (the name service is gone),
 * ERR_BAD_HANDLE (provider is not a provider channel we own).
 */
service_result_t service_accept(handle_t provider, uint32_t version);

/*
 * Binds `name`: a fresh channel to the service, past its Hello (h is the
 * importing end, in Ready; version is the Hello's). While nothing is
 * published under the name yet, retries for up to `timeout_ms`
 * milliseconds (the service may still be starting). Errors: ERR_DENIED (no
 * `allow SIP bind "name"` rule), ERR_TIMEOUT (still not published after
 * timeout_ms), ERR_BUSY (the service refused the client), ERR_INVALID,
 * ERR_NOT_FOUND (no name service), ERR_CLOSED, ERR_QUOTA, ERR_NO_MEMORY.
 */
service_result_t service_bind(SIP_CSTR const char *name, uint64_t timeout_ms);

/*
 * service_bind, also tried again while the service refuses us busy
 * (ERR_BUSY: its provider took no more clients, or had just ended and was
 * not yet published again, as when init restarts a driver), for up to
 * `timeout_ms` in all; the refusal is explained once, at the end. For
 * clients of services that serve a bounded number of clients or restart.
 */
service_result_t service_bind_patient(SIP_CSTR const char *name, uint64_t timeout_ms);

/*
 * A NameService channel for a SIP this one is about to start, to hand it
 * as its initial endpoint 0 (sip_spawn_with; h is the importing end). The
 * name service registers the child as "OURNAME/child" and lets it publish
 * or bind a name only where the boot configuration allows it for `child`
 * and for us (and for whoever started us): a child never gets more than
 * its parent. Close h if the start fails. Errors: ERR_NOT_FOUND (no name
 * service), ERR_INVALID (`child` is not 1 to 31 bytes of a-z, 0-9, '_',
 * '-', or the path grows past 63 bytes), ERR_BUSY (the name service has
 * no room for another client), ERR_CLOSED, ERR_QUOTA, ERR_NO_MEMORY.
 */
service_result_t service_delegate(SIP_CSTR const char *child);

/*
 * Ends a bound service channel politely: Goodbye, waits for AckGoodbye,
 * closes it. The channel must be in Ready. Errors: ERR_CLOSED, and the
 * channel's receive errors; the endpoint is closed in every case.
 */
err_t service_goodbye(handle_t service);

#endif
