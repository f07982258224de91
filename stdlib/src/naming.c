/*
 * naming.c — insula/naming.h over the generated NameService and Service
 * bindings.
 */
#include "insula/naming.h"

#include "insula/channel.h"
#include "insula/console.h"
#include "insula/manifest.h"
#include "insula/sip.h"
#include "insula/str.h"

#include "nameservice.h"
#include "service.h"

#define BIND_RETRY_MS 10

/* The name service's answer as a status of the one status list. */
static err_t refusal_status(NameService_Error_t error)
{
    switch (error) {
    case NameService_Error_Refused: return ERR_DENIED;
    case NameService_Error_NotFound: return ERR_NOT_FOUND;
    case NameService_Error_NameTaken: return ERR_EXISTS;
    case NameService_Error_BadName: return ERR_INVALID;
    case NameService_Error_Unavailable: return ERR_BUSY;
    default: return ERR_DECODE;
    }
}

/* Every SIP image defines it (SIP_MANIFEST): its name starts our reports. */
extern const sip_manifest_note_t __insula_manifest;

/* What to do about a refusal, said once on the console. */
static void explain(const char *what, const char *name, err_t err)
{
    const char *sip = __insula_manifest.manifest.name;
    if (err == ERR_DENIED)
        print("%.31s: %s '%s': ERR_DENIED: the boot configuration has no 'allow ... %s \"%s\"' "
              "rule for this SIP\n", sip, what, name, what, name);
    else if (err == ERR_TIMEOUT)
        print("%.31s: %s '%s': ERR_TIMEOUT: nothing was published under that name in time\n",
              sip, what, name);
    else
        print("%.31s: %s '%s': %s\n", sip, what, name, err_name(err));
}

static NameService_imp_t name_service(void)
{
    return (NameService_imp_t){ sip_endpoint(0) };
}

/* Sends `name` in a fresh block with Publish or Bind. */
static err_t send_name(const char *name, bool publish, uint32_t contract_id, handle_t provider)
{
    NameService_imp_t ns = name_service();
    if (ns.h == 0)
        return ERR_NOT_FOUND;
    xblock_result_t block = xblock_from_str(str_from_cstr(name));
    if (block.err != OK)
        return block.err == ERR_RANGE ? ERR_INVALID : block.err;
    if (publish)
        return NameService_imp_send_Publish(ns, block.block, contract_id,
                                            (ServiceProvider_imp_t){ provider });
    return NameService_imp_send_Bind(ns, block.block);
}

service_result_t service_publish(const char *name, uint32_t contract_id)
{
    service_result_t r = { .err = OK, .h = 0, .version = 0 };
    chan_pair_t sp = chan_create(ServiceProvider_CONTRACT_ID);
    if (sp.err != OK) {
        r.err = sp.err;
        return r;
    }
    NameService_imp_msg_t reply;
    r.err = send_name(name, true, contract_id, sp.imp);
    if (r.err == OK)
        r.err = NameService_imp_recv(name_service(), &reply);
    if (r.err != OK) {
        chan_close(sp.exp);
        return r;
    }
    if (reply.id == NameService_MSG_NakPublish) {
        r.err = refusal_status(reply.u.NakPublish.error);
        chan_close(reply.u.NakPublish.provider.h);
        chan_close(sp.exp);
        explain("publish", name, r.err);
        return r;
    }
    r.h = sp.exp;
    return r;
}

service_result_t service_accept(handle_t provider, uint32_t version)
{
    service_result_t r = { .err = OK, .h = 0, .version = version };
    ServiceProvider_Connect_t connect;
    ServiceProvider_exp_t p = { provider };
    r.err = ServiceProvider_exp_recv_Connect(p, &connect);
    if (r.err == OK)
        r.err = ServiceProvider_exp_send_AckConnect(p);
    if (r.err == OK)
        r.err = Service_exp_send_Hello(connect.client, version);
    if (r.err == OK)
        r.h = connect.client.h;
    return r;
}

/* One Bind: the service's importing end (still in Start) or a status. */
static service_result_t bind_once(const char *name)
{
    service_result_t r = { .err = OK, .h = 0, .version = 0 };
    NameService_imp_msg_t reply;
    r.err = send_name(name, false, 0, 0);
    if (r.err == OK)
        r.err = NameService_imp_recv(name_service(), &reply);
    if (r.err != OK)
        return r;
    if (reply.id == NameService_MSG_NakBind)
        r.err = refusal_status(reply.u.NakBind.error);
    else
        r.h = reply.u.AckBind.service.h;
    return r;
}

/* Binds `name`, tried again every BIND_RETRY_MS for up to timeout_ms while
   it is not published (and, if `busy_too`, while its provider refuses us
   busy); the refusal explained once, at the end. */
static service_result_t bind_retrying(const char *name, uint64_t timeout_ms, bool busy_too)
{
    uint64_t waited = 0;
    service_result_t r = bind_once(name);
    while ((r.err == ERR_NOT_FOUND || (busy_too && r.err == ERR_BUSY)) &&
           name_service().h != 0 && waited < timeout_ms) {
        sleep_ms(BIND_RETRY_MS);
        waited += BIND_RETRY_MS;
        r = bind_once(name);
    }
    if (r.err == ERR_NOT_FOUND && name_service().h != 0)
        r.err = ERR_TIMEOUT;
    if (r.err != OK) {
        explain("bind", name, r.err);
        return r;
    }
    Service_Hello_t hello;
    r.err = Service_imp_recv_Hello((Service_imp_t){ r.h }, &hello);
    if (r.err != OK) {
        chan_close(r.h);
        r.h = 0;
        return r;
    }
    r.version = hello.version;
    return r;
}

service_result_t service_bind(const char *name, uint64_t timeout_ms)
{
    return bind_retrying(name, timeout_ms, false);
}

service_result_t service_bind_patient(const char *name, uint64_t timeout_ms)
{
    return bind_retrying(name, timeout_ms, true);
}

#define CHILD_NAME_MAX 31    /* nameservice.contract: Delegate(string<31>) */

service_result_t service_delegate(const char *child)
{
    service_result_t r = { .err = OK, .h = 0, .version = 0 };
    NameService_imp_t ns = name_service();
    str_t name = str_from_cstr(child);
    if (ns.h == 0 || str_len(name) == 0 || str_len(name) > CHILD_NAME_MAX) {
        r.err = ns.h == 0 ? ERR_NOT_FOUND : ERR_INVALID;    /* a longer name breaks the contract */
        return r;
    }
    xblock_result_t block = xblock_from_str(name);
    NameService_imp_msg_t reply;
    r.err = block.err;
    if (r.err == OK)
        r.err = NameService_imp_send_Delegate(ns, block.block);
    if (r.err == OK)
        r.err = NameService_imp_recv(ns, &reply);
    if (r.err != OK)
        return r;
    if (reply.id == NameService_MSG_NakDelegate)
        r.err = refusal_status(reply.u.NakDelegate.error);
    else
        r.h = reply.u.AckDelegate.child.h;
    return r;
}

err_t service_goodbye(handle_t service)
{
    Service_imp_t s = { service };
    err_t rc = Service_imp_send_Goodbye(s);
    if (rc == OK)
        rc = Service_imp_recv_AckGoodbye(s);
    chan_close(service);
    return rc;
}
