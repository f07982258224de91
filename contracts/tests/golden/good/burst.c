/* generated from burst.contract by contractc — do not edit */
#include "burst.h"

/* ==== contract Burst ==== */

static err_t Burst_A_decode(const void *_buf, size_t _len, Burst_A_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Burst_B_decode(const void *_buf, size_t _len, Burst_B_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Burst_C_decode(const void *_buf, size_t _len, Burst_C_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Burst_Done_decode(const void *_buf, size_t _len, Burst_Done_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Burst_More_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Burst_imp_send_A(Burst_imp_t _ep, uint32_t x)
{
    Burst_A_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.x = x;
    return chan_rt_send(_ep.h, Burst_MSG_A, &_msg, sizeof _msg);
}

err_t Burst_imp_send_B(Burst_imp_t _ep, uint32_t x)
{
    Burst_B_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.x = x;
    return chan_rt_send(_ep.h, Burst_MSG_B, &_msg, sizeof _msg);
}

err_t Burst_imp_send_C(Burst_imp_t _ep, uint32_t x)
{
    Burst_C_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.x = x;
    return chan_rt_send(_ep.h, Burst_MSG_C, &_msg, sizeof _msg);
}

static err_t Burst_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Burst_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Burst_MSG_Done:
        return Burst_Done_decode(_buf, _len, &_msg->u.Done);
    case Burst_MSG_More:
        return Burst_More_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Burst_imp_recv(Burst_imp_t _ep, Burst_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Burst_imp_decode(_id, _buf, _len, _msg);
}

err_t Burst_imp_recv_Done(Burst_imp_t _ep, SIP_OUT Burst_Done_t *_msg)
{
    Burst_imp_msg_t _any;
    err_t _rc = Burst_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Burst_MSG_Done)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Done;
    return OK;
}

err_t Burst_imp_recv_More(Burst_imp_t _ep)
{
    Burst_imp_msg_t _any;
    err_t _rc = Burst_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Burst_MSG_More)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Burst_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Burst_imp_handlers_t *_h = _case->handlers;
    Burst_imp_t _ep = {_case->ep};
    Burst_imp_msg_t _msg;
    err_t _rc = Burst_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Burst_MSG_Done:
        if (_h->on_Done == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Done(_h->ctx, _ep, _msg.u.Done);
    case Burst_MSG_More:
        if (_h->on_More == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_More(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Burst_imp_case(Burst_imp_t ep, const Burst_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Burst_imp_dispatch, h};

    return c;
}

err_t Burst_imp_call_C(Burst_imp_t _ep, uint32_t x, SIP_OUT Burst_imp_msg_t *_reply)
{
    Burst_C_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.x = x;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Burst_MSG_C, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Burst_imp_decode(_id, _buf, _len, _reply);
}

err_t Burst_exp_send_Done(Burst_exp_t _ep, uint32_t sum)
{
    Burst_Done_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sum = sum;
    return chan_rt_send(_ep.h, Burst_MSG_Done, &_msg, sizeof _msg);
}

err_t Burst_exp_send_More(Burst_exp_t _ep)
{
    return chan_rt_send(_ep.h, Burst_MSG_More, NULL, 0);
}

static err_t Burst_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Burst_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Burst_MSG_A:
        return Burst_A_decode(_buf, _len, &_msg->u.A);
    case Burst_MSG_B:
        return Burst_B_decode(_buf, _len, &_msg->u.B);
    case Burst_MSG_C:
        return Burst_C_decode(_buf, _len, &_msg->u.C);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Burst_exp_recv(Burst_exp_t _ep, Burst_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Burst_exp_decode(_id, _buf, _len, _msg);
}

err_t Burst_exp_recv_A(Burst_exp_t _ep, SIP_OUT Burst_A_t *_msg)
{
    Burst_exp_msg_t _any;
    err_t _rc = Burst_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Burst_MSG_A)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.A;
    return OK;
}

err_t Burst_exp_recv_B(Burst_exp_t _ep, SIP_OUT Burst_B_t *_msg)
{
    Burst_exp_msg_t _any;
    err_t _rc = Burst_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Burst_MSG_B)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.B;
    return OK;
}

err_t Burst_exp_recv_C(Burst_exp_t _ep, SIP_OUT Burst_C_t *_msg)
{
    Burst_exp_msg_t _any;
    err_t _rc = Burst_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Burst_MSG_C)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.C;
    return OK;
}

err_t Burst_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Burst_exp_handlers_t *_h = _case->handlers;
    Burst_exp_t _ep = {_case->ep};
    Burst_exp_msg_t _msg;
    err_t _rc = Burst_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Burst_MSG_A:
        if (_h->on_A == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_A(_h->ctx, _ep, _msg.u.A);
    case Burst_MSG_B:
        if (_h->on_B == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_B(_h->ctx, _ep, _msg.u.B);
    case Burst_MSG_C:
        if (_h->on_C == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_C(_h->ctx, _ep, _msg.u.C);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Burst_exp_case(Burst_exp_t ep, const Burst_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Burst_exp_dispatch, h};

    return c;
}

err_t Burst_exp_call_More(Burst_exp_t _ep, SIP_OUT Burst_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Burst_MSG_More, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Burst_exp_decode(_id, _buf, _len, _reply);
}
