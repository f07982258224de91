/* generated from vectors.contract by contractc — do not edit */
#include "vectors.h"

/* ==== contract Spool ==== */

static err_t Spool_Submit_decode(const void *_buf, size_t _len, Spool_Submit_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (_msg->pages_count > 4u)
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 4u; _i++) {
        if ((_i < _msg->pages_count) != (_msg->pages[_i] != 0))
            return CHAN_RT_ERR_DECODE;
    }
    if (_msg->notes_count > 2u)
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 2u; _i++) {
        if ((_i < _msg->notes_count) != (_msg->notes[_i] != 0))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

static err_t Spool_AckSubmit_decode(const void *_buf, size_t _len, Spool_AckSubmit_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Spool_Share_decode(const void *_buf, size_t _len, Spool_Share_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (_msg->clients_count > 3u)
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 3u; _i++) {
        if ((_i < _msg->clients_count) != (_msg->clients[_i].h != 0))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

static err_t Spool_AckShare_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Spool_imp_send_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2])
{
    Spool_Submit_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.job = job;
    _msg.pages_count = pages_count;
    if (pages_count > 4u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < pages_count; _i++)
        _msg.pages[_i] = pages[_i];
    _msg.notes_count = notes_count;
    if (notes_count > 2u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < notes_count; _i++)
        _msg.notes[_i] = notes[_i];
    return chan_rt_send(_ep.h, Spool_MSG_Submit, &_msg, sizeof _msg);
}

err_t Spool_imp_send_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3])
{
    Spool_Share_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.clients_count = clients_count;
    if (clients_count > 3u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < clients_count; _i++)
        _msg.clients[_i] = clients[_i];
    return chan_rt_send(_ep.h, Spool_MSG_Share, &_msg, sizeof _msg);
}

static err_t Spool_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Spool_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Spool_MSG_AckSubmit:
        return Spool_AckSubmit_decode(_buf, _len, &_msg->u.AckSubmit);
    case Spool_MSG_AckShare:
        return Spool_AckShare_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Spool_imp_recv(Spool_imp_t _ep, Spool_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Spool_imp_decode(_id, _buf, _len, _msg);
}

err_t Spool_imp_recv_AckSubmit(Spool_imp_t _ep, SIP_OUT Spool_AckSubmit_t *_msg)
{
    Spool_imp_msg_t _any;
    err_t _rc = Spool_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Spool_MSG_AckSubmit)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckSubmit;
    return OK;
}

err_t Spool_imp_recv_AckShare(Spool_imp_t _ep)
{
    Spool_imp_msg_t _any;
    err_t _rc = Spool_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Spool_MSG_AckShare)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Spool_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Spool_imp_handlers_t *_h = _case->handlers;
    Spool_imp_t _ep = {_case->ep};
    Spool_imp_msg_t _msg;
    err_t _rc = Spool_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Spool_MSG_AckSubmit:
        if (_h->on_AckSubmit == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckSubmit(_h->ctx, _ep, _msg.u.AckSubmit);
    case Spool_MSG_AckShare:
        if (_h->on_AckShare == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckShare(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Spool_imp_case(Spool_imp_t ep, const Spool_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Spool_imp_dispatch, h};

    return c;
}

err_t Spool_imp_call_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2], SIP_OUT Spool_imp_msg_t *_reply)
{
    Spool_Submit_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.job = job;
    _msg.pages_count = pages_count;
    if (pages_count > 4u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < pages_count; _i++)
        _msg.pages[_i] = pages[_i];
    _msg.notes_count = notes_count;
    if (notes_count > 2u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < notes_count; _i++)
        _msg.notes[_i] = notes[_i];
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Spool_MSG_Submit, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Spool_imp_decode(_id, _buf, _len, _reply);
}

err_t Spool_imp_call_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3], SIP_OUT Spool_imp_msg_t *_reply)
{
    Spool_Share_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.clients_count = clients_count;
    if (clients_count > 3u)
        return CHAN_RT_ERR_RANGE;
    for (size_t _i = 0; _i < clients_count; _i++)
        _msg.clients[_i] = clients[_i];
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Spool_MSG_Share, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Spool_imp_decode(_id, _buf, _len, _reply);
}

err_t Spool_exp_send_AckSubmit(Spool_exp_t _ep, uint32_t job)
{
    Spool_AckSubmit_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.job = job;
    return chan_rt_send(_ep.h, Spool_MSG_AckSubmit, &_msg, sizeof _msg);
}

err_t Spool_exp_send_AckShare(Spool_exp_t _ep)
{
    return chan_rt_send(_ep.h, Spool_MSG_AckShare, NULL, 0);
}

static err_t Spool_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Spool_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Spool_MSG_Submit:
        return Spool_Submit_decode(_buf, _len, &_msg->u.Submit);
    case Spool_MSG_Share:
        return Spool_Share_decode(_buf, _len, &_msg->u.Share);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Spool_exp_recv(Spool_exp_t _ep, Spool_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Spool_exp_decode(_id, _buf, _len, _msg);
}

err_t Spool_exp_recv_Submit(Spool_exp_t _ep, SIP_OUT Spool_Submit_t *_msg)
{
    Spool_exp_msg_t _any;
    err_t _rc = Spool_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Spool_MSG_Submit)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Submit;
    return OK;
}

err_t Spool_exp_recv_Share(Spool_exp_t _ep, SIP_OUT Spool_Share_t *_msg)
{
    Spool_exp_msg_t _any;
    err_t _rc = Spool_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Spool_MSG_Share)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Share;
    return OK;
}

err_t Spool_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Spool_exp_handlers_t *_h = _case->handlers;
    Spool_exp_t _ep = {_case->ep};
    Spool_exp_msg_t _msg;
    err_t _rc = Spool_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Spool_MSG_Submit:
        if (_h->on_Submit == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Submit(_h->ctx, _ep, _msg.u.Submit);
    case Spool_MSG_Share:
        if (_h->on_Share == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Share(_h->ctx, _ep, _msg.u.Share);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Spool_exp_case(Spool_exp_t ep, const Spool_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Spool_exp_dispatch, h};

    return c;
}

err_t Spool_exp_call_AckSubmit(Spool_exp_t _ep, uint32_t job, SIP_OUT Spool_exp_msg_t *_reply)
{
    Spool_AckSubmit_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.job = job;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Spool_MSG_AckSubmit, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Spool_exp_decode(_id, _buf, _len, _reply);
}

err_t Spool_exp_call_AckShare(Spool_exp_t _ep, SIP_OUT Spool_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Spool_MSG_AckShare, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Spool_exp_decode(_id, _buf, _len, _reply);
}
