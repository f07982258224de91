/* generated from channel_test.contract by contractc — do not edit */
#include "channel_test.h"

/* ==== contract ChannelTest ==== */

static err_t ChannelTest_Begin_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t ChannelTest_Ack_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t ChannelTest_Data_decode(const void *_buf, size_t _len, ChannelTest_Data_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t ChannelTest_End_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t ChannelTest_imp_send_Begin(ChannelTest_imp_t _ep)
{
    return chan_rt_send(_ep.h, ChannelTest_MSG_Begin, NULL, 0);
}

err_t ChannelTest_imp_send_Data(ChannelTest_imp_t _ep, uint32_t n)
{
    ChannelTest_Data_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    return chan_rt_send(_ep.h, ChannelTest_MSG_Data, &_msg, sizeof _msg);
}

err_t ChannelTest_imp_send_End(ChannelTest_imp_t _ep)
{
    return chan_rt_send(_ep.h, ChannelTest_MSG_End, NULL, 0);
}

static err_t ChannelTest_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    ChannelTest_imp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case ChannelTest_MSG_Ack:
        return ChannelTest_Ack_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t ChannelTest_imp_recv(ChannelTest_imp_t _ep, ChannelTest_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return ChannelTest_imp_decode(_id, _buf, _len, _msg);
}

err_t ChannelTest_imp_recv_Ack(ChannelTest_imp_t _ep)
{
    ChannelTest_imp_msg_t _any;
    err_t _rc = ChannelTest_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ChannelTest_MSG_Ack)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t ChannelTest_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const ChannelTest_imp_handlers_t *_h = _case->handlers;
    ChannelTest_imp_t _ep = {_case->ep};
    ChannelTest_imp_msg_t _msg;
    err_t _rc = ChannelTest_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case ChannelTest_MSG_Ack:
        if (_h->on_Ack == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ack(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t ChannelTest_imp_case(ChannelTest_imp_t ep, const ChannelTest_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, ChannelTest_imp_dispatch, h};

    return c;
}

err_t ChannelTest_imp_call_Begin(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ChannelTest_MSG_Begin, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ChannelTest_imp_decode(_id, _buf, _len, _reply);
}

err_t ChannelTest_imp_call_Data(ChannelTest_imp_t _ep, uint32_t n, SIP_OUT ChannelTest_imp_msg_t *_reply)
{
    ChannelTest_Data_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ChannelTest_MSG_Data, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ChannelTest_imp_decode(_id, _buf, _len, _reply);
}

err_t ChannelTest_imp_call_End(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, ChannelTest_MSG_End, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return ChannelTest_imp_decode(_id, _buf, _len, _reply);
}

err_t ChannelTest_exp_send_Ack(ChannelTest_exp_t _ep)
{
    return chan_rt_send(_ep.h, ChannelTest_MSG_Ack, NULL, 0);
}

static err_t ChannelTest_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    ChannelTest_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case ChannelTest_MSG_Begin:
        return ChannelTest_Begin_decode(_len);
    case ChannelTest_MSG_Data:
        return ChannelTest_Data_decode(_buf, _len, &_msg->u.Data);
    case ChannelTest_MSG_End:
        return ChannelTest_End_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t ChannelTest_exp_recv(ChannelTest_exp_t _ep, ChannelTest_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return ChannelTest_exp_decode(_id, _buf, _len, _msg);
}

err_t ChannelTest_exp_recv_Begin(ChannelTest_exp_t _ep)
{
    ChannelTest_exp_msg_t _any;
    err_t _rc = ChannelTest_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ChannelTest_MSG_Begin)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t ChannelTest_exp_recv_Data(ChannelTest_exp_t _ep, SIP_OUT ChannelTest_Data_t *_msg)
{
    ChannelTest_exp_msg_t _any;
    err_t _rc = ChannelTest_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ChannelTest_MSG_Data)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Data;
    return OK;
}

err_t ChannelTest_exp_recv_End(ChannelTest_exp_t _ep)
{
    ChannelTest_exp_msg_t _any;
    err_t _rc = ChannelTest_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != ChannelTest_MSG_End)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t ChannelTest_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const ChannelTest_exp_handlers_t *_h = _case->handlers;
    ChannelTest_exp_t _ep = {_case->ep};
    ChannelTest_exp_msg_t _msg;
    err_t _rc = ChannelTest_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case ChannelTest_MSG_Begin:
        if (_h->on_Begin == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Begin(_h->ctx, _ep);
    case ChannelTest_MSG_Data:
        if (_h->on_Data == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Data(_h->ctx, _ep, _msg.u.Data);
    case ChannelTest_MSG_End:
        if (_h->on_End == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_End(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t ChannelTest_exp_case(ChannelTest_exp_t ep, const ChannelTest_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, ChannelTest_exp_dispatch, h};

    return c;
}
