/* generated from irq.contract by contractc — do not edit */
#include "irq.h"

/* ==== contract Irq ==== */

static err_t Irq_Interrupt_decode(const void *_buf, size_t _len, Irq_Interrupt_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Irq_Ack_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Irq_imp_send_Ack(Irq_imp_t _ep)
{
    return chan_rt_send(_ep.h, Irq_MSG_Ack, NULL, 0);
}

static err_t Irq_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Irq_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Irq_MSG_Interrupt:
        return Irq_Interrupt_decode(_buf, _len, &_msg->u.Interrupt);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Irq_imp_recv(Irq_imp_t _ep, Irq_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Irq_imp_decode(_id, _buf, _len, _msg);
}

err_t Irq_imp_recv_Interrupt(Irq_imp_t _ep, SIP_OUT Irq_Interrupt_t *_msg)
{
    Irq_imp_msg_t _any;
    err_t _rc = Irq_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Irq_MSG_Interrupt)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Interrupt;
    return OK;
}

err_t Irq_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Irq_imp_handlers_t *_h = _case->handlers;
    Irq_imp_t _ep = {_case->ep};
    Irq_imp_msg_t _msg;
    err_t _rc = Irq_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Irq_MSG_Interrupt:
        if (_h->on_Interrupt == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Interrupt(_h->ctx, _ep, _msg.u.Interrupt);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Irq_imp_case(Irq_imp_t ep, const Irq_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Irq_imp_dispatch, h};

    return c;
}

err_t Irq_imp_call_Ack(Irq_imp_t _ep, SIP_OUT Irq_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Irq_MSG_Ack, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Irq_imp_decode(_id, _buf, _len, _reply);
}

err_t Irq_exp_send_Interrupt(Irq_exp_t _ep, uint64_t count)
{
    Irq_Interrupt_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.count = count;
    return chan_rt_send(_ep.h, Irq_MSG_Interrupt, &_msg, sizeof _msg);
}

static err_t Irq_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Irq_exp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case Irq_MSG_Ack:
        return Irq_Ack_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Irq_exp_recv(Irq_exp_t _ep, Irq_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Irq_exp_decode(_id, _buf, _len, _msg);
}

err_t Irq_exp_recv_Ack(Irq_exp_t _ep)
{
    Irq_exp_msg_t _any;
    err_t _rc = Irq_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Irq_MSG_Ack)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Irq_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Irq_exp_handlers_t *_h = _case->handlers;
    Irq_exp_t _ep = {_case->ep};
    Irq_exp_msg_t _msg;
    err_t _rc = Irq_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Irq_MSG_Ack:
        if (_h->on_Ack == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ack(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Irq_exp_case(Irq_exp_t ep, const Irq_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Irq_exp_dispatch, h};

    return c;
}

err_t Irq_exp_call_Interrupt(Irq_exp_t _ep, uint64_t count, SIP_OUT Irq_exp_msg_t *_reply)
{
    Irq_Interrupt_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Irq_MSG_Interrupt, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Irq_exp_decode(_id, _buf, _len, _reply);
}
