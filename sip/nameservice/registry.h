/*
 * registry.h — the name service's tables: the SIPs init registered (with
 * their NameService channel), the policy rules, and the published names.
 *
 * Entries are named by their index in the tables (an entry id); names are
 * kept in buffers on the heap (buf_t) and compared and printed as views.
 */
#ifndef INSULA_NS_REGISTRY_H
#define INSULA_NS_REGISTRY_H

#include <insula/stdlib.h>

#include "nameservice.h"

#define NS_MAX_CLIENTS 15       /* plus the admin channel: 16 endpoints to wait on */
#define NS_MAX_RULES 64
#define NS_MAX_SERVICES 32
#define NS_NAME_MAX 64          /* a service name is shorter than this */
#define NS_SIP_NAME_MAX 32      /* a SIP name is shorter than this */
#define NS_MAX_DELEGATED 8      /* live channels one SIP (and those it started) got by
                                   Delegate */
#define NS_KEPT_FOR_INIT 4      /* client entries Delegate leaves free for init's
                                   Register (a restarted driver) */

typedef struct {
    buf_t *sip;                 /* the SIP's name; "PARENT/CHILD" for a SIP another
                                   started (Delegate): the path of names it acts for */
    NameService_exp_t ep;
    bool live;
} ns_client_t;

typedef struct {
    buf_t *sip;
    uint32_t action;            /* NsAdmin_Action_Publish or _Bind */
    buf_t *service;
} ns_rule_t;

typedef struct {
    buf_t *name;
    buf_t *owner;               /* the publishing SIP's name */
    uint32_t contract_id;
    ServiceProvider_imp_t provider;
    bool live;
} ns_service_t;

typedef struct {
    ns_client_t clients[NS_MAX_CLIENTS];
    ns_rule_t rules[NS_MAX_RULES];
    size_t rule_count;
    ns_service_t services[NS_MAX_SERVICES];
} ns_registry_t;

/* A name read from an exchange block: `name` is a copy of the block's bytes
   up to the first NUL, on our heap; `valid` if the block is not empty, holds
   no NUL and is shorter than the limit (else the name may be empty). */
typedef struct {
    bool valid;
    str_t name;
} ns_name_t;

ns_name_t ns_name_read(xblock_handle_t block, size_t max);

/* A new buffer holding `name`; NULL when the heap refuses. */
buf_t *ns_name_copy(str_t name);

/*
 * The first name on the path `sip` ("shell/files": shell, then files) that
 * no rule lets `action` (NsAdmin_Action_*) `service`, or an empty view when
 * every one may: a SIP started by another has at most its starter's rights.
 */
str_t ns_missing_rule(const ns_registry_t *r, str_t sip, uint32_t action, str_t service);

/* Whether `name` may name a SIP started by another (Delegate): 1 to 31
   bytes of a-z, 0-9, '_' and '-', as the boot configuration's names. */
bool ns_child_name_ok(ns_name_t name);

/* Entry ids (indices into the tables), or ERR_NOT_FOUND. */
int64_t ns_find(const ns_registry_t *r, str_t name);
int64_t ns_free_service(const ns_registry_t *r);
int64_t ns_free_client(const ns_registry_t *r);

/* How many client entries are free, and how many live clients are below
   `sip` on a path ("shell/..." for "shell"). */
size_t ns_free_client_count(const ns_registry_t *r);
size_t ns_descendant_count(const ns_registry_t *r, str_t sip);

#endif
