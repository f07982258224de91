/* generated from bench.contract by contractc — do not edit */
#include "bench.h"

/* ==== contract Bench ==== */

static err_t Bench_Ping_decode(const void *_buf, size_t _len, Bench_Ping_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Bench_Pong_decode(const void *_buf, size_t _len, Bench_Pong_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Bench_Data_decode(const void *_buf, size_t _len, Bench_Data_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Bench_DataBack_decode(const void *_buf, size_t _len, Bench_DataBack_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

err_t Bench_imp_send_Ping(Bench_imp_t _ep, uint8_t byte)
{
    Bench_Ping_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.byte = byte;
    return chan_rt_send(_ep.h, Bench_MSG_Ping, &_msg, sizeof _msg);
}

err_t Bench_imp_send_Data(Bench_imp_t _ep, xheap_handle_t block)
{
    Bench_Data_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.block = block;
    return chan_rt_send(_ep.h, Bench_MSG_Data, &_msg, sizeof _msg);
}

static err_t Bench_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Bench_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Bench_MSG_Pong:
        return Bench_Pong_decode(_buf, _len, &_msg->u.Pong);
    case Bench_MSG_DataBack:
        return Bench_DataBack_decode(_buf, _len, &_msg->u.DataBack);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Bench_imp_recv(Bench_imp_t _ep, Bench_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Bench_imp_decode(_id, _buf, _len, _msg);
}

err_t Bench_imp_recv_Pong(Bench_imp_t _ep, SIP_OUT Bench_Pong_t *_msg)
{
    Bench_imp_msg_t _any;
    err_t _rc = Bench_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Bench_MSG_Pong)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Pong;
    return OK;
}

err_t Bench_imp_recv_DataBack(Bench_imp_t _ep, SIP_OUT Bench_DataBack_t *_msg)
{
    Bench_imp_msg_t _any;
    err_t _rc = Bench_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Bench_MSG_DataBack)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.DataBack;
    return OK;
}

err_t Bench_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Bench_imp_handlers_t *_h = _case->handlers;
    Bench_imp_t _ep = {_case->ep};
    Bench_imp_msg_t _msg;
    err_t _rc = Bench_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Bench_MSG_Pong:
        if (_h->on_Pong == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Pong(_h->ctx, _ep, _msg.u.Pong);
    case Bench_MSG_DataBack:
        if (_h->on_DataBack == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_DataBack(_h->ctx, _ep, _msg.u.DataBack);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Bench_imp_case(Bench_imp_t ep, const Bench_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Bench_imp_dispatch, h};

    return c;
}

err_t Bench_imp_call_Ping(Bench_imp_t _ep, uint8_t byte, SIP_OUT Bench_imp_msg_t *_reply)
{
    Bench_Ping_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.byte = byte;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Bench_MSG_Ping, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Bench_imp_decode(_id, _buf, _len, _reply);
}

err_t Bench_imp_call_Data(Bench_imp_t _ep, xheap_handle_t block, SIP_OUT Bench_imp_msg_t *_reply)
{
    Bench_Data_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.block = block;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Bench_MSG_Data, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Bench_imp_decode(_id, _buf, _len, _reply);
}

err_t Bench_exp_send_Pong(Bench_exp_t _ep, uint8_t byte)
{
    Bench_Pong_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.byte = byte;
    return chan_rt_send(_ep.h, Bench_MSG_Pong, &_msg, sizeof _msg);
}

err_t Bench_exp_send_DataBack(Bench_exp_t _ep, xheap_handle_t block)
{
    Bench_DataBack_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.block = block;
    return chan_rt_send(_ep.h, Bench_MSG_DataBack, &_msg, sizeof _msg);
}

static err_t Bench_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Bench_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Bench_MSG_Ping:
        return Bench_Ping_decode(_buf, _len, &_msg->u.Ping);
    case Bench_MSG_Data:
        return Bench_Data_decode(_buf, _len, &_msg->u.Data);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Bench_exp_recv(Bench_exp_t _ep, Bench_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Bench_exp_decode(_id, _buf, _len, _msg);
}

err_t Bench_exp_recv_Ping(Bench_exp_t _ep, SIP_OUT Bench_Ping_t *_msg)
{
    Bench_exp_msg_t _any;
    err_t _rc = Bench_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Bench_MSG_Ping)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Ping;
    return OK;
}

err_t Bench_exp_recv_Data(Bench_exp_t _ep, SIP_OUT Bench_Data_t *_msg)
{
    Bench_exp_msg_t _any;
    err_t _rc = Bench_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Bench_MSG_Data)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Data;
    return OK;
}

err_t Bench_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Bench_exp_handlers_t *_h = _case->handlers;
    Bench_exp_t _ep = {_case->ep};
    Bench_exp_msg_t _msg;
    err_t _rc = Bench_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Bench_MSG_Ping:
        if (_h->on_Ping == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ping(_h->ctx, _ep, _msg.u.Ping);
    case Bench_MSG_Data:
        if (_h->on_Data == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Data(_h->ctx, _ep, _msg.u.Data);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Bench_exp_case(Bench_exp_t ep, const Bench_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Bench_exp_dispatch, h};

    return c;
}

err_t Bench_exp_call_Pong(Bench_exp_t _ep, uint8_t byte, SIP_OUT Bench_exp_msg_t *_reply)
{
    Bench_Pong_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.byte = byte;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Bench_MSG_Pong, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Bench_exp_decode(_id, _buf, _len, _reply);
}

err_t Bench_exp_call_DataBack(Bench_exp_t _ep, xheap_handle_t block, SIP_OUT Bench_exp_msg_t *_reply)
{
    Bench_DataBack_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.block = block;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Bench_MSG_DataBack, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Bench_exp_decode(_id, _buf, _len, _reply);
}
