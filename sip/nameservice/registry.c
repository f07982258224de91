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

static bool allowed(const ns_registry_t *r, str_t sip, uint32_t action, str_t service)
{
    for (size_t i = 0; i < r->rule_count && i < NS_MAX_RULES; i++) {
        if (r->rules[i].action == action && str_equal(buf_view(r->rules[i].sip), sip) &&
            str_equal(buf_view(r->rules[i].service), service))
            return true;
    }
    return false;
}

str_t ns_missing_rule(const ns_registry_t *r, str_t sip, uint32_t action, str_t service)
{
    str_token_t t = str_next_token(sip, STR("/"));
    if (t.err != OK)
        return STR("(no name)");    /* nothing allows a SIP without a name */
    for (; t.err == OK; t = str_next_token(t.rest, STR("/"))) {
        if (!allowed(r, t.token, action, service))
            return t.token;
    }
    return str_empty();
}

bool ns_child_name_ok(ns_name_t name)
{
    if (!name.valid || str_len(name.name) >= NS_SIP_NAME_MAX)
        return false;
    for (size_t i = 0; i < str_len(name.name); i++) {
        int c = str_at(name.name, i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
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

size_t ns_free_client_count(const ns_registry_t *r)
{
    size_t n = 0;
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++)
        n += !r->clients[i].live;
    return n;
}

size_t ns_descendant_count(const ns_registry_t *r, str_t sip)
{
    size_t n = 0;
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++) {
        if (!r->clients[i].live)
            continue;
        str_t other = buf_view(r->clients[i].sip);
        n += str_len(other) > str_len(sip) && str_starts_with(other, sip) &&
             str_at(other, str_len(sip)) == '/';
    }
    return n;
}
