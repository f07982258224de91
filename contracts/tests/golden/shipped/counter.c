/* generated from counter.contract by contractc — do not edit */
#include "counter.h"

/* ==== contract Counter ==== */

static err_t Counter_Hello_decode(const void *_buf, size_t _len, Counter_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Counter_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter_Add_decode(const void *_buf, size_t _len, Counter_Add_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Counter_Get_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter_Value_decode(const void *_buf, size_t _len, Counter_Value_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

err_t Counter_imp_send_Goodbye(Counter_imp_t _ep)
{
    return chan_rt_send(_ep.h, Counter_MSG_Goodbye, NULL, 0);
}

err_t Counter_imp_send_Add(Counter_imp_t _ep, uint32_t n)
{
    Counter_Add_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    return chan_rt_send(_ep.h, Counter_MSG_Add, &_msg, sizeof _msg);
}

err_t Counter_imp_send_Get(Counter_imp_t _ep)
{
    return chan_rt_send(_ep.h, Counter_MSG_Get, NULL, 0);
}

static err_t Counter_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Counter_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Counter_MSG_Hello:
        return Counter_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Counter_MSG_AckGoodbye:
        return Counter_AckGoodbye_decode(_len);
    case Counter_MSG_Value:
        return Counter_Value_decode(_buf, _len, &_msg->u.Value);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Counter_imp_recv(Counter_imp_t _ep, Counter_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Counter_imp_decode(_id, _buf, _len, _msg);
}

err_t Counter_imp_recv_Hello(Counter_imp_t _ep, SIP_OUT Counter_Hello_t *_msg)
{
    Counter_imp_msg_t _any;
    err_t _rc = Counter_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Counter_imp_recv_AckGoodbye(Counter_imp_t _ep)
{
    Counter_imp_msg_t _any;
    err_t _rc = Counter_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter_imp_recv_Value(Counter_imp_t _ep, SIP_OUT Counter_Value_t *_msg)
{
    Counter_imp_msg_t _any;
    err_t _rc = Counter_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_Value)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Value;
    return OK;
}

err_t Counter_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Counter_imp_handlers_t *_h = _case->handlers;
    Counter_imp_t _ep = {_case->ep};
    Counter_imp_msg_t _msg;
    err_t _rc = Counter_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Counter_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Counter_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Counter_MSG_Value:
        if (_h->on_Value == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Value(_h->ctx, _ep, _msg.u.Value);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Counter_imp_case(Counter_imp_t ep, const Counter_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Counter_imp_dispatch, h};

    return c;
}

err_t Counter_imp_call_Goodbye(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter_imp_call_Add(Counter_imp_t _ep, uint32_t n, SIP_OUT Counter_imp_msg_t *_reply)
{
    Counter_Add_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter_MSG_Add, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter_imp_call_Get(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter_MSG_Get, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter_imp_from_Service(Service_imp_t ep, Counter_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Counter_exp_send_Hello(Counter_exp_t _ep, uint32_t version)
{
    Counter_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Counter_MSG_Hello, &_msg, sizeof _msg);
}

err_t Counter_exp_send_AckGoodbye(Counter_exp_t _ep)
{
    return chan_rt_send(_ep.h, Counter_MSG_AckGoodbye, NULL, 0);
}

err_t Counter_exp_send_Value(Counter_exp_t _ep, uint64_t total)
{
    Counter_Value_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.total = total;
    return chan_rt_send(_ep.h, Counter_MSG_Value, &_msg, sizeof _msg);
}

static err_t Counter_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Counter_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Counter_MSG_Goodbye:
        return Counter_Goodbye_decode(_len);
    case Counter_MSG_Add:
        return Counter_Add_decode(_buf, _len, &_msg->u.Add);
    case Counter_MSG_Get:
        return Counter_Get_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Counter_exp_recv(Counter_exp_t _ep, Counter_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Counter_exp_decode(_id, _buf, _len, _msg);
}

err_t Counter_exp_recv_Goodbye(Counter_exp_t _ep)
{
    Counter_exp_msg_t _any;
    err_t _rc = Counter_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter_exp_recv_Add(Counter_exp_t _ep, SIP_OUT Counter_Add_t *_msg)
{
    Counter_exp_msg_t _any;
    err_t _rc = Counter_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_Add)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Add;
    return OK;
}

err_t Counter_exp_recv_Get(Counter_exp_t _ep)
{
    Counter_exp_msg_t _any;
    err_t _rc = Counter_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter_MSG_Get)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Counter_exp_handlers_t *_h = _case->handlers;
    Counter_exp_t _ep = {_case->ep};
    Counter_exp_msg_t _msg;
    err_t _rc = Counter_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Counter_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Counter_MSG_Add:
        if (_h->on_Add == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Add(_h->ctx, _ep, _msg.u.Add);
    case Counter_MSG_Get:
        if (_h->on_Get == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Get(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Counter_exp_case(Counter_exp_t ep, const Counter_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Counter_exp_dispatch, h};

    return c;
}

err_t Counter_exp_call_Hello(Counter_exp_t _ep, uint32_t version, SIP_OUT Counter_exp_msg_t *_reply)
{
    Counter_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter_exp_call_Value(Counter_exp_t _ep, uint64_t total, SIP_OUT Counter_exp_msg_t *_reply)
{
    Counter_Value_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.total = total;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter_MSG_Value, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter_exp_from_Service(Service_exp_t ep, Counter_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
