/*
 * nameservice — publish and bind services by name (nameservice.contract).
 *
 * init hands over, on the NsAdmin channel (initial endpoint 0), each SIP's
 * NameService channel with the SIP's name, and the boot configuration's
 * `allow` rules. A SIP may publish or bind a name only if a rule says so;
 * anything else gets Refused. A bind creates a fresh channel of the
 * published contract, gives its exporting end to the provider (Connect)
 * and, once the provider accepts, its importing end to the client.
 * The name service ends when init closes the admin channel.
 */
#include "registry.h"

SIP_MANIFEST("nameservice", .stack_bytes = 32 * 1024, .heap_bytes = 512 * 1024,
             .imports = { "ServiceProvider" }, .exports = { "NameService", "NsAdmin" });

static ns_registry_t reg;

static void admin_message(NsAdmin_exp_t admin, NsAdmin_exp_msg_t *m)
{
    if (m->id == NsAdmin_MSG_Register) {
        ns_client_t *c = ns_free_client(&reg);
        if (c != NULL && ns_copy_name(m->u.Register.sip, c->sip, sizeof(c->sip))) {
            c->ep = m->u.Register.client;
            c->live = true;
        } else {
            print("nameservice: cannot take another client\n");
            chan_close(m->u.Register.client.h);
        }
        chan_close(m->u.Register.sip);
        NsAdmin_exp_send_AckRegister(admin);
        return;
    }
    ns_rule_t *rule = reg.rule_count < NS_MAX_RULES ? &reg.rules[reg.rule_count] : NULL;
    if (rule != NULL && ns_copy_name(m->u.Allow.sip, rule->sip, sizeof(rule->sip)) &&
        ns_copy_name(m->u.Allow.service, rule->service, sizeof(rule->service))) {
        rule->action = m->u.Allow.action;
        reg.rule_count++;
    }
    chan_close(m->u.Allow.sip);
    chan_close(m->u.Allow.service);
    NsAdmin_exp_send_AckAllow(admin);
}

static void publish(ns_client_t *c, NameService_Publish_t *p)
{
    char name[NS_NAME_MAX];
    NameService_Error_t error = 0;
    ns_service_t *s = NULL;
    if (!ns_copy_name(p->name, name, sizeof(name)))
        error = NameService_Error_BadName;
    else if (!ns_allowed(&reg, c->sip, NsAdmin_Action_Publish, name))
        error = NameService_Error_Refused;
    else if (ns_find(&reg, name) != NULL || (s = ns_free_service(&reg)) == NULL)
        error = NameService_Error_NameTaken;
    chan_close(p->name);
    if (error != 0) {
        print("nameservice: %s may not publish '%s'\n", c->sip, name);
        NameService_exp_send_NakPublish(c->ep, error, p->provider);
        return;
    }
    *s = (ns_service_t){ .contract_id = p->contract_id, .provider = p->provider, .live = true };
    for (size_t i = 0; name[i] && i + 1 < sizeof(s->name); i++)
        s->name[i] = name[i];
    for (size_t i = 0; c->sip[i] && i + 1 < sizeof(s->owner); i++)
        s->owner[i] = c->sip[i];
    print("nameservice: %s published '%s'\n", c->sip, s->name);
    NameService_exp_send_AckPublish(c->ep);
}

/* Asks the provider to take a new client; the importing end, or 0. */
static handle_t connect(ns_service_t *s)
{
    chan_pair_t pair = chan_create(s->contract_id);
    if (pair.err != OK)
        return 0;
    ServiceProvider_imp_msg_t reply;
    if (ServiceProvider_imp_send_Connect(s->provider, (Service_exp_t){ pair.exp }) != OK ||
        ServiceProvider_imp_recv(s->provider, &reply) != OK) {
        chan_close(pair.imp);
        return 0;
    }
    if (reply.id == ServiceProvider_MSG_NakConnect) {
        chan_close(reply.u.NakConnect.client.h);
        chan_close(pair.imp);
        return 0;
    }
    return pair.imp;
}

static void bind(ns_client_t *c, NameService_Bind_t *b)
{
    char name[NS_NAME_MAX];
    ns_service_t *s = NULL;
    NameService_Error_t error = 0;
    if (!ns_copy_name(b->name, name, sizeof(name)))
        error = NameService_Error_BadName;
    else if (!ns_allowed(&reg, c->sip, NsAdmin_Action_Bind, name))
        error = NameService_Error_Refused;
    else if ((s = ns_find(&reg, name)) == NULL)
        error = NameService_Error_NotFound;
    chan_close(b->name);
    handle_t imp = error == 0 ? connect(s) : 0;
    if (error == 0 && imp == 0)
        error = NameService_Error_Unavailable;
    if (error != 0) {
        print("nameservice: bind of '%s' by %s refused (error %u)\n", name, c->sip, error);
        NameService_exp_send_NakBind(c->ep, error);
        return;
    }
    NameService_exp_send_AckBind(c->ep, (Service_imp_t){ imp });
}

static void unpublish(ns_client_t *c, NameService_Unpublish_t *u)
{
    char name[NS_NAME_MAX];
    bool named = ns_copy_name(u->name, name, sizeof(name));
    ns_service_t *s = named ? ns_find(&reg, name) : NULL;
    chan_close(u->name);
    if (s == NULL || !str_equal(str_from_cstr(s->owner), str_from_cstr(c->sip))) {
        NameService_exp_send_NakUnpublish(c->ep, s == NULL ? NameService_Error_NotFound
                                                           : NameService_Error_Refused);
        return;
    }
    chan_close(s->provider.h);
    s->live = false;
    NameService_exp_send_AckUnpublish(c->ep);
}

static void client_message(ns_client_t *c)
{
    NameService_exp_msg_t m;
    if (NameService_exp_recv(c->ep, &m) != OK) {
        chan_close(c->ep.h);    /* its SIP ended */
        c->live = false;
        return;
    }
    if (m.id == NameService_MSG_Publish)
        publish(c, &m.u.Publish);
    else if (m.id == NameService_MSG_Bind)
        bind(c, &m.u.Bind);
    else
        unpublish(c, &m.u.Unpublish);
}

/* Waits on the admin channel and every live client; returns false when init is gone. */
static bool serve_one(NsAdmin_exp_t admin)
{
    chan_handle_t eps[1 + NS_MAX_CLIENTS];
    size_t map[1 + NS_MAX_CLIENTS], n = 1, ready;
    eps[0] = admin.h;
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++) {
        if (reg.clients[i].live) {
            map[n] = i;
            eps[n++] = reg.clients[i].ep.h;
        }
    }
    if (chan_rt_wait_any(eps, n, &ready) != OK)
        return false;
    if (ready > 0) {
        client_message(&reg.clients[map[ready]]);
        return true;
    }
    NsAdmin_exp_msg_t m;
    if (NsAdmin_exp_recv(admin, &m) != OK)
        return false;
    admin_message(admin, &m);
    return true;
}

int main(const char *args)
{
    (void)args;
    NsAdmin_exp_t admin = { sip_endpoint(0) };
    if (admin.h == 0) {
        print("nameservice: started without an admin channel\n");
        return 1;
    }
    while (serve_one(admin))
        ;
    return 0;
}
