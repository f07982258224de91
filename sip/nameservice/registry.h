/*
 * registry.h — the name service's tables: the SIPs init registered (with
 * their NameService channel), the policy rules, and the published names.
 */
#ifndef INSULA_NS_REGISTRY_H
#define INSULA_NS_REGISTRY_H

#include <insula/stdlib.h>

#include "nameservice.h"

#define NS_MAX_CLIENTS 15       /* plus the admin channel: 16 endpoints to wait on */
#define NS_MAX_RULES 64
#define NS_MAX_SERVICES 32
#define NS_NAME_MAX 64

typedef struct {
    char sip[32];
    NameService_exp_t ep;
    bool live;
} ns_client_t;

typedef struct {
    char sip[32];
    uint32_t action;            /* NsAdmin_Action_Publish or _Bind */
    char service[NS_NAME_MAX];
} ns_rule_t;

typedef struct {
    char name[NS_NAME_MAX];
    char owner[32];
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

/* Copies a block's bytes into dst as a C string; false if empty or too long. */
bool ns_copy_name(xblock_handle_t block, char *dst, size_t size);

bool ns_allowed(const ns_registry_t *r, const char *sip, uint32_t action, const char *service);
ns_service_t *ns_find(ns_registry_t *r, const char *name);
ns_service_t *ns_free_service(ns_registry_t *r);
ns_client_t *ns_free_client(ns_registry_t *r);

#endif
