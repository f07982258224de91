/* generated from inline.contract by contractc — do not edit */
#include "inline.h"

/* ==== contract Tags ==== */

static inline bool Tags_Tag_valid(const Tags_Tag_t *_r)
{
    if (!chan_rt_text_valid(_r->name, 9))
        return false;
    if (_r->pinned > 1u)
        return false;
    return true;
}

static err_t Tags_Put_decode(const void *_buf, size_t _len, Tags_Put_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Tags_Tag_valid(&_msg->entry))
        return CHAN_RT_ERR_DECODE;
    if (!TagLabel_valid(&_msg->label))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Tags_AckPut_decode(const void *_buf, size_t _len, Tags_AckPut_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Tags_Find_decode(const void *_buf, size_t _len, Tags_Find_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!chan_rt_text_valid(_msg->prefix, 32))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Tags_Found_decode(const void *_buf, size_t _len, Tags_Found_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    for (size_t _i = 0; _i < 3; _i++) {
        if (!Tags_Tag_valid(&_msg->entries[_i]))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

err_t Tags_imp_send_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob)
{
    Tags_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.label = label;
    _msg.blob = blob;
    return chan_rt_send(_ep.h, Tags_MSG_Put, &_msg, sizeof _msg);
}

err_t Tags_imp_send_Find(Tags_imp_t _ep, const uint8_t prefix[32])
{
    Tags_Find_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.prefix, prefix, sizeof _msg.prefix);
    return chan_rt_send(_ep.h, Tags_MSG_Find, &_msg, sizeof _msg);
}

static err_t Tags_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Tags_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Tags_MSG_AckPut:
        return Tags_AckPut_decode(_buf, _len, &_msg->u.AckPut);
    case Tags_MSG_Found:
        return Tags_Found_decode(_buf, _len, &_msg->u.Found);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Tags_imp_recv(Tags_imp_t _ep, Tags_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Tags_imp_decode(_id, _buf, _len, _msg);
}

err_t Tags_imp_recv_AckPut(Tags_imp_t _ep, SIP_OUT Tags_AckPut_t *_msg)
{
    Tags_imp_msg_t _any;
    err_t _rc = Tags_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Tags_MSG_AckPut)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckPut;
    return OK;
}

err_t Tags_imp_recv_Found(Tags_imp_t _ep, SIP_OUT Tags_Found_t *_msg)
{
    Tags_imp_msg_t _any;
    err_t _rc = Tags_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Tags_MSG_Found)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Found;
    return OK;
}

err_t Tags_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Tags_imp_handlers_t *_h = _case->handlers;
    Tags_imp_t _ep = {_case->ep};
    Tags_imp_msg_t _msg;
    err_t _rc = Tags_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Tags_MSG_AckPut:
        if (_h->on_AckPut == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPut(_h->ctx, _ep, _msg.u.AckPut);
    case Tags_MSG_Found:
        if (_h->on_Found == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Found(_h->ctx, _ep, _msg.u.Found);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Tags_imp_case(Tags_imp_t ep, const Tags_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Tags_imp_dispatch, h};

    return c;
}

err_t Tags_imp_call_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob, SIP_OUT Tags_imp_msg_t *_reply)
{
    Tags_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.label = label;
    _msg.blob = blob;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Tags_MSG_Put, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Tags_imp_decode(_id, _buf, _len, _reply);
}

err_t Tags_imp_call_Find(Tags_imp_t _ep, const uint8_t prefix[32], SIP_OUT Tags_imp_msg_t *_reply)
{
    Tags_Find_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.prefix, prefix, sizeof _msg.prefix);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Tags_MSG_Find, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Tags_imp_decode(_id, _buf, _len, _reply);
}

err_t Tags_exp_send_AckPut(Tags_exp_t _ep, const uint8_t receipt[16])
{
    Tags_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.receipt, receipt, sizeof _msg.receipt);
    return chan_rt_send(_ep.h, Tags_MSG_AckPut, &_msg, sizeof _msg);
}

err_t Tags_exp_send_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count)
{
    Tags_Found_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.entries, entries, sizeof _msg.entries);
    _msg.count = count;
    return chan_rt_send(_ep.h, Tags_MSG_Found, &_msg, sizeof _msg);
}

static err_t Tags_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Tags_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Tags_MSG_Put:
        return Tags_Put_decode(_buf, _len, &_msg->u.Put);
    case Tags_MSG_Find:
        return Tags_Find_decode(_buf, _len, &_msg->u.Find);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Tags_exp_recv(Tags_exp_t _ep, Tags_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Tags_exp_decode(_id, _buf, _len, _msg);
}

err_t Tags_exp_recv_Put(Tags_exp_t _ep, SIP_OUT Tags_Put_t *_msg)
{
    Tags_exp_msg_t _any;
    err_t _rc = Tags_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Tags_MSG_Put)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Put;
    return OK;
}

err_t Tags_exp_recv_Find(Tags_exp_t _ep, SIP_OUT Tags_Find_t *_msg)
{
    Tags_exp_msg_t _any;
    err_t _rc = Tags_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Tags_MSG_Find)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Find;
    return OK;
}

err_t Tags_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Tags_exp_handlers_t *_h = _case->handlers;
    Tags_exp_t _ep = {_case->ep};
    Tags_exp_msg_t _msg;
    err_t _rc = Tags_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Tags_MSG_Put:
        if (_h->on_Put == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Put(_h->ctx, _ep, _msg.u.Put);
    case Tags_MSG_Find:
        if (_h->on_Find == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Find(_h->ctx, _ep, _msg.u.Find);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Tags_exp_case(Tags_exp_t ep, const Tags_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Tags_exp_dispatch, h};

    return c;
}

err_t Tags_exp_call_AckPut(Tags_exp_t _ep, const uint8_t receipt[16], SIP_OUT Tags_exp_msg_t *_reply)
{
    Tags_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.receipt, receipt, sizeof _msg.receipt);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Tags_MSG_AckPut, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Tags_exp_decode(_id, _buf, _len, _reply);
}

err_t Tags_exp_call_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count, SIP_OUT Tags_exp_msg_t *_reply)
{
    Tags_Found_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    __builtin_memcpy(_msg.entries, entries, sizeof _msg.entries);
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Tags_MSG_Found, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Tags_exp_decode(_id, _buf, _len, _reply);
}
