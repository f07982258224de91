/* generated from nameservice.contract by contractc — do not edit */
#include "nameservice.h"

/* ==== contract ServiceProvider ==== */

static inline bool ServiceProvider_Refusal_valid(ServiceProvider_Refusal_t v)
{
    switch (v) {
    case ServiceProvider_Refusal_Busy:
    case ServiceProvider_Refusal_WrongContract:
        return true;
    default:
        return false;
    }
}

static err_t ServiceProvider_Connect_decode(const void *_buf, size_t _len, ServiceProvider_Connect_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t ServiceProvider_AckConnect_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t ServiceProvider_NakConnect_decode(const void *_buf, size_t _len, ServiceProvider_NakConnect_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!ServiceProvider_Refusal_valid(_msg->reason))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

err_t ServiceProvider_imp_send_Connect(ServiceProvider_imp_t _ep, Service_exp_t client)
{
    ServiceProvider_Connect_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.client = client;
    return chan_rt_send(_ep.h, ServiceProvider_MSG_Connect, &_msg, sizeof _msg);
}

static err_t ServiceProvider_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    ServiceProvider_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case ServiceProvider_MSG_AckConnect:
        return ServiceProvider_AckConnect_decode(_len);
    case ServiceProvider_MSG_NakConnect:
        return ServiceProvider_NakConnect_decode(_buf, _len, &_msg->u.NakConnect);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t ServiceProvider_imp_recv(ServiceProvider_imp_t _ep, ServiceProvider_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return ServiceProvider_imp_decode(_id, _buf, _len, _msg);
}

err_t ServiceProvider_imp_recv_AckConnect(ServiceProvider_imp_t _ep)
{
    ServiceProvider_imp_msg_t _any;
    err_t _rc = ServiceProvider_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ServiceProvider_MSG_AckConnect)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t ServiceProvider_imp_recv_NakConnect(ServiceProvider_imp_t _ep, SIP_OUT ServiceProvider_NakConnect_t *_msg)
{
    ServiceProvider_imp_msg_t _any;
    err_t _rc = ServiceProvider_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ServiceProvider_MSG_NakConnect)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.NakConnect;
    return OK;
}

err_t ServiceProvider_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const ServiceProvider_imp_handlers_t *_h = _case->handlers;
    ServiceProvider_imp_t _ep = {_case->ep};
    ServiceProvider_imp_msg_t _msg;
    err_t _rc = ServiceProvider_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case ServiceProvider_MSG_AckConnect:
        if (_h->on_AckConnect == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckConnect(_h->ctx, _ep);
    case ServiceProvider_MSG_NakConnect:
        if (_h->on_NakConnect == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NakConnect(_h->ctx, _ep, _msg.u.NakConnect);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t ServiceProvider_imp_case(ServiceProvider_imp_t ep, const ServiceProvider_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, ServiceProvider_imp_dispatch, h};

    return c;
}

err_t ServiceProvider_imp_call_Connect(ServiceProvider_imp_t _ep, Service_exp_t client, SIP_OUT ServiceProvider_imp_msg_t *_reply)
{
    ServiceProvider_Connect_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.client = client;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ServiceProvider_MSG_Connect, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ServiceProvider_imp_decode(_id, _buf, _len, _reply);
}

err_t ServiceProvider_exp_send_AckConnect(ServiceProvider_exp_t _ep)
{
    return chan_rt_send(_ep.h, ServiceProvider_MSG_AckConnect, NULL, 0);
}

err_t ServiceProvider_exp_send_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason)
{
    ServiceProvider_NakConnect_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.client = client;
    _msg.reason = reason;
    return chan_rt_send(_ep.h, ServiceProvider_MSG_NakConnect, &_msg, sizeof _msg);
}

static err_t ServiceProvider_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    ServiceProvider_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case ServiceProvider_MSG_Connect:
        return ServiceProvider_Connect_decode(_buf, _len, &_msg->u.Connect);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t ServiceProvider_exp_recv(ServiceProvider_exp_t _ep, ServiceProvider_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return ServiceProvider_exp_decode(_id, _buf, _len, _msg);
}

