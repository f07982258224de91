/* generated from nameservice.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_NAMESERVICE_H
#define INSULA_CONTRACTS_NAMESERVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_ServiceProvider
#define INSULA_ENDPOINT_ServiceProvider
#define ServiceProvider_CONTRACT_ID 0x06c5e211u
/* The importing (client) end of a ServiceProvider channel. */
typedef struct ServiceProvider_imp { chan_handle_t h; } ServiceProvider_imp_t;
/* The exporting (service) end of a ServiceProvider channel. */
typedef struct ServiceProvider_exp { chan_handle_t h; } ServiceProvider_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

#ifndef INSULA_ENDPOINT_NameService
#define INSULA_ENDPOINT_NameService
#define NameService_CONTRACT_ID 0xf5966f9du
/* The importing (client) end of a NameService channel. */
typedef struct NameService_imp { chan_handle_t h; } NameService_imp_t;
/* The exporting (service) end of a NameService channel. */
typedef struct NameService_exp { chan_handle_t h; } NameService_exp_t;
#endif

#ifndef INSULA_ENDPOINT_NsAdmin
#define INSULA_ENDPOINT_NsAdmin
#define NsAdmin_CONTRACT_ID 0xb2efda45u
/* The importing (client) end of a NsAdmin channel. */
typedef struct NsAdmin_imp { chan_handle_t h; } NsAdmin_imp_t;
/* The exporting (service) end of a NsAdmin channel. */
typedef struct NsAdmin_exp { chan_handle_t h; } NsAdmin_exp_t;
#endif

/* ==== contract ServiceProvider ==== */

#define ServiceProvider_MSG_Connect 0u
#define ServiceProvider_MSG_AckConnect 1u
#define ServiceProvider_MSG_NakConnect 2u
#define ServiceProvider_MSG_COUNT 3u

/* enum Refusal */
typedef uint32_t ServiceProvider_Refusal_t;
#define ServiceProvider_Refusal_Busy ((ServiceProvider_Refusal_t)1u)
#define ServiceProvider_Refusal_WrongContract ((ServiceProvider_Refusal_t)2u)

/* in message Connect(Service.exp:Start client): imp sends, exp receives */
typedef struct ServiceProvider_Connect {
    Service_exp_t client;
} ServiceProvider_Connect_t;
_Static_assert(sizeof(ServiceProvider_Connect_t) == 8, "ServiceProvider.Connect: size");
_Static_assert(offsetof(ServiceProvider_Connect_t, client) == 0, "ServiceProvider.Connect.client: offset");

/* out message AckConnect(): exp sends, imp receives */

/* out message NakConnect(Service.exp:Start client, Refusal reason): exp sends, imp receives */
typedef struct ServiceProvider_NakConnect {
    Service_exp_t client;
    ServiceProvider_Refusal_t reason;
    uint8_t _pad0[4];
} ServiceProvider_NakConnect_t;
_Static_assert(sizeof(ServiceProvider_NakConnect_t) == 16, "ServiceProvider.NakConnect: size");
_Static_assert(offsetof(ServiceProvider_NakConnect_t, client) == 0, "ServiceProvider.NakConnect.client: offset");
_Static_assert(offsetof(ServiceProvider_NakConnect_t, reason) == 8, "ServiceProvider.NakConnect.reason: offset");

