/* generated from everything.contract by contractc — do not edit */
#include "everything.h"

/* ==== contract Base ==== */

static err_t Base_Ready_decode(const void *_buf, size_t _len, Base_Ready_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Base_Quit_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Base_Bye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Base_imp_send_Quit(Base_imp_t _ep)
{
    return chan_rt_send(_ep.h, Base_MSG_Quit, NULL, 0);
}

static err_t Base_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Base_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Base_MSG_Ready:
        return Base_Ready_decode(_buf, _len, &_msg->u.Ready);
    case Base_MSG_Bye:
        return Base_Bye_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Base_imp_recv(Base_imp_t _ep, Base_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Base_imp_decode(_id, _buf, _len, _msg);
}

err_t Base_imp_recv_Ready(Base_imp_t _ep, SIP_OUT Base_Ready_t *_msg)
{
    Base_imp_msg_t _any;
    err_t _rc = Base_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Base_MSG_Ready)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Ready;
    return OK;
}

err_t Base_imp_recv_Bye(Base_imp_t _ep)
{
    Base_imp_msg_t _any;
    err_t _rc = Base_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Base_MSG_Bye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Base_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Base_imp_handlers_t *_h = _case->handlers;
    Base_imp_t _ep = {_case->ep};
    Base_imp_msg_t _msg;
    err_t _rc = Base_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Base_MSG_Ready:
        if (_h->on_Ready == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ready(_h->ctx, _ep, _msg.u.Ready);
    case Base_MSG_Bye:
        if (_h->on_Bye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Bye(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Base_imp_case(Base_imp_t ep, const Base_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Base_imp_dispatch, h};

    return c;
}

err_t Base_imp_call_Quit(Base_imp_t _ep, SIP_OUT Base_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Base_MSG_Quit, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Base_imp_decode(_id, _buf, _len, _reply);
}

err_t Base_exp_send_Ready(Base_exp_t _ep, uint16_t version)
{
    Base_Ready_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Base_MSG_Ready, &_msg, sizeof _msg);
}

err_t Base_exp_send_Bye(Base_exp_t _ep)
{
    return chan_rt_send(_ep.h, Base_MSG_Bye, NULL, 0);
}

static err_t Base_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Base_exp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case Base_MSG_Quit:
        return Base_Quit_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Base_exp_recv(Base_exp_t _ep, Base_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Base_exp_decode(_id, _buf, _len, _msg);
}

err_t Base_exp_recv_Quit(Base_exp_t _ep)
{
    Base_exp_msg_t _any;
    err_t _rc = Base_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Base_MSG_Quit)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Base_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Base_exp_handlers_t *_h = _case->handlers;
    Base_exp_t _ep = {_case->ep};
    Base_exp_msg_t _msg;
    err_t _rc = Base_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Base_MSG_Quit:
        if (_h->on_Quit == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Quit(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Base_exp_case(Base_exp_t ep, const Base_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Base_exp_dispatch, h};

    return c;
}

err_t Base_exp_call_Ready(Base_exp_t _ep, uint16_t version, SIP_OUT Base_exp_msg_t *_reply)
{
    Base_Ready_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Base_MSG_Ready, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Base_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract Kitchen ==== */

static inline bool Kitchen_Colour_valid(Kitchen_Colour_t v)
{
    switch (v) {
    case Kitchen_Colour_Red:
    case Kitchen_Colour_Green:
    case Kitchen_Colour_Blue:
        return true;
    default:
        return false;
    }
}

static inline bool Kitchen_Big_valid(Kitchen_Big_t v)
{
    switch (v) {
    case Kitchen_Big_Max:
    case Kitchen_Big_One:
        return true;
    default:
        return false;
    }
}

static err_t Kitchen_Ready_decode(const void *_buf, size_t _len, Kitchen_Ready_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kitchen_Quit_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Kitchen_Bye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Kitchen_Mixed_decode(const void *_buf, size_t _len, Kitchen_Mixed_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (_msg->c > 1u)
        return CHAN_RT_ERR_DECODE;
    if (!Kitchen_Colour_valid(_msg->e))
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 2; _i++) {
        if (_msg->g[_i] > 1u)
            return CHAN_RT_ERR_DECODE;
    }
    if (!Kitchen_Big_valid(_msg->h))
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 4; _i++) {
        if (!Kitchen_Colour_valid(_msg->j[_i]))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

static err_t Kitchen_Buffers_decode(const void *_buf, size_t _len, Kitchen_Buffers_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kitchen_Pass_decode(const void *_buf, size_t _len, Kitchen_Pass_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kitchen_AckPass_decode(const void *_buf, size_t _len, Kitchen_AckPass_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Kitchen_Fail_decode(const void *_buf, size_t _len, Kitchen_Fail_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Kitchen_Colour_valid(_msg->why))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Kitchen_Done2_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Kitchen_imp_send_Quit(Kitchen_imp_t _ep)
{
    return chan_rt_send(_ep.h, Kitchen_MSG_Quit, NULL, 0);
}

err_t Kitchen_imp_send_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4])
{
    Kitchen_Mixed_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.a = a;
    _msg.b = b;
    _msg.c = c ? 1u : 0u;
    _msg.d = d;
    _msg.e = e;
    __builtin_memcpy(_msg.f, f, sizeof _msg.f);
    for (size_t _i = 0; _i < 2; _i++)
        _msg.g[_i] = g[_i] ? 1u : 0u;
    _msg.h = h;
    _msg.i = i;
    __builtin_memcpy(_msg.j, j, sizeof _msg.j);
    return chan_rt_send(_ep.h, Kitchen_MSG_Mixed, &_msg, sizeof _msg);
}

err_t Kitchen_imp_send_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length)
{
    Kitchen_Buffers_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    _msg.name = name;
    _msg.length = length;
    return chan_rt_send(_ep.h, Kitchen_MSG_Buffers, &_msg, sizeof _msg);
}

err_t Kitchen_imp_send_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer)
{
    Kitchen_Pass_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.child = child;
    _msg.base = base;
    _msg.peer = peer;
    return chan_rt_send(_ep.h, Kitchen_MSG_Pass, &_msg, sizeof _msg);
}

static err_t Kitchen_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Kitchen_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Kitchen_MSG_Ready:
        return Kitchen_Ready_decode(_buf, _len, &_msg->u.Ready);
    case Kitchen_MSG_Bye:
        return Kitchen_Bye_decode(_len);
    case Kitchen_MSG_AckPass:
        return Kitchen_AckPass_decode(_buf, _len, &_msg->u.AckPass);
    case Kitchen_MSG_Fail:
        return Kitchen_Fail_decode(_buf, _len, &_msg->u.Fail);
    case Kitchen_MSG_Done2:
        return Kitchen_Done2_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Kitchen_imp_recv(Kitchen_imp_t _ep, Kitchen_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Kitchen_imp_decode(_id, _buf, _len, _msg);
}

err_t Kitchen_imp_recv_Ready(Kitchen_imp_t _ep, SIP_OUT Kitchen_Ready_t *_msg)
{
    Kitchen_imp_msg_t _any;
    err_t _rc = Kitchen_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Ready)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Ready;
    return OK;
}

err_t Kitchen_imp_recv_Bye(Kitchen_imp_t _ep)
{
    Kitchen_imp_msg_t _any;
    err_t _rc = Kitchen_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Bye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kitchen_imp_recv_AckPass(Kitchen_imp_t _ep, SIP_OUT Kitchen_AckPass_t *_msg)
{
    Kitchen_imp_msg_t _any;
    err_t _rc = Kitchen_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_AckPass)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckPass;
    return OK;
}

err_t Kitchen_imp_recv_Fail(Kitchen_imp_t _ep, SIP_OUT Kitchen_Fail_t *_msg)
{
    Kitchen_imp_msg_t _any;
    err_t _rc = Kitchen_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Fail)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Fail;
    return OK;
}

err_t Kitchen_imp_recv_Done2(Kitchen_imp_t _ep)
{
    Kitchen_imp_msg_t _any;
    err_t _rc = Kitchen_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Done2)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kitchen_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Kitchen_imp_handlers_t *_h = _case->handlers;
    Kitchen_imp_t _ep = {_case->ep};
    Kitchen_imp_msg_t _msg;
    err_t _rc = Kitchen_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Kitchen_MSG_Ready:
        if (_h->on_Ready == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ready(_h->ctx, _ep, _msg.u.Ready);
    case Kitchen_MSG_Bye:
        if (_h->on_Bye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Bye(_h->ctx, _ep);
    case Kitchen_MSG_AckPass:
        if (_h->on_AckPass == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPass(_h->ctx, _ep, _msg.u.AckPass);
    case Kitchen_MSG_Fail:
        if (_h->on_Fail == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Fail(_h->ctx, _ep, _msg.u.Fail);
    case Kitchen_MSG_Done2:
        if (_h->on_Done2 == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Done2(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Kitchen_imp_case(Kitchen_imp_t ep, const Kitchen_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Kitchen_imp_dispatch, h};

    return c;
}

err_t Kitchen_imp_call_Quit(Kitchen_imp_t _ep, SIP_OUT Kitchen_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Quit, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_imp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_imp_call_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4], SIP_OUT Kitchen_imp_msg_t *_reply)
{
    Kitchen_Mixed_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.a = a;
    _msg.b = b;
    _msg.c = c ? 1u : 0u;
    _msg.d = d;
    _msg.e = e;
    __builtin_memcpy(_msg.f, f, sizeof _msg.f);
    for (size_t _i = 0; _i < 2; _i++)
        _msg.g[_i] = g[_i] ? 1u : 0u;
    _msg.h = h;
    _msg.i = i;
    __builtin_memcpy(_msg.j, j, sizeof _msg.j);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Mixed, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_imp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_imp_call_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length, SIP_OUT Kitchen_imp_msg_t *_reply)
{
    Kitchen_Buffers_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.data = data;
    _msg.name = name;
    _msg.length = length;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Buffers, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_imp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_imp_call_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer, SIP_OUT Kitchen_imp_msg_t *_reply)
{
    Kitchen_Pass_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.child = child;
    _msg.base = base;
    _msg.peer = peer;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Pass, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_imp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_imp_from_Base(Base_imp_t ep, Kitchen_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Kitchen_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Kitchen_exp_send_Ready(Kitchen_exp_t _ep, uint16_t version)
{
    Kitchen_Ready_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Kitchen_MSG_Ready, &_msg, sizeof _msg);
}

err_t Kitchen_exp_send_Bye(Kitchen_exp_t _ep)
{
    return chan_rt_send(_ep.h, Kitchen_MSG_Bye, NULL, 0);
}

err_t Kitchen_exp_send_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer)
{
    Kitchen_AckPass_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.peer = peer;
    return chan_rt_send(_ep.h, Kitchen_MSG_AckPass, &_msg, sizeof _msg);
}

err_t Kitchen_exp_send_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why)
{
    Kitchen_Fail_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.why = why;
    return chan_rt_send(_ep.h, Kitchen_MSG_Fail, &_msg, sizeof _msg);
}

err_t Kitchen_exp_send_Done2(Kitchen_exp_t _ep)
{
    return chan_rt_send(_ep.h, Kitchen_MSG_Done2, NULL, 0);
}

static err_t Kitchen_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Kitchen_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Kitchen_MSG_Quit:
        return Kitchen_Quit_decode(_len);
    case Kitchen_MSG_Mixed:
        return Kitchen_Mixed_decode(_buf, _len, &_msg->u.Mixed);
    case Kitchen_MSG_Buffers:
        return Kitchen_Buffers_decode(_buf, _len, &_msg->u.Buffers);
    case Kitchen_MSG_Pass:
        return Kitchen_Pass_decode(_buf, _len, &_msg->u.Pass);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Kitchen_exp_recv(Kitchen_exp_t _ep, Kitchen_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Kitchen_exp_decode(_id, _buf, _len, _msg);
}

err_t Kitchen_exp_recv_Quit(Kitchen_exp_t _ep)
{
    Kitchen_exp_msg_t _any;
    err_t _rc = Kitchen_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Quit)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Kitchen_exp_recv_Mixed(Kitchen_exp_t _ep, SIP_OUT Kitchen_Mixed_t *_msg)
{
    Kitchen_exp_msg_t _any;
    err_t _rc = Kitchen_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Mixed)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Mixed;
    return OK;
}

err_t Kitchen_exp_recv_Buffers(Kitchen_exp_t _ep, SIP_OUT Kitchen_Buffers_t *_msg)
{
    Kitchen_exp_msg_t _any;
    err_t _rc = Kitchen_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Buffers)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Buffers;
    return OK;
}

err_t Kitchen_exp_recv_Pass(Kitchen_exp_t _ep, SIP_OUT Kitchen_Pass_t *_msg)
{
    Kitchen_exp_msg_t _any;
    err_t _rc = Kitchen_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Kitchen_MSG_Pass)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Pass;
    return OK;
}

err_t Kitchen_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Kitchen_exp_handlers_t *_h = _case->handlers;
    Kitchen_exp_t _ep = {_case->ep};
    Kitchen_exp_msg_t _msg;
    err_t _rc = Kitchen_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Kitchen_MSG_Quit:
        if (_h->on_Quit == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Quit(_h->ctx, _ep);
    case Kitchen_MSG_Mixed:
        if (_h->on_Mixed == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Mixed(_h->ctx, _ep, _msg.u.Mixed);
    case Kitchen_MSG_Buffers:
        if (_h->on_Buffers == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Buffers(_h->ctx, _ep, _msg.u.Buffers);
    case Kitchen_MSG_Pass:
        if (_h->on_Pass == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Pass(_h->ctx, _ep, _msg.u.Pass);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Kitchen_exp_case(Kitchen_exp_t ep, const Kitchen_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Kitchen_exp_dispatch, h};

    return c;
}

err_t Kitchen_exp_call_Ready(Kitchen_exp_t _ep, uint16_t version, SIP_OUT Kitchen_exp_msg_t *_reply)
{
    Kitchen_Ready_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Ready, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_exp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_exp_call_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer, SIP_OUT Kitchen_exp_msg_t *_reply)
{
    Kitchen_AckPass_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.peer = peer;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_AckPass, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_exp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_exp_call_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why, SIP_OUT Kitchen_exp_msg_t *_reply)
{
    Kitchen_Fail_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.why = why;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Fail, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_exp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_exp_call_Done2(Kitchen_exp_t _ep, SIP_OUT Kitchen_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Kitchen_MSG_Done2, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Kitchen_exp_decode(_id, _buf, _len, _reply);
}

err_t Kitchen_exp_from_Base(Base_exp_t ep, Kitchen_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Kitchen_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

/* ==== contract Peer ==== */

static err_t Peer_Hi_decode(const void *_buf, size_t _len, Peer_Hi_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Peer_Ho_decode(const void *_buf, size_t _len, Peer_Ho_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Peer_Again_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Peer_imp_send_Hi(Peer_imp_t _ep, uint8_t n)
{
    Peer_Hi_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    return chan_rt_send(_ep.h, Peer_MSG_Hi, &_msg, sizeof _msg);
}

err_t Peer_imp_send_Again(Peer_imp_t _ep)
{
    return chan_rt_send(_ep.h, Peer_MSG_Again, NULL, 0);
}

static err_t Peer_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Peer_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Peer_MSG_Ho:
        return Peer_Ho_decode(_buf, _len, &_msg->u.Ho);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Peer_imp_recv(Peer_imp_t _ep, Peer_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Peer_imp_decode(_id, _buf, _len, _msg);
}

err_t Peer_imp_recv_Ho(Peer_imp_t _ep, SIP_OUT Peer_Ho_t *_msg)
{
    Peer_imp_msg_t _any;
    err_t _rc = Peer_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Peer_MSG_Ho)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Ho;
    return OK;
}

err_t Peer_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Peer_imp_handlers_t *_h = _case->handlers;
    Peer_imp_t _ep = {_case->ep};
    Peer_imp_msg_t _msg;
    err_t _rc = Peer_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Peer_MSG_Ho:
        if (_h->on_Ho == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Ho(_h->ctx, _ep, _msg.u.Ho);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Peer_imp_case(Peer_imp_t ep, const Peer_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Peer_imp_dispatch, h};

    return c;
}

err_t Peer_imp_call_Hi(Peer_imp_t _ep, uint8_t n, SIP_OUT Peer_imp_msg_t *_reply)
{
    Peer_Hi_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Peer_MSG_Hi, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Peer_imp_decode(_id, _buf, _len, _reply);
}

err_t Peer_exp_send_Ho(Peer_exp_t _ep, uint8_t n)
{
    Peer_Ho_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    return chan_rt_send(_ep.h, Peer_MSG_Ho, &_msg, sizeof _msg);
}

static err_t Peer_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Peer_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Peer_MSG_Hi:
        return Peer_Hi_decode(_buf, _len, &_msg->u.Hi);
    case Peer_MSG_Again:
        return Peer_Again_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Peer_exp_recv(Peer_exp_t _ep, Peer_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Peer_exp_decode(_id, _buf, _len, _msg);
}

err_t Peer_exp_recv_Hi(Peer_exp_t _ep, SIP_OUT Peer_Hi_t *_msg)
{
    Peer_exp_msg_t _any;
    err_t _rc = Peer_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Peer_MSG_Hi)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hi;
    return OK;
}

err_t Peer_exp_recv_Again(Peer_exp_t _ep)
{
    Peer_exp_msg_t _any;
    err_t _rc = Peer_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Peer_MSG_Again)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Peer_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Peer_exp_handlers_t *_h = _case->handlers;
    Peer_exp_t _ep = {_case->ep};
    Peer_exp_msg_t _msg;
    err_t _rc = Peer_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Peer_MSG_Hi:
        if (_h->on_Hi == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hi(_h->ctx, _ep, _msg.u.Hi);
    case Peer_MSG_Again:
        if (_h->on_Again == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Again(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Peer_exp_case(Peer_exp_t ep, const Peer_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Peer_exp_dispatch, h};

    return c;
}

err_t Peer_exp_call_Ho(Peer_exp_t _ep, uint8_t n, SIP_OUT Peer_exp_msg_t *_reply)
{
    Peer_Ho_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.n = n;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Peer_MSG_Ho, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Peer_exp_decode(_id, _buf, _len, _reply);
}
