/* generated from versioning.contract by contractc — do not edit */
#include "versioning.h"

/* ==== contract Link ==== */

static err_t Link_Connect_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link_Connected_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link_Send_decode(const void *_buf, size_t _len, Link_Send_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Link_Sent_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Link_imp_send_Connect(Link_imp_t _ep)
{
    return chan_rt_send(_ep.h, Link_MSG_Connect, NULL, 0);
}

err_t Link_imp_send_Send(Link_imp_t _ep, uint32_t word)
{
    Link_Send_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.word = word;
    return chan_rt_send(_ep.h, Link_MSG_Send, &_msg, sizeof _msg);
}

static err_t Link_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Link_imp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case Link_MSG_Connected:
        return Link_Connected_decode(_len);
    case Link_MSG_Sent:
        return Link_Sent_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Link_imp_recv(Link_imp_t _ep, Link_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Link_imp_decode(_id, _buf, _len, _msg);
}

err_t Link_imp_recv_Connected(Link_imp_t _ep)
{
    Link_imp_msg_t _any;
    err_t _rc = Link_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link_MSG_Connected)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link_imp_recv_Sent(Link_imp_t _ep)
{
    Link_imp_msg_t _any;
    err_t _rc = Link_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link_MSG_Sent)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Link_imp_handlers_t *_h = _case->handlers;
    Link_imp_t _ep = {_case->ep};
    Link_imp_msg_t _msg;
    err_t _rc = Link_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Link_MSG_Connected:
        if (_h->on_Connected == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Connected(_h->ctx, _ep);
    case Link_MSG_Sent:
        if (_h->on_Sent == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Sent(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Link_imp_case(Link_imp_t ep, const Link_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Link_imp_dispatch, h};

    return c;
}

err_t Link_imp_call_Connect(Link_imp_t _ep, SIP_OUT Link_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link_MSG_Connect, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link_imp_decode(_id, _buf, _len, _reply);
}

err_t Link_imp_call_Send(Link_imp_t _ep, uint32_t word, SIP_OUT Link_imp_msg_t *_reply)
{
    Link_Send_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.word = word;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link_MSG_Send, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link_imp_decode(_id, _buf, _len, _reply);
}

err_t Link_exp_send_Connected(Link_exp_t _ep)
{
    return chan_rt_send(_ep.h, Link_MSG_Connected, NULL, 0);
}

err_t Link_exp_send_Sent(Link_exp_t _ep)
{
    return chan_rt_send(_ep.h, Link_MSG_Sent, NULL, 0);
}

static err_t Link_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Link_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Link_MSG_Connect:
        return Link_Connect_decode(_len);
    case Link_MSG_Send:
        return Link_Send_decode(_buf, _len, &_msg->u.Send);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Link_exp_recv(Link_exp_t _ep, Link_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Link_exp_decode(_id, _buf, _len, _msg);
}

err_t Link_exp_recv_Connect(Link_exp_t _ep)
{
    Link_exp_msg_t _any;
    err_t _rc = Link_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link_MSG_Connect)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link_exp_recv_Send(Link_exp_t _ep, SIP_OUT Link_Send_t *_msg)
{
    Link_exp_msg_t _any;
    err_t _rc = Link_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link_MSG_Send)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Send;
    return OK;
}

err_t Link_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Link_exp_handlers_t *_h = _case->handlers;
    Link_exp_t _ep = {_case->ep};
    Link_exp_msg_t _msg;
    err_t _rc = Link_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Link_MSG_Connect:
        if (_h->on_Connect == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Connect(_h->ctx, _ep);
    case Link_MSG_Send:
        if (_h->on_Send == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Send(_h->ctx, _ep, _msg.u.Send);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Link_exp_case(Link_exp_t ep, const Link_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Link_exp_dispatch, h};

    return c;
}

err_t Link_exp_call_Connected(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link_MSG_Connected, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link_exp_decode(_id, _buf, _len, _reply);
}

err_t Link_exp_call_Sent(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link_MSG_Sent, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract Link2 ==== */

static err_t Link2_Connect_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link2_Connected_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link2_Send_decode(const void *_buf, size_t _len, Link2_Send_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Link2_Sent_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link2_Drain_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Link2_Drained_decode(const void *_buf, size_t _len, Link2_Drained_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Link2_Busy_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Link2_imp_send_Connect(Link2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Link2_MSG_Connect, NULL, 0);
}

err_t Link2_imp_send_Send(Link2_imp_t _ep, uint32_t word)
{
    Link2_Send_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.word = word;
    return chan_rt_send(_ep.h, Link2_MSG_Send, &_msg, sizeof _msg);
}

err_t Link2_imp_send_Drain(Link2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Link2_MSG_Drain, NULL, 0);
}

static err_t Link2_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Link2_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Link2_MSG_Connected:
        return Link2_Connected_decode(_len);
    case Link2_MSG_Sent:
        return Link2_Sent_decode(_len);
    case Link2_MSG_Drained:
        return Link2_Drained_decode(_buf, _len, &_msg->u.Drained);
    case Link2_MSG_Busy:
        return Link2_Busy_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Link2_imp_recv(Link2_imp_t _ep, Link2_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Link2_imp_decode(_id, _buf, _len, _msg);
}

err_t Link2_imp_recv_Connected(Link2_imp_t _ep)
{
    Link2_imp_msg_t _any;
    err_t _rc = Link2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Connected)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link2_imp_recv_Sent(Link2_imp_t _ep)
{
    Link2_imp_msg_t _any;
    err_t _rc = Link2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Sent)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link2_imp_recv_Drained(Link2_imp_t _ep, SIP_OUT Link2_Drained_t *_msg)
{
    Link2_imp_msg_t _any;
    err_t _rc = Link2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Drained)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Drained;
    return OK;
}

err_t Link2_imp_recv_Busy(Link2_imp_t _ep)
{
    Link2_imp_msg_t _any;
    err_t _rc = Link2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Busy)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link2_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Link2_imp_handlers_t *_h = _case->handlers;
    Link2_imp_t _ep = {_case->ep};
    Link2_imp_msg_t _msg;
    err_t _rc = Link2_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Link2_MSG_Connected:
        if (_h->on_Connected == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Connected(_h->ctx, _ep);
    case Link2_MSG_Sent:
        if (_h->on_Sent == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Sent(_h->ctx, _ep);
    case Link2_MSG_Drained:
        if (_h->on_Drained == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Drained(_h->ctx, _ep, _msg.u.Drained);
    case Link2_MSG_Busy:
        if (_h->on_Busy == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Busy(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Link2_imp_case(Link2_imp_t ep, const Link2_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Link2_imp_dispatch, h};

    return c;
}

err_t Link2_imp_call_Connect(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Connect, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_imp_decode(_id, _buf, _len, _reply);
}

err_t Link2_imp_call_Send(Link2_imp_t _ep, uint32_t word, SIP_OUT Link2_imp_msg_t *_reply)
{
    Link2_Send_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.word = word;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Send, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_imp_decode(_id, _buf, _len, _reply);
}

err_t Link2_imp_call_Drain(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Drain, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_imp_decode(_id, _buf, _len, _reply);
}

err_t Link2_imp_from_Link(Link_imp_t ep, Link2_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Link2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Link2_exp_send_Connected(Link2_exp_t _ep)
{
    return chan_rt_send(_ep.h, Link2_MSG_Connected, NULL, 0);
}

err_t Link2_exp_send_Sent(Link2_exp_t _ep)
{
    return chan_rt_send(_ep.h, Link2_MSG_Sent, NULL, 0);
}

err_t Link2_exp_send_Drained(Link2_exp_t _ep, uint32_t words)
{
    Link2_Drained_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.words = words;
    return chan_rt_send(_ep.h, Link2_MSG_Drained, &_msg, sizeof _msg);
}

err_t Link2_exp_send_Busy(Link2_exp_t _ep)
{
    return chan_rt_send(_ep.h, Link2_MSG_Busy, NULL, 0);
}

static err_t Link2_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Link2_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Link2_MSG_Connect:
        return Link2_Connect_decode(_len);
    case Link2_MSG_Send:
        return Link2_Send_decode(_buf, _len, &_msg->u.Send);
    case Link2_MSG_Drain:
        return Link2_Drain_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Link2_exp_recv(Link2_exp_t _ep, Link2_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Link2_exp_decode(_id, _buf, _len, _msg);
}

err_t Link2_exp_recv_Connect(Link2_exp_t _ep)
{
    Link2_exp_msg_t _any;
    err_t _rc = Link2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Connect)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link2_exp_recv_Send(Link2_exp_t _ep, SIP_OUT Link2_Send_t *_msg)
{
    Link2_exp_msg_t _any;
    err_t _rc = Link2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Send)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Send;
    return OK;
}

err_t Link2_exp_recv_Drain(Link2_exp_t _ep)
{
    Link2_exp_msg_t _any;
    err_t _rc = Link2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Link2_MSG_Drain)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Link2_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Link2_exp_handlers_t *_h = _case->handlers;
    Link2_exp_t _ep = {_case->ep};
    Link2_exp_msg_t _msg;
    err_t _rc = Link2_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Link2_MSG_Connect:
        if (_h->on_Connect == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Connect(_h->ctx, _ep);
    case Link2_MSG_Send:
        if (_h->on_Send == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Send(_h->ctx, _ep, _msg.u.Send);
    case Link2_MSG_Drain:
        if (_h->on_Drain == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Drain(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Link2_exp_case(Link2_exp_t ep, const Link2_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Link2_exp_dispatch, h};

    return c;
}

err_t Link2_exp_call_Connected(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Connected, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_exp_decode(_id, _buf, _len, _reply);
}

err_t Link2_exp_call_Sent(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Sent, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_exp_decode(_id, _buf, _len, _reply);
}

err_t Link2_exp_call_Drained(Link2_exp_t _ep, uint32_t words, SIP_OUT Link2_exp_msg_t *_reply)
{
    Link2_Drained_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.words = words;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Drained, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_exp_decode(_id, _buf, _len, _reply);
}

err_t Link2_exp_call_Busy(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Link2_MSG_Busy, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Link2_exp_decode(_id, _buf, _len, _reply);
}

err_t Link2_exp_from_Link(Link_exp_t ep, Link2_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Link2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
