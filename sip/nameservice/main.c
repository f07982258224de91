/*
 * nameservice — publish and bind services by name (nameservice.contract).
 *
 * init hands over, on the NsAdmin channel (initial endpoint 0), each SIP's
 * NameService channel with the SIP's name, and the boot configuration's
 * `allow` rules. A SIP may publish or bind a name only if a rule says so;
 * anything else gets Refused. A bind creates a fresh channel of the
 * published contract, gives its exporting end to the provider (Connect)
 * and, once the provider accepts, its importing end to the client.
 * A SIP that starts another asks for a NameService channel to hand it
 * (Delegate): the child is registered as "PARENT/CHILD" and may do only
 * what the rules allow every name on that path (docs/boot-config.md).
 * The name service ends when init closes the admin channel.
 */
#include "registry.h"

SIP_MANIFEST("nameservice", .stack_bytes = 32 * 1024, .heap_bytes = 512 * 1024,
             .caps = SIP_CAP_BROKER, .imports = { "ServiceProvider" },
             .exports = { "NameService", "NsAdmin" });

static ns_registry_t reg;

/* What serve_one waits on: the admin channel, then each live client's
   channel, and the entry id of each such client (static: the wait reads
   the array of endpoints). */
static struct {
    chan_handle_t eps[1 + NS_MAX_CLIENTS];
    size_t client[1 + NS_MAX_CLIENTS];
    size_t ready;
} waiting;

/* Takes a SIP's NameService channel; false if there is no room for it. */
static bool add_client(NsAdmin_Register_t r)
{
    int64_t c = ns_free_client(&reg);
    ns_name_t sip = ns_name_read(r.sip, NS_SIP_NAME_MAX);
    buf_t *name = c >= 0 && sip.valid ? ns_name_copy(sip.name) : NULL;
    if (name == NULL)
        return false;
    reg.clients[c] = (ns_client_t){ .sip = name, .ep = r.client, .live = true };
    return true;
}

/* Records an `allow` rule; rules that do not fit or are malformed are dropped. */
static void add_rule(NsAdmin_Allow_t a)
{
    ns_name_t sip = ns_name_read(a.sip, NS_SIP_NAME_MAX);
    ns_name_t service = ns_name_read(a.service, NS_NAME_MAX);
    if (reg.rule_count >= NS_MAX_RULES || !sip.valid || !service.valid)
        return;
    ns_rule_t rule = { .sip = ns_name_copy(sip.name), .action = a.action,
                       .service = ns_name_copy(service.name) };
    if (rule.sip == NULL || rule.service == NULL)
        return;
    reg.rules[reg.rule_count] = rule;
    reg.rule_count++;
}

static void admin_message(NsAdmin_exp_t admin, NsAdmin_exp_msg_t m)
{
    if (m.id == NsAdmin_MSG_Register) {
        if (!add_client(m.u.Register)) {
            print("nameservice: cannot take another client\n");
            chan_close(m.u.Register.client.h);
        }
        chan_close(m.u.Register.sip);
        NsAdmin_exp_send_AckRegister(admin);
        return;
    }
    add_rule(m.u.Allow);
    chan_close(m.u.Allow.sip);
    chan_close(m.u.Allow.service);
    NsAdmin_exp_send_AckAllow(admin);
}

/*
 * Says on the console why `sip` may not `action` (NsAdmin_Action_*) `name`,
 * with the status the requester's stdlib turns the refusal into
 * (stdlib/src/naming.c) and what to change. A refused SIP started by
 * another ("shell/files") is told which name on its path lacks the rule.
 * A bind of a name not yet published is not reported: clients retry while
 * their service starts.
 */