/* ServiceProvider_imp: the importing (client) side. */
err_t ServiceProvider_imp_send_Connect(ServiceProvider_imp_t _ep, Service_exp_t client);
/* Any message ServiceProvider_imp receives; id is a ServiceProvider_MSG_*. */
typedef struct ServiceProvider_imp_msg {
    uint16_t id;
    union {
        ServiceProvider_NakConnect_t NakConnect;
    } u;
} ServiceProvider_imp_msg_t;
err_t ServiceProvider_imp_recv(ServiceProvider_imp_t _ep, SIP_OUT ServiceProvider_imp_msg_t *_msg);
err_t ServiceProvider_imp_recv_AckConnect(ServiceProvider_imp_t _ep);
err_t ServiceProvider_imp_recv_NakConnect(ServiceProvider_imp_t _ep, SIP_OUT ServiceProvider_NakConnect_t *_msg);
/* The handlers' state: the SIP defines struct ServiceProvider_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct ServiceProvider_imp_ctx ServiceProvider_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct ServiceProvider_imp_handlers {
    ServiceProvider_imp_ctx_t *ctx;
    err_t (*on_AckConnect)(ServiceProvider_imp_ctx_t *ctx, ServiceProvider_imp_t ep);
    err_t (*on_NakConnect)(ServiceProvider_imp_ctx_t *ctx, ServiceProvider_imp_t ep, ServiceProvider_NakConnect_t msg);
} ServiceProvider_imp_handlers_t;
chan_case_t ServiceProvider_imp_case(ServiceProvider_imp_t ep, const ServiceProvider_imp_handlers_t *h);
err_t ServiceProvider_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* ServiceProvider_imp_send_Connect, then the next message received, in one kernel entry. */
err_t ServiceProvider_imp_call_Connect(ServiceProvider_imp_t _ep, Service_exp_t client, SIP_OUT ServiceProvider_imp_msg_t *_reply);

/* ServiceProvider_exp: the exporting (service) side. */
err_t ServiceProvider_exp_send_AckConnect(ServiceProvider_exp_t _ep);
err_t ServiceProvider_exp_send_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason);
/* Any message ServiceProvider_exp receives; id is a ServiceProvider_MSG_*. */
typedef struct ServiceProvider_exp_msg {
    uint16_t id;
    union {
        ServiceProvider_Connect_t Connect;
    } u;
} ServiceProvider_exp_msg_t;
err_t ServiceProvider_exp_recv(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_exp_msg_t *_msg);
err_t ServiceProvider_exp_recv_Connect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_Connect_t *_msg);
/* The handlers' state: the SIP defines struct ServiceProvider_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct ServiceProvider_exp_ctx ServiceProvider_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct ServiceProvider_exp_handlers {
    ServiceProvider_exp_ctx_t *ctx;
    err_t (*on_Connect)(ServiceProvider_exp_ctx_t *ctx, ServiceProvider_exp_t ep, ServiceProvider_Connect_t msg);
} ServiceProvider_exp_handlers_t;
chan_case_t ServiceProvider_exp_case(ServiceProvider_exp_t ep, const ServiceProvider_exp_handlers_t *h);
err_t ServiceProvider_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* ServiceProvider_exp_send_AckConnect, then the next message received, in one kernel entry. */
err_t ServiceProvider_exp_call_AckConnect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_exp_msg_t *_reply);
/* ServiceProvider_exp_send_NakConnect, then the next message received, in one kernel entry. */
err_t ServiceProvider_exp_call_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason, SIP_OUT ServiceProvider_exp_msg_t *_reply);

/* ==== contract NameService ==== */

#define NameService_MSG_Publish 0u
#define NameService_MSG_AckPublish 1u
#define NameService_MSG_NakPublish 2u
#define NameService_MSG_Bind 3u
#define NameService_MSG_AckBind 4u
#define NameService_MSG_NakBind 5u
#define NameService_MSG_List 6u
#define NameService_MSG_AckList 7u
#define NameService_MSG_Unpublish 8u
#define NameService_MSG_AckUnpublish 9u
#define NameService_MSG_NakUnpublish 10u
#define NameService_MSG_Delegate 11u
#define NameService_MSG_AckDelegate 12u
#define NameService_MSG_NakDelegate 13u
#define NameService_MSG_COUNT 14u

