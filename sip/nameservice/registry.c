/*
 * registry.c — lookups in the name service's tables (see registry.h).
 */
#include "registry.h"

ns_name_t ns_name_read(xblock_handle_t block, size_t max)
{
    ns_name_t none = { .valid = false, .name = str_empty() };
    uint64_t size = xblock_size(block);
    buf_t *copy = size > 0 && size < max ? xblock_copy(block) : NULL;
    if (copy == NULL)
        return none;
    str_t s = buf_view(copy);
    int64_t nul = str_find_byte(s, '\0');
    if (nul >= 0) {
        str_result_t before = str_slice(s, 0, (size_t)nul);
        return (ns_name_t){ .valid = false, .name = before.str };
    }
    return (ns_name_t){ .valid = true, .name = s };
}

buf_t *ns_name_copy(str_t name)
{
    buf_t *b = buf_new(str_len(name));
    if (b == NULL || buf_append(b, name) != OK)
        return NULL;
    return b;
}

bool ns_allowed(const ns_registry_t *r, str_t sip, uint32_t action, str_t service)
{
    for (size_t i = 0; i < r->rule_count && i < NS_MAX_RULES; i++) {
        if (r->rules[i].action == action && str_equal(buf_view(r->rules[i].sip), sip) &&
            str_equal(buf_view(r->rules[i].service), service))
            return true;
    }
    return false;
}

int64_t ns_find(const ns_registry_t *r, str_t name)
{
    for (size_t i = 0; i < NS_MAX_SERVICES; i++) {
        if (r->services[i].live && str_equal(buf_view(r->services[i].name), name))
            return (int64_t)i;
    }
    return ERR_NOT_FOUND;
}

int64_t ns_free_service(const ns_registry_t *r)
{
    for (size_t i = 0; i < NS_MAX_SERVICES; i++) {
        if (!r->services[i].live)
            return (int64_t)i;
    }
    return ERR_NOT_FOUND;
}

int64_t ns_free_client(const ns_registry_t *r)
{
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++) {
        if (!r->clients[i].live)
            return (int64_t)i;
    }
    return ERR_NOT_FOUND;
}