static void report_refusal(str_t sip, uint32_t action, str_t name, NameService_Error_t error)
{
    const char *verb = action == NsAdmin_Action_Publish ? "publish" : "bind";
    str_t missing = ns_missing_rule(&reg, sip, action, name);
    if (error == NameService_Error_Refused && str_equal(missing, sip))
        print("nameservice: ERR_DENIED: no 'allow %.*s %s \"%.*s\"' rule in the boot "
              "configuration\n", (int)sip.len, sip.bytes, verb, (int)name.len, name.bytes);
    else if (error == NameService_Error_Refused)
        print("nameservice: ERR_DENIED: %.*s may not %s '%.*s': no 'allow %.*s %s \"%.*s\"' "
              "rule in the boot configuration (a SIP another started has at most the rights "
              "of each SIP on its path)\n", (int)sip.len, sip.bytes, verb, (int)name.len,
              name.bytes, (int)missing.len, missing.bytes, verb, (int)name.len, name.bytes);
    else if (error == NameService_Error_NotFound)
        return;    /* a client retries while its service starts: its stdlib reports a timeout */
    else if (error == NameService_Error_NameTaken)
        print("nameservice: ERR_EXISTS: %.*s publishes '%.*s', which is taken\n",
              (int)sip.len, sip.bytes, (int)name.len, name.bytes);
    else if (error == NameService_Error_BadName)
        print("nameservice: ERR_INVALID: %.*s sent a name that is empty, too long or not UTF-8\n",
              (int)sip.len, sip.bytes);
    else
        print("nameservice: ERR_BUSY: '%.*s' could not take %.*s (its provider refused, or "
              "no channel could be made)\n", (int)name.len, name.bytes, (int)sip.len, sip.bytes);
}

/* A service whose provider's SIP ended (a driver that crashed): its name is
   free again, for the restarted provider to publish. True when it was gone. */
static bool service_gone(int64_t s)
{
    if (s < 0 || !reg.services[s].live)
        return false;
    chan_status_result_t st = chan_status(reg.services[s].provider.h);
    if (st.err == OK && st.status.closed == 0)
        return false;
    chan_close(reg.services[s].provider.h);
    reg.services[s].live = false;
    return true;
}

/* Why client c may not publish `name` (0: it may), and a free entry for it in *s. */
static NameService_Error_t publish_refusal(size_t c, ns_name_t name, SIP_OUT int64_t *s)
{
    *s = ERR_NOT_FOUND;
    if (!name.valid)
        return NameService_Error_BadName;
    if (str_len(ns_missing_rule(&reg, buf_view(reg.clients[c].sip), NsAdmin_Action_Publish,
                                name.name)) != 0)
        return NameService_Error_Refused;
    int64_t old = ns_find(&reg, name.name);
    if ((old >= 0 && !service_gone(old)) || (*s = ns_free_service(&reg)) < 0)
        return NameService_Error_NameTaken;
    return 0;
}

static void publish(size_t c, NameService_Publish_t p)
{
    str_t sip = buf_view(reg.clients[c].sip);
    ns_name_t name = ns_name_read(p.name, NS_NAME_MAX);
    int64_t s;
    NameService_Error_t error = publish_refusal(c, name, &s);
    buf_t *copy = error == 0 ? ns_name_copy(name.name) : NULL;
    if (error == 0 && copy == NULL)
        error = NameService_Error_Unavailable;
    if (error != 0) {
        report_refusal(sip, NsAdmin_Action_Publish, name.name, error);
        chan_close(p.name);
        NameService_exp_send_NakPublish(reg.clients[c].ep, error, p.provider);
        return;
    }
    chan_close(p.name);
    reg.services[s] = (ns_service_t){ .name = copy, .owner = reg.clients[c].sip,
                                      .contract_id = p.contract_id, .provider = p.provider,
                                      .live = true };
    str_t published = buf_view(copy);
    print("nameservice: %.*s published '%.*s'\n", (int)sip.len, sip.bytes,
          (int)published.len, published.bytes);
    NameService_exp_send_AckPublish(reg.clients[c].ep);
}