/* enum Error */
typedef uint32_t NameService_Error_t;
#define NameService_Error_Refused ((NameService_Error_t)1u)
#define NameService_Error_NotFound ((NameService_Error_t)2u)
#define NameService_Error_NameTaken ((NameService_Error_t)3u)
#define NameService_Error_BadName ((NameService_Error_t)4u)
#define NameService_Error_Unavailable ((NameService_Error_t)5u)

/* in message Publish(string<255> name, u32 contract_id, ServiceProvider.imp:Ready provider): imp sends, exp receives */
typedef struct NameService_Publish {
    xheap_handle_t name;
    uint32_t contract_id;
    uint8_t _pad0[4];
    ServiceProvider_imp_t provider;
} NameService_Publish_t;
_Static_assert(sizeof(NameService_Publish_t) == 24, "NameService.Publish: size");
_Static_assert(offsetof(NameService_Publish_t, name) == 0, "NameService.Publish.name: offset");
_Static_assert(offsetof(NameService_Publish_t, contract_id) == 8, "NameService.Publish.contract_id: offset");
_Static_assert(offsetof(NameService_Publish_t, provider) == 16, "NameService.Publish.provider: offset");

/* out message AckPublish(): exp sends, imp receives */

/* out message NakPublish(Error error, ServiceProvider.imp:Ready provider): exp sends, imp receives */
typedef struct NameService_NakPublish {
    NameService_Error_t error;
    uint8_t _pad0[4];
    ServiceProvider_imp_t provider;
} NameService_NakPublish_t;
_Static_assert(sizeof(NameService_NakPublish_t) == 16, "NameService.NakPublish: size");
_Static_assert(offsetof(NameService_NakPublish_t, error) == 0, "NameService.NakPublish.error: offset");
_Static_assert(offsetof(NameService_NakPublish_t, provider) == 8, "NameService.NakPublish.provider: offset");

/* in message Bind(string<255> name): imp sends, exp receives */
typedef struct NameService_Bind {
    xheap_handle_t name;
} NameService_Bind_t;
_Static_assert(sizeof(NameService_Bind_t) == 8, "NameService.Bind: size");
_Static_assert(offsetof(NameService_Bind_t, name) == 0, "NameService.Bind.name: offset");

/* out message AckBind(Service.imp:Start service): exp sends, imp receives */
typedef struct NameService_AckBind {
    Service_imp_t service;
} NameService_AckBind_t;
_Static_assert(sizeof(NameService_AckBind_t) == 8, "NameService.AckBind: size");
_Static_assert(offsetof(NameService_AckBind_t, service) == 0, "NameService.AckBind.service: offset");

/* out message NakBind(Error error): exp sends, imp receives */
typedef struct NameService_NakBind {
    NameService_Error_t error;
    uint8_t _pad0[4];
} NameService_NakBind_t;
_Static_assert(sizeof(NameService_NakBind_t) == 8, "NameService.NakBind: size");
_Static_assert(offsetof(NameService_NakBind_t, error) == 0, "NameService.NakBind.error: offset");

/* in message List(): imp sends, exp receives */

/* out message AckList(string<4096> names): exp sends, imp receives */
typedef struct NameService_AckList {
    xheap_handle_t names;
} NameService_AckList_t;
_Static_assert(sizeof(NameService_AckList_t) == 8, "NameService.AckList: size");
_Static_assert(offsetof(NameService_AckList_t, names) == 0, "NameService.AckList.names: offset");

/* in message Unpublish(string<255> name): imp sends, exp receives */
typedef struct NameService_Unpublish {
    xheap_handle_t name;
} NameService_Unpublish_t;
_Static_assert(sizeof(NameService_Unpublish_t) == 8, "NameService.Unpublish: size");
_Static_assert(offsetof(NameService_Unpublish_t, name) == 0, "NameService.Unpublish.name: offset");

/* out message AckUnpublish(): exp sends, imp receives */

