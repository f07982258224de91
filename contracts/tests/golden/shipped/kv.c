/* generated from kv.contract by contractc — do not edit */
#include "kv.h"

/* ==== contract Kv ==== */

static inline bool Kv_Error_valid(Kv_Error_t v)
{
    switch (v) {
    case Kv_Error_NotFound:
    case Kv_Error_Full:
        return true;
    default:
        return false;
    }
}

static err_t Kv_Hello_decode(const void *_buf, size_t _len, Kv_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kv_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Kv_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Kv_Put_decode(const void *_buf, size_t _len, Kv_Put_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kv_AckPut_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Kv_PutError_decode(const void *_buf, size_t _len, Kv_PutError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Kv_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Kv_Get_decode(const void *_buf, size_t _len, Kv_Get_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kv_AckGet_decode(const void *_buf, size_t _len, Kv_AckGet_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kv_GetError_decode(const void *_buf, size_t _len, Kv_GetError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Kv_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

err_t Kv_imp_send_Goodbye(Kv_imp_t _ep)
{
    return chan_rt_send(_ep.h, Kv_MSG_Goodbye, NULL, 0);
}

err_t Kv_imp_send_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value)
{
    Kv_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.key = key;
    _msg.value = value;
    return chan_rt_send(_ep.h, Kv_MSG_Put, &_msg, sizeof _msg);
}

err_t Kv_imp_send_Get(Kv_imp_t _ep, xheap_handle_t key)
{
    Kv_Get_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.key = key;
    return chan_rt_send(_ep.h, Kv_MSG_Get, &_msg, sizeof _msg);
}

static err_t Kv_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Kv_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Kv_MSG_Hello:
        return Kv_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Kv_MSG_AckGoodbye:
        return Kv_AckGoodbye_decode(_len);
    case Kv_MSG_AckPut:
        return Kv_AckPut_decode(_len);
    case Kv_MSG_PutError:
        return Kv_PutError_decode(_buf, _len, &_msg->u.PutError);
    case Kv_MSG_AckGet:
        return Kv_AckGet_decode(_buf, _len, &_msg->u.AckGet);
    case Kv_MSG_GetError:
        return Kv_GetError_decode(_buf, _len, &_msg->u.GetError);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Kv_imp_recv(Kv_imp_t _ep, Kv_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Kv_imp_decode(_id, _buf, _len, _msg);
}

err_t Kv_imp_recv_Hello(Kv_imp_t _ep, SIP_OUT Kv_Hello_t *_msg)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Kv_imp_recv_AckGoodbye(Kv_imp_t _ep)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kv_imp_recv_AckPut(Kv_imp_t _ep)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_AckPut)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kv_imp_recv_PutError(Kv_imp_t _ep, SIP_OUT Kv_PutError_t *_msg)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_PutError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.PutError;
    return OK;
}

err_t Kv_imp_recv_AckGet(Kv_imp_t _ep, SIP_OUT Kv_AckGet_t *_msg)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_AckGet)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckGet;
    return OK;
}

err_t Kv_imp_recv_GetError(Kv_imp_t _ep, SIP_OUT Kv_GetError_t *_msg)
{
    Kv_imp_msg_t _any;
    err_t _rc = Kv_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_GetError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.GetError;
    return OK;
}

err_t Kv_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Kv_imp_handlers_t *_h = _case->handlers;
    Kv_imp_t _ep = {_case->ep};
    Kv_imp_msg_t _msg;
    err_t _rc = Kv_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Kv_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Kv_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Kv_MSG_AckPut:
        if (_h->on_AckPut == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPut(_h->ctx, _ep);
    case Kv_MSG_PutError:
        if (_h->on_PutError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_PutError(_h->ctx, _ep, _msg.u.PutError);
    case Kv_MSG_AckGet:
        if (_h->on_AckGet == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGet(_h->ctx, _ep, _msg.u.AckGet);
    case Kv_MSG_GetError:
        if (_h->on_GetError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_GetError(_h->ctx, _ep, _msg.u.GetError);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Kv_imp_case(Kv_imp_t ep, const Kv_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Kv_imp_dispatch, h};

    return c;
}

err_t Kv_imp_call_Goodbye(Kv_imp_t _ep, SIP_OUT Kv_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_imp_decode(_id, _buf, _len, _reply);
}

err_t Kv_imp_call_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value, SIP_OUT Kv_imp_msg_t *_reply)
{
    Kv_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.key = key;
    _msg.value = value;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_Put, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_imp_decode(_id, _buf, _len, _reply);
}

err_t Kv_imp_call_Get(Kv_imp_t _ep, xheap_handle_t key, SIP_OUT Kv_imp_msg_t *_reply)
{
    Kv_Get_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.key = key;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_Get, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_imp_decode(_id, _buf, _len, _reply);
}

err_t Kv_imp_from_Service(Service_imp_t ep, Kv_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Kv_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Kv_exp_send_Hello(Kv_exp_t _ep, uint32_t version)
{
    Kv_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Kv_MSG_Hello, &_msg, sizeof _msg);
}

err_t Kv_exp_send_AckGoodbye(Kv_exp_t _ep)
{
    return chan_rt_send(_ep.h, Kv_MSG_AckGoodbye, NULL, 0);
}

err_t Kv_exp_send_AckPut(Kv_exp_t _ep)
{
    return chan_rt_send(_ep.h, Kv_MSG_AckPut, NULL, 0);
}

err_t Kv_exp_send_PutError(Kv_exp_t _ep, Kv_Error_t error)
{
    Kv_PutError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Kv_MSG_PutError, &_msg, sizeof _msg);
}

err_t Kv_exp_send_AckGet(Kv_exp_t _ep, uint64_t value)
{
    Kv_AckGet_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.value = value;
    return chan_rt_send(_ep.h, Kv_MSG_AckGet, &_msg, sizeof _msg);
}

err_t Kv_exp_send_GetError(Kv_exp_t _ep, Kv_Error_t error)
{
    Kv_GetError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Kv_MSG_GetError, &_msg, sizeof _msg);
}

static err_t Kv_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Kv_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Kv_MSG_Goodbye:
        return Kv_Goodbye_decode(_len);
    case Kv_MSG_Put:
        return Kv_Put_decode(_buf, _len, &_msg->u.Put);
    case Kv_MSG_Get:
        return Kv_Get_decode(_buf, _len, &_msg->u.Get);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Kv_exp_recv(Kv_exp_t _ep, Kv_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _msg);
}