err_t ServiceProvider_exp_recv_Connect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_Connect_t *_msg)
{
    ServiceProvider_exp_msg_t _any;
    err_t _rc = ServiceProvider_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ServiceProvider_MSG_Connect)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Connect;
    return OK;
}

err_t ServiceProvider_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const ServiceProvider_exp_handlers_t *_h = _case->handlers;
    ServiceProvider_exp_t _ep = {_case->ep};
    ServiceProvider_exp_msg_t _msg;
    err_t _rc = ServiceProvider_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case ServiceProvider_MSG_Connect:
        if (_h->on_Connect == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Connect(_h->ctx, _ep, _msg.u.Connect);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t ServiceProvider_exp_case(ServiceProvider_exp_t ep, const ServiceProvider_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, ServiceProvider_exp_dispatch, h};

    return c;
}

err_t ServiceProvider_exp_call_AckConnect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ServiceProvider_MSG_AckConnect, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ServiceProvider_exp_decode(_id, _buf, _len, _reply);
}

err_t ServiceProvider_exp_call_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason, SIP_OUT ServiceProvider_exp_msg_t *_reply)
{
    ServiceProvider_NakConnect_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.client = client;
    _msg.reason = reason;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ServiceProvider_MSG_NakConnect, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ServiceProvider_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract NameService ==== */

static inline bool NameService_Error_valid(NameService_Error_t v)
{
    switch (v) {
    case NameService_Error_Refused:
    case NameService_Error_NotFound:
    case NameService_Error_NameTaken:
    case NameService_Error_BadName:
    case NameService_Error_Unavailable:
        return true;
    default:
        return false;
    }
}

static err_t NameService_Publish_decode(const void *_buf, size_t _len, NameService_Publish_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_AckPublish_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t NameService_NakPublish_decode(const void *_buf, size_t _len, NameService_NakPublish_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!NameService_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t NameService_Bind_decode(const void *_buf, size_t _len, NameService_Bind_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_AckBind_decode(const void *_buf, size_t _len, NameService_AckBind_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_NakBind_decode(const void *_buf, size_t _len, NameService_NakBind_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!NameService_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t NameService_List_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t NameService_AckList_decode(const void *_buf, size_t _len, NameService_AckList_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_Unpublish_decode(const void *_buf, size_t _len, NameService_Unpublish_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_AckUnpublish_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t NameService_NakUnpublish_decode(const void *_buf, size_t _len, NameService_NakUnpublish_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!NameService_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t NameService_Delegate_decode(const void *_buf, size_t _len, NameService_Delegate_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_AckDelegate_decode(const void *_buf, size_t _len, NameService_AckDelegate_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NameService_NakDelegate_decode(const void *_buf, size_t _len, NameService_NakDelegate_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!NameService_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

err_t NameService_imp_send_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider)
{
    NameService_Publish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _msg.contract_id = contract_id;
    _msg.provider = provider;
    return chan_rt_send(_ep.h, NameService_MSG_Publish, &_msg, sizeof _msg);
}

err_t NameService_imp_send_Bind(NameService_imp_t _ep, xheap_handle_t name)
{
    NameService_Bind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    return chan_rt_send(_ep.h, NameService_MSG_Bind, &_msg, sizeof _msg);
}

err_t NameService_imp_send_List(NameService_imp_t _ep)
{
    return chan_rt_send(_ep.h, NameService_MSG_List, NULL, 0);
}

err_t NameService_imp_send_Unpublish(NameService_imp_t _ep, xheap_handle_t name)
{
    NameService_Unpublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    return chan_rt_send(_ep.h, NameService_MSG_Unpublish, &_msg, sizeof _msg);
}

err_t NameService_imp_send_Delegate(NameService_imp_t _ep, xheap_handle_t sip)
{
    NameService_Delegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    return chan_rt_send(_ep.h, NameService_MSG_Delegate, &_msg, sizeof _msg);
}

static err_t NameService_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    NameService_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case NameService_MSG_AckPublish:
        return NameService_AckPublish_decode(_len);
    case NameService_MSG_NakPublish:
        return NameService_NakPublish_decode(_buf, _len, &_msg->u.NakPublish);
    case NameService_MSG_AckBind:
        return NameService_AckBind_decode(_buf, _len, &_msg->u.AckBind);
    case NameService_MSG_NakBind:
        return NameService_NakBind_decode(_buf, _len, &_msg->u.NakBind);
    case NameService_MSG_AckList:
        return NameService_AckList_decode(_buf, _len, &_msg->u.AckList);
    case NameService_MSG_AckUnpublish:
        return NameService_AckUnpublish_decode(_len);
    case NameService_MSG_NakUnpublish:
        return NameService_NakUnpublish_decode(_buf, _len, &_msg->u.NakUnpublish);
    case NameService_MSG_AckDelegate:
        return NameService_AckDelegate_decode(_buf, _len, &_msg->u.AckDelegate);
    case NameService_MSG_NakDelegate:
        return NameService_NakDelegate_decode(_buf, _len, &_msg->u.NakDelegate);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t NameService_imp_recv(NameService_imp_t _ep, NameService_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _msg);
}

err_t NameService_imp_recv_AckPublish(NameService_imp_t _ep)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_AckPublish)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t NameService_imp_recv_NakPublish(NameService_imp_t _ep, SIP_OUT NameService_NakPublish_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_NakPublish)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.NakPublish;
    return OK;
}

err_t NameService_imp_recv_AckBind(NameService_imp_t _ep, SIP_OUT NameService_AckBind_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_AckBind)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckBind;
    return OK;
}

err_t NameService_imp_recv_NakBind(NameService_imp_t _ep, SIP_OUT NameService_NakBind_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_NakBind)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.NakBind;
    return OK;
}

err_t NameService_imp_recv_AckList(NameService_imp_t _ep, SIP_OUT NameService_AckList_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_AckList)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckList;
    return OK;
}

err_t NameService_imp_recv_AckUnpublish(NameService_imp_t _ep)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_AckUnpublish)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t NameService_imp_recv_NakUnpublish(NameService_imp_t _ep, SIP_OUT NameService_NakUnpublish_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_NakUnpublish)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.NakUnpublish;
    return OK;
}

err_t NameService_imp_recv_AckDelegate(NameService_imp_t _ep, SIP_OUT NameService_AckDelegate_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_AckDelegate)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckDelegate;
    return OK;
}

err_t NameService_imp_recv_NakDelegate(NameService_imp_t _ep, SIP_OUT NameService_NakDelegate_t *_msg)
{
    NameService_imp_msg_t _any;
    err_t _rc = NameService_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_NakDelegate)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.NakDelegate;
    return OK;
}

err_t NameService_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const NameService_imp_handlers_t *_h = _case->handlers;
    NameService_imp_t _ep = {_case->ep};
    NameService_imp_msg_t _msg;
    err_t _rc = NameService_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case NameService_MSG_AckPublish:
        if (_h->on_AckPublish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPublish(_h->ctx, _ep);
    case NameService_MSG_NakPublish:
        if (_h->on_NakPublish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NakPublish(_h->ctx, _ep, _msg.u.NakPublish);
    case NameService_MSG_AckBind:
        if (_h->on_AckBind == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckBind(_h->ctx, _ep, _msg.u.AckBind);
    case NameService_MSG_NakBind:
        if (_h->on_NakBind == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NakBind(_h->ctx, _ep, _msg.u.NakBind);
    case NameService_MSG_AckList:
        if (_h->on_AckList == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckList(_h->ctx, _ep, _msg.u.AckList);
    case NameService_MSG_AckUnpublish:
        if (_h->on_AckUnpublish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckUnpublish(_h->ctx, _ep);
    case NameService_MSG_NakUnpublish:
        if (_h->on_NakUnpublish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NakUnpublish(_h->ctx, _ep, _msg.u.NakUnpublish);
    case NameService_MSG_AckDelegate:
        if (_h->on_AckDelegate == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckDelegate(_h->ctx, _ep, _msg.u.AckDelegate);
    case NameService_MSG_NakDelegate:
        if (_h->on_NakDelegate == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NakDelegate(_h->ctx, _ep, _msg.u.NakDelegate);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t NameService_imp_case(NameService_imp_t ep, const NameService_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, NameService_imp_dispatch, h};

    return c;
}

err_t NameService_imp_call_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider, SIP_OUT NameService_imp_msg_t *_reply)
{
    NameService_Publish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _msg.contract_id = contract_id;
    _msg.provider = provider;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_Publish, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _reply);
}

err_t NameService_imp_call_Bind(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply)
{
    NameService_Bind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_Bind, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _reply);
}

err_t NameService_imp_call_List(NameService_imp_t _ep, SIP_OUT NameService_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_List, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _reply);
}

err_t NameService_imp_call_Unpublish(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply)
{
    NameService_Unpublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_Unpublish, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _reply);
}

err_t NameService_imp_call_Delegate(NameService_imp_t _ep, xheap_handle_t sip, SIP_OUT NameService_imp_msg_t *_reply)
{
    NameService_Delegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_Delegate, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_imp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_send_AckPublish(NameService_exp_t _ep)
{
    return chan_rt_send(_ep.h, NameService_MSG_AckPublish, NULL, 0);
}

err_t NameService_exp_send_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider)
{
    NameService_NakPublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _msg.provider = provider;
    return chan_rt_send(_ep.h, NameService_MSG_NakPublish, &_msg, sizeof _msg);
}

err_t NameService_exp_send_AckBind(NameService_exp_t _ep, Service_imp_t service)
{
    NameService_AckBind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.service = service;
    return chan_rt_send(_ep.h, NameService_MSG_AckBind, &_msg, sizeof _msg);
}

err_t NameService_exp_send_NakBind(NameService_exp_t _ep, NameService_Error_t error)
{
    NameService_NakBind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, NameService_MSG_NakBind, &_msg, sizeof _msg);
}

err_t NameService_exp_send_AckList(NameService_exp_t _ep, xheap_handle_t names)
{
    NameService_AckList_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.names = names;
    return chan_rt_send(_ep.h, NameService_MSG_AckList, &_msg, sizeof _msg);
}

err_t NameService_exp_send_AckUnpublish(NameService_exp_t _ep)
{
    return chan_rt_send(_ep.h, NameService_MSG_AckUnpublish, NULL, 0);
}

err_t NameService_exp_send_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error)
{
    NameService_NakUnpublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, NameService_MSG_NakUnpublish, &_msg, sizeof _msg);
}

err_t NameService_exp_send_AckDelegate(NameService_exp_t _ep, NameService_imp_t child)
{
    NameService_AckDelegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.child = child;
    return chan_rt_send(_ep.h, NameService_MSG_AckDelegate, &_msg, sizeof _msg);
}

err_t NameService_exp_send_NakDelegate(NameService_exp_t _ep, NameService_Error_t error)
{
    NameService_NakDelegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, NameService_MSG_NakDelegate, &_msg, sizeof _msg);
}