/* out message NakUnpublish(Error error): exp sends, imp receives */
typedef struct NameService_NakUnpublish {
    NameService_Error_t error;
    uint8_t _pad0[4];
} NameService_NakUnpublish_t;
_Static_assert(sizeof(NameService_NakUnpublish_t) == 8, "NameService.NakUnpublish: size");
_Static_assert(offsetof(NameService_NakUnpublish_t, error) == 0, "NameService.NakUnpublish.error: offset");

/* in message Delegate(string<31> sip): imp sends, exp receives */
typedef struct NameService_Delegate {
    xheap_handle_t sip;
} NameService_Delegate_t;
_Static_assert(sizeof(NameService_Delegate_t) == 8, "NameService.Delegate: size");
_Static_assert(offsetof(NameService_Delegate_t, sip) == 0, "NameService.Delegate.sip: offset");

/* out message AckDelegate(NameService.imp:Ready child): exp sends, imp receives */
typedef struct NameService_AckDelegate {
    NameService_imp_t child;
} NameService_AckDelegate_t;
_Static_assert(sizeof(NameService_AckDelegate_t) == 8, "NameService.AckDelegate: size");
_Static_assert(offsetof(NameService_AckDelegate_t, child) == 0, "NameService.AckDelegate.child: offset");

/* out message NakDelegate(Error error): exp sends, imp receives */
typedef struct NameService_NakDelegate {
    NameService_Error_t error;
    uint8_t _pad0[4];
} NameService_NakDelegate_t;
_Static_assert(sizeof(NameService_NakDelegate_t) == 8, "NameService.NakDelegate: size");
_Static_assert(offsetof(NameService_NakDelegate_t, error) == 0, "NameService.NakDelegate.error: offset");

/* NameService_imp: the importing (client) side. */
err_t NameService_imp_send_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider);
err_t NameService_imp_send_Bind(NameService_imp_t _ep, xheap_handle_t name);
err_t NameService_imp_send_List(NameService_imp_t _ep);
err_t NameService_imp_send_Unpublish(NameService_imp_t _ep, xheap_handle_t name);
err_t NameService_imp_send_Delegate(NameService_imp_t _ep, xheap_handle_t sip);
/* Any message NameService_imp receives; id is a NameService_MSG_*. */
typedef struct NameService_imp_msg {
    uint16_t id;
    union {
        NameService_NakPublish_t NakPublish;
        NameService_AckBind_t AckBind;
        NameService_NakBind_t NakBind;
        NameService_AckList_t AckList;
        NameService_NakUnpublish_t NakUnpublish;
        NameService_AckDelegate_t AckDelegate;
        NameService_NakDelegate_t NakDelegate;
    } u;
} NameService_imp_msg_t;
err_t NameService_imp_recv(NameService_imp_t _ep, SIP_OUT NameService_imp_msg_t *_msg);
err_t NameService_imp_recv_AckPublish(NameService_imp_t _ep);
err_t NameService_imp_recv_NakPublish(NameService_imp_t _ep, SIP_OUT NameService_NakPublish_t *_msg);
err_t NameService_imp_recv_AckBind(NameService_imp_t _ep, SIP_OUT NameService_AckBind_t *_msg);
err_t NameService_imp_recv_NakBind(NameService_imp_t _ep, SIP_OUT NameService_NakBind_t *_msg);
err_t NameService_imp_recv_AckList(NameService_imp_t _ep, SIP_OUT NameService_AckList_t *_msg);
err_t NameService_imp_recv_AckUnpublish(NameService_imp_t _ep);
err_t NameService_imp_recv_NakUnpublish(NameService_imp_t _ep, SIP_OUT NameService_NakUnpublish_t *_msg);
err_t NameService_imp_recv_AckDelegate(NameService_imp_t _ep, SIP_OUT NameService_AckDelegate_t *_msg);
err_t NameService_imp_recv_NakDelegate(NameService_imp_t _ep, SIP_OUT NameService_NakDelegate_t *_msg);
/* The handlers' state: the SIP defines struct NameService_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct NameService_imp_ctx NameService_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct NameService_imp_handlers {
    NameService_imp_ctx_t *ctx;
    err_t (*on_AckPublish)(NameService_imp_ctx_t *ctx, NameService_imp_t ep);
    err_t (*on_NakPublish)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_NakPublish_t msg);
    err_t (*on_AckBind)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_AckBind_t msg);
    err_t (*on_NakBind)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_NakBind_t msg);
    err_t (*on_AckList)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_AckList_t msg);
    err_t (*on_AckUnpublish)(NameService_imp_ctx_t *ctx, NameService_imp_t ep);
    err_t (*on_NakUnpublish)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_NakUnpublish_t msg);
    err_t (*on_AckDelegate)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_AckDelegate_t msg);
    err_t (*on_NakDelegate)(NameService_imp_ctx_t *ctx, NameService_imp_t ep, NameService_NakDelegate_t msg);
} NameService_imp_handlers_t;
chan_case_t NameService_imp_case(NameService_imp_t ep, const NameService_imp_handlers_t *h);
err_t NameService_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* NameService_imp_send_Publish, then the next message received, in one kernel entry. */
err_t NameService_imp_call_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider, SIP_OUT NameService_imp_msg_t *_reply);
/* NameService_imp_send_Bind, then the next message received, in one kernel entry. */
err_t NameService_imp_call_Bind(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply);
/* NameService_imp_send_List, then the next message received, in one kernel entry. */
err_t NameService_imp_call_List(NameService_imp_t _ep, SIP_OUT NameService_imp_msg_t *_reply);
/* NameService_imp_send_Unpublish, then the next message received, in one kernel entry. */
err_t NameService_imp_call_Unpublish(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply);
/* NameService_imp_send_Delegate, then the next message received, in one kernel entry. */
err_t NameService_imp_call_Delegate(NameService_imp_t _ep, xheap_handle_t sip, SIP_OUT NameService_imp_msg_t *_reply);

