/* generated from pingpong.contract by contractc — do not edit */
#include "pingpong.h"

/* ==== contract PingPong ==== */

static err_t PingPong_Ping_decode(const void *_buf, size_t _len, PingPong_Ping_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t PingPong_Pong_decode(const void *_buf, size_t _len, PingPong_Pong_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

err_t PingPong_imp_send_Ping(PingPong_imp_t _ep, uint32_t data)
{
    PingPong_Ping_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    return chan_rt_send(_ep.h, PingPong_MSG_Ping, &_msg, sizeof _msg);
}

static err_t PingPong_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    PingPong_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case PingPong_MSG_Pong:
        return PingPong_Pong_decode(_buf, _len, &_msg->u.Pong);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t PingPong_imp_recv(PingPong_imp_t _ep, PingPong_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return PingPong_imp_decode(_id, _buf, _len, _msg);
}

err_t PingPong_imp_recv_Pong(PingPong_imp_t _ep, SIP_OUT PingPong_Pong_t *_msg)
{
    PingPong_imp_msg_t _any;
    err_t _rc = PingPong_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != PingPong_MSG_Pong)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Pong;
    return OK;
}

err_t PingPong_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const PingPong_imp_handlers_t *_h = _case->handlers;
    PingPong_imp_t _ep = {_case->ep};
    PingPong_imp_msg_t _msg;
    err_t _rc = PingPong_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case PingPong_MSG_Pong:
        if (_h->on_Pong == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Pong(_h->ctx, _ep, _msg.u.Pong);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t PingPong_imp_case(PingPong_imp_t ep, const PingPong_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, PingPong_imp_dispatch, h};

    return c;
}

err_t PingPong_imp_call_Ping(PingPong_imp_t _ep, uint32_t data, SIP_OUT PingPong_imp_msg_t *_reply)
{
    PingPong_Ping_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, PingPong_MSG_Ping, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return PingPong_imp_decode(_id, _buf, _len, _reply);
}

err_t PingPong_exp_send_Pong(PingPong_exp_t _ep, uint32_t data)
{
    PingPong_Pong_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    return chan_rt_send(_ep.h, PingPong_MSG_Pong, &_msg, sizeof _msg);
}

static err_t PingPong_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    PingPong_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case PingPong_MSG_Ping:
        return PingPong_Ping_decode(_buf, _len, &_msg->u.Ping);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t PingPong_exp_recv(PingPong_exp_t _ep, PingPong_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return PingPong_exp_decode(_id, _buf, _len, _msg);
}

err_t PingPong_exp_recv_Ping(PingPong_exp_t _ep, SIP_OUT PingPong_Ping_t *_msg)
{
    PingPong_exp_msg_t _any;
    err_t _rc = PingPong_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != PingPong_MSG_Ping)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Ping;
    return OK;
}

err_t PingPong_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const PingPong_exp_handlers_t *_h = _case->handlers;
    PingPong_exp_t _ep = {_case->ep};
    PingPong_exp_msg_t _msg;
    err_t _rc = PingPong_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case PingPong_MSG_Ping:
        if (_h->on_Ping == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ping(_h->ctx, _ep, _msg.u.Ping);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t PingPong_exp_case(PingPong_exp_t ep, const PingPong_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, PingPong_exp_dispatch, h};

    return c;
}

err_t PingPong_exp_call_Pong(PingPong_exp_t _ep, uint32_t data, SIP_OUT PingPong_exp_msg_t *_reply)
{
    PingPong_Pong_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, PingPong_MSG_Pong, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return PingPong_exp_decode(_id, _buf, _len, _reply);
}