static err_t NameService_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    NameService_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case NameService_MSG_Publish:
        return NameService_Publish_decode(_buf, _len, &_msg->u.Publish);
    case NameService_MSG_Bind:
        return NameService_Bind_decode(_buf, _len, &_msg->u.Bind);
    case NameService_MSG_List:
        return NameService_List_decode(_len);
    case NameService_MSG_Unpublish:
        return NameService_Unpublish_decode(_buf, _len, &_msg->u.Unpublish);
    case NameService_MSG_Delegate:
        return NameService_Delegate_decode(_buf, _len, &_msg->u.Delegate);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t NameService_exp_recv(NameService_exp_t _ep, NameService_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _msg);
}

err_t NameService_exp_recv_Publish(NameService_exp_t _ep, SIP_OUT NameService_Publish_t *_msg)
{
    NameService_exp_msg_t _any;
    err_t _rc = NameService_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_Publish)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Publish;
    return OK;
}

err_t NameService_exp_recv_Bind(NameService_exp_t _ep, SIP_OUT NameService_Bind_t *_msg)
{
    NameService_exp_msg_t _any;
    err_t _rc = NameService_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_Bind)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Bind;
    return OK;
}

err_t NameService_exp_recv_List(NameService_exp_t _ep)
{
    NameService_exp_msg_t _any;
    err_t _rc = NameService_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_List)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t NameService_exp_recv_Unpublish(NameService_exp_t _ep, SIP_OUT NameService_Unpublish_t *_msg)
{
    NameService_exp_msg_t _any;
    err_t _rc = NameService_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_Unpublish)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Unpublish;
    return OK;
}