/* NameService_exp: the exporting (service) side. */
err_t NameService_exp_send_AckPublish(NameService_exp_t _ep);
err_t NameService_exp_send_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider);
err_t NameService_exp_send_AckBind(NameService_exp_t _ep, Service_imp_t service);
err_t NameService_exp_send_NakBind(NameService_exp_t _ep, NameService_Error_t error);
err_t NameService_exp_send_AckList(NameService_exp_t _ep, xheap_handle_t names);
err_t NameService_exp_send_AckUnpublish(NameService_exp_t _ep);
err_t NameService_exp_send_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error);
err_t NameService_exp_send_AckDelegate(NameService_exp_t _ep, NameService_imp_t child);
err_t NameService_exp_send_NakDelegate(NameService_exp_t _ep, NameService_Error_t error);
/* Any message NameService_exp receives; id is a NameService_MSG_*. */
typedef struct NameService_exp_msg {
    uint16_t id;
    union {
        NameService_Publish_t Publish;
        NameService_Bind_t Bind;
        NameService_Unpublish_t Unpublish;
        NameService_Delegate_t Delegate;
    } u;
} NameService_exp_msg_t;
err_t NameService_exp_recv(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_msg);
err_t NameService_exp_recv_Publish(NameService_exp_t _ep, SIP_OUT NameService_Publish_t *_msg);
err_t NameService_exp_recv_Bind(NameService_exp_t _ep, SIP_OUT NameService_Bind_t *_msg);
err_t NameService_exp_recv_List(NameService_exp_t _ep);
err_t NameService_exp_recv_Unpublish(NameService_exp_t _ep, SIP_OUT NameService_Unpublish_t *_msg);
err_t NameService_exp_recv_Delegate(NameService_exp_t _ep, SIP_OUT NameService_Delegate_t *_msg);
/* The handlers' state: the SIP defines struct NameService_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct NameService_exp_ctx NameService_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct NameService_exp_handlers {
    NameService_exp_ctx_t *ctx;
    err_t (*on_Publish)(NameService_exp_ctx_t *ctx, NameService_exp_t ep, NameService_Publish_t msg);
    err_t (*on_Bind)(NameService_exp_ctx_t *ctx, NameService_exp_t ep, NameService_Bind_t msg);
    err_t (*on_List)(NameService_exp_ctx_t *ctx, NameService_exp_t ep);
    err_t (*on_Unpublish)(NameService_exp_ctx_t *ctx, NameService_exp_t ep, NameService_Unpublish_t msg);
    err_t (*on_Delegate)(NameService_exp_ctx_t *ctx, NameService_exp_t ep, NameService_Delegate_t msg);
} NameService_exp_handlers_t;
chan_case_t NameService_exp_case(NameService_exp_t ep, const NameService_exp_handlers_t *h);
err_t NameService_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* NameService_exp_send_AckPublish, then the next message received, in one kernel entry. */
err_t NameService_exp_call_AckPublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_NakPublish, then the next message received, in one kernel entry. */
err_t NameService_exp_call_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_AckBind, then the next message received, in one kernel entry. */
err_t NameService_exp_call_AckBind(NameService_exp_t _ep, Service_imp_t service, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_NakBind, then the next message received, in one kernel entry. */
err_t NameService_exp_call_NakBind(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_AckList, then the next message received, in one kernel entry. */
err_t NameService_exp_call_AckList(NameService_exp_t _ep, xheap_handle_t names, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_AckUnpublish, then the next message received, in one kernel entry. */
err_t NameService_exp_call_AckUnpublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_NakUnpublish, then the next message received, in one kernel entry. */
err_t NameService_exp_call_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_AckDelegate, then the next message received, in one kernel entry. */
err_t NameService_exp_call_AckDelegate(NameService_exp_t _ep, NameService_imp_t child, SIP_OUT NameService_exp_msg_t *_reply);
/* NameService_exp_send_NakDelegate, then the next message received, in one kernel entry. */
err_t NameService_exp_call_NakDelegate(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);

/* ==== contract NsAdmin ==== */

#define NsAdmin_MSG_Register 0u
#define NsAdmin_MSG_AckRegister 1u
#define NsAdmin_MSG_Allow 2u
#define NsAdmin_MSG_AckAllow 3u
#define NsAdmin_MSG_COUNT 4u

/* enum Action */
typedef uint32_t NsAdmin_Action_t;
#define NsAdmin_Action_Publish ((NsAdmin_Action_t)1u)
#define NsAdmin_Action_Bind ((NsAdmin_Action_t)2u)

/* in message Register(string<31> sip, NameService.exp:Ready client): imp sends, exp receives */
typedef struct NsAdmin_Register {
    xheap_handle_t sip;
    NameService_exp_t client;
} NsAdmin_Register_t;
_Static_assert(sizeof(NsAdmin_Register_t) == 16, "NsAdmin.Register: size");
_Static_assert(offsetof(NsAdmin_Register_t, sip) == 0, "NsAdmin.Register.sip: offset");
_Static_assert(offsetof(NsAdmin_Register_t, client) == 8, "NsAdmin.Register.client: offset");

/* out message AckRegister(): exp sends, imp receives */

/* in message Allow(string<31> sip, Action action, string<63> service): imp sends, exp receives */
typedef struct NsAdmin_Allow {
    xheap_handle_t sip;
    NsAdmin_Action_t action;
    uint8_t _pad0[4];
    xheap_handle_t service;
} NsAdmin_Allow_t;
_Static_assert(sizeof(NsAdmin_Allow_t) == 24, "NsAdmin.Allow: size");
_Static_assert(offsetof(NsAdmin_Allow_t, sip) == 0, "NsAdmin.Allow.sip: offset");
_Static_assert(offsetof(NsAdmin_Allow_t, action) == 8, "NsAdmin.Allow.action: offset");
_Static_assert(offsetof(NsAdmin_Allow_t, service) == 16, "NsAdmin.Allow.service: offset");

/* out message AckAllow(): exp sends, imp receives */

/* NsAdmin_imp: the importing (client) side. */
err_t NsAdmin_imp_send_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client);
err_t NsAdmin_imp_send_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service);
/* Any message NsAdmin_imp receives; id is a NsAdmin_MSG_*. */
typedef struct NsAdmin_imp_msg {
    uint16_t id;
} NsAdmin_imp_msg_t;
err_t NsAdmin_imp_recv(NsAdmin_imp_t _ep, SIP_OUT NsAdmin_imp_msg_t *_msg);
err_t NsAdmin_imp_recv_AckRegister(NsAdmin_imp_t _ep);
err_t NsAdmin_imp_recv_AckAllow(NsAdmin_imp_t _ep);
/* The handlers' state: the SIP defines struct NsAdmin_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct NsAdmin_imp_ctx NsAdmin_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct NsAdmin_imp_handlers {
    NsAdmin_imp_ctx_t *ctx;
    err_t (*on_AckRegister)(NsAdmin_imp_ctx_t *ctx, NsAdmin_imp_t ep);
    err_t (*on_AckAllow)(NsAdmin_imp_ctx_t *ctx, NsAdmin_imp_t ep);
} NsAdmin_imp_handlers_t;
chan_case_t NsAdmin_imp_case(NsAdmin_imp_t ep, const NsAdmin_imp_handlers_t *h);
err_t NsAdmin_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* NsAdmin_imp_send_Register, then the next message received, in one kernel entry. */
err_t NsAdmin_imp_call_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client, SIP_OUT NsAdmin_imp_msg_t *_reply);
/* NsAdmin_imp_send_Allow, then the next message received, in one kernel entry. */
err_t NsAdmin_imp_call_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service, SIP_OUT NsAdmin_imp_msg_t *_reply);

