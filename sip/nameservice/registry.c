/*
 * registry.c — lookups in the name service's tables (see registry.h).
 */
#include "registry.h"

static bool same(const char *a, const char *b)
{
    return str_equal(str_from_cstr(a), str_from_cstr(b));
}

bool ns_copy_name(xblock_handle_t block, char *dst, size_t size)
{
    str_t s = xblock_view(block);
    if (s.len == 0 || s.len >= size)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        if (s.bytes[i] == '\0')
            return false;
        dst[i] = s.bytes[i];
    }
    dst[s.len] = '\0';
    return true;
}

bool ns_allowed(const ns_registry_t *r, const char *sip, uint32_t action, const char *service)
{
    for (size_t i = 0; i < r->rule_count; i++) {
        const ns_rule_t *rule = &r->rules[i];
        if (rule->action == action && same(rule->sip, sip) && same(rule->service, service))
            return true;
    }
    return false;
}

ns_service_t *ns_find(ns_registry_t *r, const char *name)
{
    for (size_t i = 0; i < NS_MAX_SERVICES; i++) {
        if (r->services[i].live && same(r->services[i].name, name))
            return &r->services[i];
    }
    return NULL;
}

ns_service_t *ns_free_service(ns_registry_t *r)
{
    for (size_t i = 0; i < NS_MAX_SERVICES; i++) {
        if (!r->services[i].live)
            return &r->services[i];
    }
    return NULL;
}

ns_client_t *ns_free_client(ns_registry_t *r)
{
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++) {
        if (!r->clients[i].live)
            return &r->clients[i];
    }
    return NULL;
}
