/* generated from service.contract by contractc — do not edit */
#include "service.h"

/* ==== contract Service ==== */

static err_t Service_Hello_decode(const void *_buf, size_t _len, Service_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Service_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Service_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Service_imp_send_Goodbye(Service_imp_t _ep)
{
    return chan_rt_send(_ep.h, Service_MSG_Goodbye, NULL, 0);
}

static err_t Service_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Service_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Service_MSG_Hello:
        return Service_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Service_MSG_AckGoodbye:
        return Service_AckGoodbye_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Service_imp_recv(Service_imp_t _ep, Service_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Service_imp_decode(_id, _buf, _len, _msg);
}

err_t Service_imp_recv_Hello(Service_imp_t _ep, SIP_OUT Service_Hello_t *_msg)
{
    Service_imp_msg_t _any;
    err_t _rc = Service_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Service_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Service_imp_recv_AckGoodbye(Service_imp_t _ep)
{
    Service_imp_msg_t _any;
    err_t _rc = Service_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Service_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Service_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Service_imp_handlers_t *_h = _case->handlers;
    Service_imp_t _ep = {_case->ep};
    Service_imp_msg_t _msg;
    err_t _rc = Service_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Service_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Service_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Service_imp_case(Service_imp_t ep, const Service_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Service_imp_dispatch, h};

    return c;
}

err_t Service_imp_call_Goodbye(Service_imp_t _ep, SIP_OUT Service_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Service_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Service_imp_decode(_id, _buf, _len, _reply);
}

err_t Service_exp_send_Hello(Service_exp_t _ep, uint32_t version)
{
    Service_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Service_MSG_Hello, &_msg, sizeof _msg);
}

err_t Service_exp_send_AckGoodbye(Service_exp_t _ep)
{
    return chan_rt_send(_ep.h, Service_MSG_AckGoodbye, NULL, 0);
}

static err_t Service_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Service_exp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case Service_MSG_Goodbye:
        return Service_Goodbye_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Service_exp_recv(Service_exp_t _ep, Service_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Service_exp_decode(_id, _buf, _len, _msg);
}

err_t Service_exp_recv_Goodbye(Service_exp_t _ep)
{
    Service_exp_msg_t _any;
    err_t _rc = Service_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Service_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Service_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Service_exp_handlers_t *_h = _case->handlers;
    Service_exp_t _ep = {_case->ep};
    Service_exp_msg_t _msg;
    err_t _rc = Service_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Service_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Service_exp_case(Service_exp_t ep, const Service_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Service_exp_dispatch, h};

    return c;
}

err_t Service_exp_call_Hello(Service_exp_t _ep, uint32_t version, SIP_OUT Service_exp_msg_t *_reply)
{
    Service_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Service_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Service_exp_decode(_id, _buf, _len, _reply);
}