err_t Kv_exp_recv_Goodbye(Kv_exp_t _ep)
{
    Kv_exp_msg_t _any;
    err_t _rc = Kv_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kv_exp_recv_Put(Kv_exp_t _ep, SIP_OUT Kv_Put_t *_msg)
{
    Kv_exp_msg_t _any;
    err_t _rc = Kv_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_Put)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Put;
    return OK;
}

err_t Kv_exp_recv_Get(Kv_exp_t _ep, SIP_OUT Kv_Get_t *_msg)
{
    Kv_exp_msg_t _any;
    err_t _rc = Kv_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kv_MSG_Get)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Get;
    return OK;
}

err_t Kv_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Kv_exp_handlers_t *_h = _case->handlers;
    Kv_exp_t _ep = {_case->ep};
    Kv_exp_msg_t _msg;
    err_t _rc = Kv_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Kv_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Kv_MSG_Put:
        if (_h->on_Put == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Put(_h->ctx, _ep, _msg.u.Put);
    case Kv_MSG_Get:
        if (_h->on_Get == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Get(_h->ctx, _ep, _msg.u.Get);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Kv_exp_case(Kv_exp_t ep, const Kv_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Kv_exp_dispatch, h};

    return c;
}

err_t Kv_exp_call_Hello(Kv_exp_t _ep, uint32_t version, SIP_OUT Kv_exp_msg_t *_reply)
{
    Kv_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _reply);
}

err_t Kv_exp_call_AckPut(Kv_exp_t _ep, SIP_OUT Kv_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_AckPut, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _reply);
}

err_t Kv_exp_call_PutError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply)
{
    Kv_PutError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_PutError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _reply);
}

err_t Kv_exp_call_AckGet(Kv_exp_t _ep, uint64_t value, SIP_OUT Kv_exp_msg_t *_reply)
{
    Kv_AckGet_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.value = value;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_AckGet, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _reply);
}

err_t Kv_exp_call_GetError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply)
{
    Kv_GetError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kv_MSG_GetError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kv_exp_decode(_id, _buf, _len, _reply);
}

err_t Kv_exp_from_Service(Service_exp_t ep, Kv_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Kv_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