/* Asks service s's provider to take a new client; the importing end, or 0. */
static handle_t connect(size_t s)
{
    ServiceProvider_imp_t provider = reg.services[s].provider;
    chan_pair_t pair = chan_create(reg.services[s].contract_id);
    if (pair.err != OK) {
        str_t name = buf_view(reg.services[s].name);
        print("nameservice: cannot create a channel for '%.*s' (contract id %#x): %s%s\n",
              (int)name.len, name.bytes, reg.services[s].contract_id, err_name(pair.err),
              pair.err == ERR_NOT_FOUND ? " (the kernel knows no such contract: is it in "
                                          "kernel/contracts_registry.c?)" : "");
        return 0;
    }
    ServiceProvider_imp_msg_t reply;
    if (ServiceProvider_imp_send_Connect(provider, (Service_exp_t){ pair.exp }) != OK ||
        ServiceProvider_imp_recv(provider, &reply) != OK) {
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

/* Why client c may not bind `name` (0: it may), and the service's entry in *s. */
static NameService_Error_t bind_refusal(size_t c, ns_name_t name, SIP_OUT int64_t *s)
{
    *s = ERR_NOT_FOUND;
    if (!name.valid)
        return NameService_Error_BadName;
    if (str_len(ns_missing_rule(&reg, buf_view(reg.clients[c].sip), NsAdmin_Action_Bind,
                                name.name)) != 0)
        return NameService_Error_Refused;
    if ((*s = ns_find(&reg, name.name)) < 0 || service_gone(*s))
        return NameService_Error_NotFound;
    return 0;
}

static void bind(size_t c, NameService_Bind_t b)
{
    ns_name_t name = ns_name_read(b.name, NS_NAME_MAX);
    int64_t s;
    NameService_Error_t error = bind_refusal(c, name, &s);
    handle_t imp = error == 0 ? connect((size_t)s) : 0;
    if (error == 0 && imp == 0)
        error = NameService_Error_Unavailable;
    if (error != 0) {
        report_refusal(buf_view(reg.clients[c].sip), NsAdmin_Action_Bind, name.name, error);
        chan_close(b.name);
        NameService_exp_send_NakBind(reg.clients[c].ep, error);
        return;
    }
    chan_close(b.name);
    NameService_exp_send_AckBind(reg.clients[c].ep, (Service_imp_t){ imp });
}

static void unpublish(size_t c, NameService_Unpublish_t u)
{
    ns_name_t name = ns_name_read(u.name, NS_NAME_MAX);
    int64_t s = name.valid ? ns_find(&reg, name.name) : ERR_NOT_FOUND;
    chan_close(u.name);
    if (s < 0 || !str_equal(buf_view(reg.services[s].owner), buf_view(reg.clients[c].sip))) {
        NameService_exp_send_NakUnpublish(reg.clients[c].ep, s < 0 ? NameService_Error_NotFound
                                                                   : NameService_Error_Refused);
        return;
    }
    chan_close(reg.services[s].provider.h);
    reg.services[s].live = false;
    NameService_exp_send_AckUnpublish(reg.clients[c].ep);
}

#define LIST_MAX 4096

/* Every published name and its owner, one per line. */
static void list(size_t c)
{
    buf_t *text = buf_new(LIST_MAX);
    for (size_t s = 0; text != NULL && s < NS_MAX_SERVICES; s++) {
        if (!reg.services[s].live)
            continue;
        str_t name = buf_view(reg.services[s].name);
        str_t owner = buf_view(reg.services[s].owner);
        buf_format(text, "%.*s %.*s\n", (int)name.len, name.bytes, (int)owner.len, owner.bytes);
    }
    xblock_result_t block = xblock_from_str(text != NULL && buf_len(text) > 0 ? buf_view(text)
                                                                             : STR("\n"));
    if (block.err != OK) {
        chan_close(reg.clients[c].ep.h);    /* cannot answer: the client sees ERR_CLOSED */
        reg.clients[c].live = false;
        return;
    }
    NameService_exp_send_AckList(reg.clients[c].ep, block.block);
}

/* Why client c may not have a NameService channel for a child named
   `child` (0: it may), and a free entry for it in *slot; *why says it. */
static NameService_Error_t delegate_refusal(size_t c, ns_name_t child, SIP_OUT int64_t *slot,
                                            SIP_OUT const char **why)
{
    *slot = ERR_NOT_FOUND;
    *why = "ERR_INVALID (a name of a-z, 0-9, '_', '-', and the path shorter than 64 bytes)";
    if (!ns_child_name_ok(child) ||
        buf_len(reg.clients[c].sip) + 1 + str_len(child.name) >= NS_NAME_MAX)
        return NameService_Error_BadName;
    /* The first name on the path: a shell's grandchildren count against it. */
    str_token_t root = str_next_token(buf_view(reg.clients[c].sip), STR("/"));
    *why = "ERR_BUSY (it and the SIPs it started hold 8 such channels: the most for one "
           "SIP init started)";
    if (root.err != OK || ns_descendant_count(&reg, root.token) >= NS_MAX_DELEGATED)
        return NameService_Error_Unavailable;
    *why = "ERR_BUSY (no room: the last 4 client entries are kept for init)";
    if (ns_free_client_count(&reg) <= NS_KEPT_FOR_INIT)
        return NameService_Error_Unavailable;
    *slot = ns_free_client(&reg);
    return *slot < 0 ? NameService_Error_Unavailable : 0;
}

/* A NameService channel for a SIP client c starts: the child is a new
   client named "PARENT/CHILD", with at most its parent's rights
   (ns_missing_rule). */
static void delegate(size_t c, NameService_Delegate_t d)
{
    str_t parent = buf_view(reg.clients[c].sip);
    ns_name_t child = ns_name_read(d.sip, NS_SIP_NAME_MAX);
    int64_t slot;
    const char *why = "";
    NameService_Error_t error = delegate_refusal(c, child, &slot, &why);
    buf_t *path = error == 0 ? buf_new(NS_NAME_MAX) : NULL;
    chan_pair_t pair = { .err = ERR_NO_MEMORY };
    if (path != NULL && buf_format(path, "%.*s/%.*s", (int)parent.len, parent.bytes,
                                   (int)child.name.len, child.name.bytes) == OK)
        pair = chan_create(NameService_CONTRACT_ID);
    chan_close(d.sip);
    if (error == 0 && pair.err != OK) {
        error = NameService_Error_Unavailable;
        why = "ERR_BUSY (no memory for the channel)";
    }
    if (error != 0) {
        print("nameservice: %.*s asked for a channel for a SIP it starts: %s\n",
              (int)parent.len, parent.bytes, why);
        NameService_exp_send_NakDelegate(reg.clients[c].ep, error);
        return;
    }
    reg.clients[slot] = (ns_client_t){ .sip = path, .ep = { pair.exp }, .live = true };
    NameService_exp_send_AckDelegate(reg.clients[c].ep, (NameService_imp_t){ pair.imp });
}

static void client_message(size_t c)
{
    NameService_exp_msg_t m;
    if (NameService_exp_recv(reg.clients[c].ep, &m) != OK) {
        chan_close(reg.clients[c].ep.h);    /* its SIP ended */
        reg.clients[c].live = false;
        return;
    }
    if (m.id == NameService_MSG_Publish)
        publish(c, m.u.Publish);
    else if (m.id == NameService_MSG_Bind)
        bind(c, m.u.Bind);
    else if (m.id == NameService_MSG_List)
        list(c);
    else if (m.id == NameService_MSG_Delegate)
        delegate(c, m.u.Delegate);
    else
        unpublish(c, m.u.Unpublish);
}

/* Waits on the admin channel and every live client; returns false when init is gone. */
static bool serve_one(NsAdmin_exp_t admin)
{
    size_t n = 1;
    waiting.eps[0] = admin.h;
    for (size_t i = 0; i < NS_MAX_CLIENTS; i++) {
        if (reg.clients[i].live) {
            waiting.client[n] = i;
            waiting.eps[n++] = reg.clients[i].ep.h;
        }
    }
    if (chan_rt_wait_any(waiting.eps, n, &waiting.ready) != OK)
        return false;
    if (waiting.ready > 0) {
        client_message(waiting.client[waiting.ready]);
        return true;
    }
    NsAdmin_exp_msg_t m;
    if (NsAdmin_exp_recv(admin, &m) != OK)
        return false;
    admin_message(admin, m);
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