err_t NameService_exp_recv_Delegate(NameService_exp_t _ep, SIP_OUT NameService_Delegate_t *_msg)
{
    NameService_exp_msg_t _any;
    err_t _rc = NameService_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NameService_MSG_Delegate)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Delegate;
    return OK;
}

err_t NameService_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const NameService_exp_handlers_t *_h = _case->handlers;
    NameService_exp_t _ep = {_case->ep};
    NameService_exp_msg_t _msg;
    err_t _rc = NameService_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case NameService_MSG_Publish:
        if (_h->on_Publish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Publish(_h->ctx, _ep, _msg.u.Publish);
    case NameService_MSG_Bind:
        if (_h->on_Bind == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Bind(_h->ctx, _ep, _msg.u.Bind);
    case NameService_MSG_List:
        if (_h->on_List == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_List(_h->ctx, _ep);
    case NameService_MSG_Unpublish:
        if (_h->on_Unpublish == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Unpublish(_h->ctx, _ep, _msg.u.Unpublish);
    case NameService_MSG_Delegate:
        if (_h->on_Delegate == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Delegate(_h->ctx, _ep, _msg.u.Delegate);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t NameService_exp_case(NameService_exp_t ep, const NameService_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, NameService_exp_dispatch, h};

    return c;
}

err_t NameService_exp_call_AckPublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_AckPublish, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_NakPublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _msg.provider = provider;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_NakPublish, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_AckBind(NameService_exp_t _ep, Service_imp_t service, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_AckBind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.service = service;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_AckBind, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_NakBind(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_NakBind_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_NakBind, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_AckList(NameService_exp_t _ep, xheap_handle_t names, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_AckList_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.names = names;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_AckList, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_AckUnpublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_AckUnpublish, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_NakUnpublish_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_NakUnpublish, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_AckDelegate(NameService_exp_t _ep, NameService_imp_t child, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_AckDelegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.child = child;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_AckDelegate, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

err_t NameService_exp_call_NakDelegate(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply)
{
    NameService_NakDelegate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NameService_MSG_NakDelegate, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NameService_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract NsAdmin ==== */

static inline bool NsAdmin_Action_valid(NsAdmin_Action_t v)
{
    switch (v) {
    case NsAdmin_Action_Publish:
    case NsAdmin_Action_Bind:
        return true;
    default:
        return false;
    }
}

static err_t NsAdmin_Register_decode(const void *_buf, size_t _len, NsAdmin_Register_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t NsAdmin_AckRegister_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t NsAdmin_Allow_decode(const void *_buf, size_t _len, NsAdmin_Allow_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!NsAdmin_Action_valid(_msg->action))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t NsAdmin_AckAllow_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t NsAdmin_imp_send_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client)
{
    NsAdmin_Register_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    _msg.client = client;
    return chan_rt_send(_ep.h, NsAdmin_MSG_Register, &_msg, sizeof _msg);
}

err_t NsAdmin_imp_send_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service)
{
    NsAdmin_Allow_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    _msg.action = action;
    _msg.service = service;
    return chan_rt_send(_ep.h, NsAdmin_MSG_Allow, &_msg, sizeof _msg);
}

static err_t NsAdmin_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    NsAdmin_imp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case NsAdmin_MSG_AckRegister:
        return NsAdmin_AckRegister_decode(_len);
    case NsAdmin_MSG_AckAllow:
        return NsAdmin_AckAllow_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t NsAdmin_imp_recv(NsAdmin_imp_t _ep, NsAdmin_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return NsAdmin_imp_decode(_id, _buf, _len, _msg);
}

err_t NsAdmin_imp_recv_AckRegister(NsAdmin_imp_t _ep)
{
    NsAdmin_imp_msg_t _any;
    err_t _rc = NsAdmin_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NsAdmin_MSG_AckRegister)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t NsAdmin_imp_recv_AckAllow(NsAdmin_imp_t _ep)
{
    NsAdmin_imp_msg_t _any;
    err_t _rc = NsAdmin_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NsAdmin_MSG_AckAllow)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t NsAdmin_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const NsAdmin_imp_handlers_t *_h = _case->handlers;
    NsAdmin_imp_t _ep = {_case->ep};
    NsAdmin_imp_msg_t _msg;
    err_t _rc = NsAdmin_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case NsAdmin_MSG_AckRegister:
        if (_h->on_AckRegister == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckRegister(_h->ctx, _ep);
    case NsAdmin_MSG_AckAllow:
        if (_h->on_AckAllow == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckAllow(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t NsAdmin_imp_case(NsAdmin_imp_t ep, const NsAdmin_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, NsAdmin_imp_dispatch, h};

    return c;
}

err_t NsAdmin_imp_call_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client, SIP_OUT NsAdmin_imp_msg_t *_reply)
{
    NsAdmin_Register_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    _msg.client = client;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NsAdmin_MSG_Register, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NsAdmin_imp_decode(_id, _buf, _len, _reply);
}

err_t NsAdmin_imp_call_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service, SIP_OUT NsAdmin_imp_msg_t *_reply)
{
    NsAdmin_Allow_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sip = sip;
    _msg.action = action;
    _msg.service = service;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NsAdmin_MSG_Allow, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NsAdmin_imp_decode(_id, _buf, _len, _reply);
}

err_t NsAdmin_exp_send_AckRegister(NsAdmin_exp_t _ep)
{
    return chan_rt_send(_ep.h, NsAdmin_MSG_AckRegister, NULL, 0);
}

err_t NsAdmin_exp_send_AckAllow(NsAdmin_exp_t _ep)
{
    return chan_rt_send(_ep.h, NsAdmin_MSG_AckAllow, NULL, 0);
}

static err_t NsAdmin_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    NsAdmin_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case NsAdmin_MSG_Register:
        return NsAdmin_Register_decode(_buf, _len, &_msg->u.Register);
    case NsAdmin_MSG_Allow:
        return NsAdmin_Allow_decode(_buf, _len, &_msg->u.Allow);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t NsAdmin_exp_recv(NsAdmin_exp_t _ep, NsAdmin_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return NsAdmin_exp_decode(_id, _buf, _len, _msg);
}

err_t NsAdmin_exp_recv_Register(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Register_t *_msg)
{
    NsAdmin_exp_msg_t _any;
    err_t _rc = NsAdmin_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NsAdmin_MSG_Register)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Register;
    return OK;
}

err_t NsAdmin_exp_recv_Allow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Allow_t *_msg)
{
    NsAdmin_exp_msg_t _any;
    err_t _rc = NsAdmin_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != NsAdmin_MSG_Allow)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Allow;
    return OK;
}

err_t NsAdmin_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const NsAdmin_exp_handlers_t *_h = _case->handlers;
    NsAdmin_exp_t _ep = {_case->ep};
    NsAdmin_exp_msg_t _msg;
    err_t _rc = NsAdmin_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case NsAdmin_MSG_Register:
        if (_h->on_Register == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Register(_h->ctx, _ep, _msg.u.Register);
    case NsAdmin_MSG_Allow:
        if (_h->on_Allow == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Allow(_h->ctx, _ep, _msg.u.Allow);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t NsAdmin_exp_case(NsAdmin_exp_t ep, const NsAdmin_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, NsAdmin_exp_dispatch, h};

    return c;
}

err_t NsAdmin_exp_call_AckRegister(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NsAdmin_MSG_AckRegister, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NsAdmin_exp_decode(_id, _buf, _len, _reply);
}

err_t NsAdmin_exp_call_AckAllow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, NsAdmin_MSG_AckAllow, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return NsAdmin_exp_decode(_id, _buf, _len, _reply);
}
