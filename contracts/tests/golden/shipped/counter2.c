/* generated from counter2.contract by contractc — do not edit */
#include "counter2.h"

/* ==== contract Counter2 ==== */

static err_t Counter2_Hello_decode(const void *_buf, size_t _len, Counter2_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Counter2_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter2_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter2_Add_decode(const void *_buf, size_t _len, Counter2_Add_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Counter2_Get_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter2_Value_decode(const void *_buf, size_t _len, Counter2_Value_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Counter2_Reset_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter2_AckReset_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Counter2_Saturated_decode(const void *_buf, size_t _len, Counter2_Saturated_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

err_t Counter2_imp_send_Goodbye(Counter2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Counter2_MSG_Goodbye, NULL, 0);
}

err_t Counter2_imp_send_Add(Counter2_imp_t _ep, uint32_t n)
{
    Counter2_Add_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    return chan_rt_send(_ep.h, Counter2_MSG_Add, &_msg, sizeof _msg);
}

err_t Counter2_imp_send_Get(Counter2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Counter2_MSG_Get, NULL, 0);
}

err_t Counter2_imp_send_Reset(Counter2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Counter2_MSG_Reset, NULL, 0);
}

static err_t Counter2_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Counter2_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Counter2_MSG_Hello:
        return Counter2_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Counter2_MSG_AckGoodbye:
        return Counter2_AckGoodbye_decode(_len);
    case Counter2_MSG_Value:
        return Counter2_Value_decode(_buf, _len, &_msg->u.Value);
    case Counter2_MSG_AckReset:
        return Counter2_AckReset_decode(_len);
    case Counter2_MSG_Saturated:
        return Counter2_Saturated_decode(_buf, _len, &_msg->u.Saturated);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Counter2_imp_recv(Counter2_imp_t _ep, Counter2_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Counter2_imp_decode(_id, _buf, _len, _msg);
}

err_t Counter2_imp_recv_Hello(Counter2_imp_t _ep, SIP_OUT Counter2_Hello_t *_msg)
{
    Counter2_imp_msg_t _any;
    err_t _rc = Counter2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Counter2_imp_recv_AckGoodbye(Counter2_imp_t _ep)
{
    Counter2_imp_msg_t _any;
    err_t _rc = Counter2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter2_imp_recv_Value(Counter2_imp_t _ep, SIP_OUT Counter2_Value_t *_msg)
{
    Counter2_imp_msg_t _any;
    err_t _rc = Counter2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Value)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Value;
    return OK;
}

err_t Counter2_imp_recv_AckReset(Counter2_imp_t _ep)
{
    Counter2_imp_msg_t _any;
    err_t _rc = Counter2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_AckReset)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter2_imp_recv_Saturated(Counter2_imp_t _ep, SIP_OUT Counter2_Saturated_t *_msg)
{
    Counter2_imp_msg_t _any;
    err_t _rc = Counter2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Saturated)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Saturated;
    return OK;
}

err_t Counter2_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Counter2_imp_handlers_t *_h = _case->handlers;
    Counter2_imp_t _ep = {_case->ep};
    Counter2_imp_msg_t _msg;
    err_t _rc = Counter2_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Counter2_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Counter2_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Counter2_MSG_Value:
        if (_h->on_Value == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Value(_h->ctx, _ep, _msg.u.Value);
    case Counter2_MSG_AckReset:
        if (_h->on_AckReset == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckReset(_h->ctx, _ep);
    case Counter2_MSG_Saturated:
        if (_h->on_Saturated == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Saturated(_h->ctx, _ep, _msg.u.Saturated);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Counter2_imp_case(Counter2_imp_t ep, const Counter2_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Counter2_imp_dispatch, h};

    return c;
}

err_t Counter2_imp_call_Goodbye(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_imp_call_Add(Counter2_imp_t _ep, uint32_t n, SIP_OUT Counter2_imp_msg_t *_reply)
{
    Counter2_Add_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Add, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_imp_call_Get(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Get, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_imp_call_Reset(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Reset, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_imp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_imp_from_Counter(Counter_imp_t ep, Counter2_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Counter2_imp_from_Service(Service_imp_t ep, Counter2_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Counter2_exp_send_Hello(Counter2_exp_t _ep, uint32_t version)
{
    Counter2_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Counter2_MSG_Hello, &_msg, sizeof _msg);
}

err_t Counter2_exp_send_AckGoodbye(Counter2_exp_t _ep)
{
    return chan_rt_send(_ep.h, Counter2_MSG_AckGoodbye, NULL, 0);
}

err_t Counter2_exp_send_Value(Counter2_exp_t _ep, uint64_t total)
{
    Counter2_Value_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.total = total;
    return chan_rt_send(_ep.h, Counter2_MSG_Value, &_msg, sizeof _msg);
}

err_t Counter2_exp_send_AckReset(Counter2_exp_t _ep)
{
    return chan_rt_send(_ep.h, Counter2_MSG_AckReset, NULL, 0);
}

err_t Counter2_exp_send_Saturated(Counter2_exp_t _ep, uint64_t limit)
{
    Counter2_Saturated_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.limit = limit;
    return chan_rt_send(_ep.h, Counter2_MSG_Saturated, &_msg, sizeof _msg);
}

static err_t Counter2_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Counter2_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Counter2_MSG_Goodbye:
        return Counter2_Goodbye_decode(_len);
    case Counter2_MSG_Add:
        return Counter2_Add_decode(_buf, _len, &_msg->u.Add);
    case Counter2_MSG_Get:
        return Counter2_Get_decode(_len);
    case Counter2_MSG_Reset:
        return Counter2_Reset_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Counter2_exp_recv(Counter2_exp_t _ep, Counter2_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Counter2_exp_decode(_id, _buf, _len, _msg);
}

err_t Counter2_exp_recv_Goodbye(Counter2_exp_t _ep)
{
    Counter2_exp_msg_t _any;
    err_t _rc = Counter2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter2_exp_recv_Add(Counter2_exp_t _ep, SIP_OUT Counter2_Add_t *_msg)
{
    Counter2_exp_msg_t _any;
    err_t _rc = Counter2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Add)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Add;
    return OK;
}

err_t Counter2_exp_recv_Get(Counter2_exp_t _ep)
{
    Counter2_exp_msg_t _any;
    err_t _rc = Counter2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Get)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter2_exp_recv_Reset(Counter2_exp_t _ep)
{
    Counter2_exp_msg_t _any;
    err_t _rc = Counter2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Counter2_MSG_Reset)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Counter2_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Counter2_exp_handlers_t *_h = _case->handlers;
    Counter2_exp_t _ep = {_case->ep};
    Counter2_exp_msg_t _msg;
    err_t _rc = Counter2_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Counter2_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Counter2_MSG_Add:
        if (_h->on_Add == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Add(_h->ctx, _ep, _msg.u.Add);
    case Counter2_MSG_Get:
        if (_h->on_Get == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Get(_h->ctx, _ep);
    case Counter2_MSG_Reset:
        if (_h->on_Reset == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Reset(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Counter2_exp_case(Counter2_exp_t ep, const Counter2_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Counter2_exp_dispatch, h};

    return c;
}

err_t Counter2_exp_call_Hello(Counter2_exp_t _ep, uint32_t version, SIP_OUT Counter2_exp_msg_t *_reply)
{
    Counter2_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_exp_call_Value(Counter2_exp_t _ep, uint64_t total, SIP_OUT Counter2_exp_msg_t *_reply)
{
    Counter2_Value_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.total = total;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Value, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_exp_call_AckReset(Counter2_exp_t _ep, SIP_OUT Counter2_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_AckReset, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_exp_call_Saturated(Counter2_exp_t _ep, uint64_t limit, SIP_OUT Counter2_exp_msg_t *_reply)
{
    Counter2_Saturated_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.limit = limit;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Counter2_MSG_Saturated, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Counter2_exp_decode(_id, _buf, _len, _reply);
}

err_t Counter2_exp_from_Counter(Counter_exp_t ep, Counter2_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Counter2_exp_from_Service(Service_exp_t ep, Counter2_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Counter2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