/* NsAdmin_exp: the exporting (service) side. */
err_t NsAdmin_exp_send_AckRegister(NsAdmin_exp_t _ep);
err_t NsAdmin_exp_send_AckAllow(NsAdmin_exp_t _ep);
/* Any message NsAdmin_exp receives; id is a NsAdmin_MSG_*. */
typedef struct NsAdmin_exp_msg {
    uint16_t id;
    union {
        NsAdmin_Register_t Register;
        NsAdmin_Allow_t Allow;
    } u;
} NsAdmin_exp_msg_t;
err_t NsAdmin_exp_recv(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_msg);
err_t NsAdmin_exp_recv_Register(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Register_t *_msg);
err_t NsAdmin_exp_recv_Allow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Allow_t *_msg);
/* The handlers' state: the SIP defines struct NsAdmin_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct NsAdmin_exp_ctx NsAdmin_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct NsAdmin_exp_handlers {
    NsAdmin_exp_ctx_t *ctx;
    err_t (*on_Register)(NsAdmin_exp_ctx_t *ctx, NsAdmin_exp_t ep, NsAdmin_Register_t msg);
    err_t (*on_Allow)(NsAdmin_exp_ctx_t *ctx, NsAdmin_exp_t ep, NsAdmin_Allow_t msg);
} NsAdmin_exp_handlers_t;
chan_case_t NsAdmin_exp_case(NsAdmin_exp_t ep, const NsAdmin_exp_handlers_t *h);
err_t NsAdmin_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* NsAdmin_exp_send_AckRegister, then the next message received, in one kernel entry. */
err_t NsAdmin_exp_call_AckRegister(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply);
/* NsAdmin_exp_send_AckAllow, then the next message received, in one kernel entry. */
err_t NsAdmin_exp_call_AckAllow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_NAMESERVICE_H */
