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

typedef struct {
    buf_t *sip;                 /* the SIP's name */
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

bool ns_allowed(const ns_registry_t *r, str_t sip, uint32_t action, str_t service);

/* Entry ids (indices into the tables), or ERR_NOT_FOUND. */
int64_t ns_find(const ns_registry_t *r, str_t name);
int64_t ns_free_service(const ns_registry_t *r);
int64_t ns_free_client(const ns_registry_t *r);

#endif
