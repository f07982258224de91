/* generated from shared.contract by contractc — do not edit */
#include "shared.h"

/* ==== contract Catalog ==== */

static inline bool Catalog_Page_valid(const Catalog_Page_t *_r)
{
    for (size_t _i = 0; _i < 2; _i++) {
        if (!Entry_valid(&_r->entries[_i]))
            return false;
    }
    if (_r->more > 1u)
        return false;
    return true;
}

static err_t Catalog_List_decode(const void *_buf, size_t _len, Catalog_List_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Access_valid(_msg->want))
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 2; _i++) {
        if (!Status_valid(_msg->last[_i]))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

static err_t Catalog_Listing_decode(const void *_buf, size_t _len, Catalog_Listing_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Catalog_Page_valid(&_msg->page))
        return CHAN_RT_ERR_DECODE;
    if (!Huge_valid(_msg->h))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog_Put_decode(const void *_buf, size_t _len, Catalog_Put_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Entry_valid(&_msg->entry))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog_AckPut_decode(const void *_buf, size_t _len, Catalog_AckPut_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Status_valid(_msg->status))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog_Close_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Catalog_imp_send_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2])
{
    Catalog_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.want = want;
    __builtin_memcpy(_msg.last, last, sizeof _msg.last);
    return chan_rt_send(_ep.h, Catalog_MSG_List, &_msg, sizeof _msg);
}

err_t Catalog_imp_send_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3])
{
    Catalog_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.reply = reply;
    __builtin_memcpy(_msg.parts, parts, sizeof _msg.parts);
    return chan_rt_send(_ep.h, Catalog_MSG_Put, &_msg, sizeof _msg);
}

err_t Catalog_imp_send_Close(Catalog_imp_t _ep)
{
    return chan_rt_send(_ep.h, Catalog_MSG_Close, NULL, 0);
}

static err_t Catalog_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Catalog_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Catalog_MSG_Listing:
        return Catalog_Listing_decode(_buf, _len, &_msg->u.Listing);
    case Catalog_MSG_AckPut:
        return Catalog_AckPut_decode(_buf, _len, &_msg->u.AckPut);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Catalog_imp_recv(Catalog_imp_t _ep, Catalog_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Catalog_imp_decode(_id, _buf, _len, _msg);
}

err_t Catalog_imp_recv_Listing(Catalog_imp_t _ep, SIP_OUT Catalog_Listing_t *_msg)
{
    Catalog_imp_msg_t _any;
    err_t _rc = Catalog_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog_MSG_Listing)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Listing;
    return OK;
}

err_t Catalog_imp_recv_AckPut(Catalog_imp_t _ep, SIP_OUT Catalog_AckPut_t *_msg)
{
    Catalog_imp_msg_t _any;
    err_t _rc = Catalog_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog_MSG_AckPut)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckPut;
    return OK;
}

err_t Catalog_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Catalog_imp_handlers_t *_h = _case->handlers;
    Catalog_imp_t _ep = {_case->ep};
    Catalog_imp_msg_t _msg;
    err_t _rc = Catalog_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Catalog_MSG_Listing:
        if (_h->on_Listing == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Listing(_h->ctx, _ep, _msg.u.Listing);
    case Catalog_MSG_AckPut:
        if (_h->on_AckPut == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPut(_h->ctx, _ep, _msg.u.AckPut);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Catalog_imp_case(Catalog_imp_t ep, const Catalog_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Catalog_imp_dispatch, h};

    return c;
}

err_t Catalog_imp_call_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog_imp_msg_t *_reply)
{
    Catalog_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.want = want;
    __builtin_memcpy(_msg.last, last, sizeof _msg.last);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog_MSG_List, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog_imp_decode(_id, _buf, _len, _reply);
}

err_t Catalog_imp_call_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog_imp_msg_t *_reply)
{
    Catalog_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.reply = reply;
    __builtin_memcpy(_msg.parts, parts, sizeof _msg.parts);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog_MSG_Put, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog_imp_decode(_id, _buf, _len, _reply);
}

err_t Catalog_exp_send_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h)
{
    Catalog_Listing_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.h = h;
    return chan_rt_send(_ep.h, Catalog_MSG_Listing, &_msg, sizeof _msg);
}

err_t Catalog_exp_send_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer)
{
    Catalog_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.status = status;
    _msg.peer = peer;
    return chan_rt_send(_ep.h, Catalog_MSG_AckPut, &_msg, sizeof _msg);
}

static err_t Catalog_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Catalog_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Catalog_MSG_List:
        return Catalog_List_decode(_buf, _len, &_msg->u.List);
    case Catalog_MSG_Put:
        return Catalog_Put_decode(_buf, _len, &_msg->u.Put);
    case Catalog_MSG_Close:
        return Catalog_Close_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Catalog_exp_recv(Catalog_exp_t _ep, Catalog_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Catalog_exp_decode(_id, _buf, _len, _msg);
}

err_t Catalog_exp_recv_List(Catalog_exp_t _ep, SIP_OUT Catalog_List_t *_msg)
{
    Catalog_exp_msg_t _any;
    err_t _rc = Catalog_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog_MSG_List)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.List;
    return OK;
}

err_t Catalog_exp_recv_Put(Catalog_exp_t _ep, SIP_OUT Catalog_Put_t *_msg)
{
    Catalog_exp_msg_t _any;
    err_t _rc = Catalog_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog_MSG_Put)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Put;
    return OK;
}

err_t Catalog_exp_recv_Close(Catalog_exp_t _ep)
{
    Catalog_exp_msg_t _any;
    err_t _rc = Catalog_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog_MSG_Close)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Catalog_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Catalog_exp_handlers_t *_h = _case->handlers;
    Catalog_exp_t _ep = {_case->ep};
    Catalog_exp_msg_t _msg;
    err_t _rc = Catalog_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Catalog_MSG_List:
        if (_h->on_List == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_List(_h->ctx, _ep, _msg.u.List);
    case Catalog_MSG_Put:
        if (_h->on_Put == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Put(_h->ctx, _ep, _msg.u.Put);
    case Catalog_MSG_Close:
        if (_h->on_Close == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Close(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Catalog_exp_case(Catalog_exp_t ep, const Catalog_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Catalog_exp_dispatch, h};

    return c;
}

err_t Catalog_exp_call_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h, SIP_OUT Catalog_exp_msg_t *_reply)
{
    Catalog_Listing_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.h = h;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog_MSG_Listing, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog_exp_decode(_id, _buf, _len, _reply);
}

err_t Catalog_exp_call_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog_exp_msg_t *_reply)
{
    Catalog_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.status = status;
    _msg.peer = peer;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog_MSG_AckPut, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract Catalog2 ==== */

static inline bool Catalog2_Page_valid(const Catalog2_Page_t *_r)
{
    for (size_t _i = 0; _i < 2; _i++) {
        if (!Entry_valid(&_r->entries[_i]))
            return false;
    }
    if (_r->more > 1u)
        return false;
    return true;
}

static err_t Catalog2_List_decode(const void *_buf, size_t _len, Catalog2_List_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Access_valid(_msg->want))
        return CHAN_RT_ERR_DECODE;
    for (size_t _i = 0; _i < 2; _i++) {
        if (!Status_valid(_msg->last[_i]))
            return CHAN_RT_ERR_DECODE;
    }
    return OK;
}

static err_t Catalog2_Listing_decode(const void *_buf, size_t _len, Catalog2_Listing_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Catalog2_Page_valid(&_msg->page))
        return CHAN_RT_ERR_DECODE;
    if (!Huge_valid(_msg->h))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog2_Put_decode(const void *_buf, size_t _len, Catalog2_Put_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Entry_valid(&_msg->entry))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog2_AckPut_decode(const void *_buf, size_t _len, Catalog2_AckPut_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Status_valid(_msg->status))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog2_Close_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Catalog2_Stamped_decode(const void *_buf, size_t _len, Catalog2_Stamped_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Catalog2_Page_valid(&_msg->page))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Catalog2_Stamp2_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Catalog2_imp_send_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2])
{
    Catalog2_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.want = want;
    __builtin_memcpy(_msg.last, last, sizeof _msg.last);
    return chan_rt_send(_ep.h, Catalog2_MSG_List, &_msg, sizeof _msg);
}

err_t Catalog2_imp_send_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3])
{
    Catalog2_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.reply = reply;
    __builtin_memcpy(_msg.parts, parts, sizeof _msg.parts);
    return chan_rt_send(_ep.h, Catalog2_MSG_Put, &_msg, sizeof _msg);
}

err_t Catalog2_imp_send_Close(Catalog2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Catalog2_MSG_Close, NULL, 0);
}

err_t Catalog2_imp_send_Stamp2(Catalog2_imp_t _ep)
{
    return chan_rt_send(_ep.h, Catalog2_MSG_Stamp2, NULL, 0);
}

static err_t Catalog2_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Catalog2_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Catalog2_MSG_Listing:
        return Catalog2_Listing_decode(_buf, _len, &_msg->u.Listing);
    case Catalog2_MSG_AckPut:
        return Catalog2_AckPut_decode(_buf, _len, &_msg->u.AckPut);
    case Catalog2_MSG_Stamped:
        return Catalog2_Stamped_decode(_buf, _len, &_msg->u.Stamped);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Catalog2_imp_recv(Catalog2_imp_t _ep, Catalog2_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Catalog2_imp_decode(_id, _buf, _len, _msg);
}

err_t Catalog2_imp_recv_Listing(Catalog2_imp_t _ep, SIP_OUT Catalog2_Listing_t *_msg)
{
    Catalog2_imp_msg_t _any;
    err_t _rc = Catalog2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_Listing)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Listing;
    return OK;
}

err_t Catalog2_imp_recv_AckPut(Catalog2_imp_t _ep, SIP_OUT Catalog2_AckPut_t *_msg)
{
    Catalog2_imp_msg_t _any;
    err_t _rc = Catalog2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_AckPut)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckPut;
    return OK;
}

err_t Catalog2_imp_recv_Stamped(Catalog2_imp_t _ep, SIP_OUT Catalog2_Stamped_t *_msg)
{
    Catalog2_imp_msg_t _any;
    err_t _rc = Catalog2_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_Stamped)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Stamped;
    return OK;
}

err_t Catalog2_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Catalog2_imp_handlers_t *_h = _case->handlers;
    Catalog2_imp_t _ep = {_case->ep};
    Catalog2_imp_msg_t _msg;
    err_t _rc = Catalog2_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Catalog2_MSG_Listing:
        if (_h->on_Listing == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Listing(_h->ctx, _ep, _msg.u.Listing);
    case Catalog2_MSG_AckPut:
        if (_h->on_AckPut == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckPut(_h->ctx, _ep, _msg.u.AckPut);
    case Catalog2_MSG_Stamped:
        if (_h->on_Stamped == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Stamped(_h->ctx, _ep, _msg.u.Stamped);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Catalog2_imp_case(Catalog2_imp_t ep, const Catalog2_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Catalog2_imp_dispatch, h};

    return c;
}

err_t Catalog2_imp_call_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog2_imp_msg_t *_reply)
{
    Catalog2_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.want = want;
    __builtin_memcpy(_msg.last, last, sizeof _msg.last);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_List, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_imp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_imp_call_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog2_imp_msg_t *_reply)
{
    Catalog2_Put_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.entry = entry;
    _msg.reply = reply;
    __builtin_memcpy(_msg.parts, parts, sizeof _msg.parts);
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_Put, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_imp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_imp_call_Stamp2(Catalog2_imp_t _ep, SIP_OUT Catalog2_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_Stamp2, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_imp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_imp_from_Catalog(Catalog_imp_t ep, Catalog2_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Catalog2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Catalog2_exp_send_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h)
{
    Catalog2_Listing_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.h = h;
    return chan_rt_send(_ep.h, Catalog2_MSG_Listing, &_msg, sizeof _msg);
}

err_t Catalog2_exp_send_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer)
{
    Catalog2_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.status = status;
    _msg.peer = peer;
    return chan_rt_send(_ep.h, Catalog2_MSG_AckPut, &_msg, sizeof _msg);
}

err_t Catalog2_exp_send_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at)
{
    Catalog2_Stamped_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.at = at;
    return chan_rt_send(_ep.h, Catalog2_MSG_Stamped, &_msg, sizeof _msg);
}

static err_t Catalog2_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Catalog2_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Catalog2_MSG_List:
        return Catalog2_List_decode(_buf, _len, &_msg->u.List);
    case Catalog2_MSG_Put:
        return Catalog2_Put_decode(_buf, _len, &_msg->u.Put);
    case Catalog2_MSG_Close:
        return Catalog2_Close_decode(_len);
    case Catalog2_MSG_Stamp2:
        return Catalog2_Stamp2_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Catalog2_exp_recv(Catalog2_exp_t _ep, Catalog2_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Catalog2_exp_decode(_id, _buf, _len, _msg);
}

err_t Catalog2_exp_recv_List(Catalog2_exp_t _ep, SIP_OUT Catalog2_List_t *_msg)
{
    Catalog2_exp_msg_t _any;
    err_t _rc = Catalog2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_List)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.List;
    return OK;
}

err_t Catalog2_exp_recv_Put(Catalog2_exp_t _ep, SIP_OUT Catalog2_Put_t *_msg)
{
    Catalog2_exp_msg_t _any;
    err_t _rc = Catalog2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_Put)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Put;
    return OK;
}

err_t Catalog2_exp_recv_Close(Catalog2_exp_t _ep)
{
    Catalog2_exp_msg_t _any;
    err_t _rc = Catalog2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_Close)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Catalog2_exp_recv_Stamp2(Catalog2_exp_t _ep)
{
    Catalog2_exp_msg_t _any;
    err_t _rc = Catalog2_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Catalog2_MSG_Stamp2)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Catalog2_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Catalog2_exp_handlers_t *_h = _case->handlers;
    Catalog2_exp_t _ep = {_case->ep};
    Catalog2_exp_msg_t _msg;
    err_t _rc = Catalog2_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Catalog2_MSG_List:
        if (_h->on_List == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_List(_h->ctx, _ep, _msg.u.List);
    case Catalog2_MSG_Put:
        if (_h->on_Put == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Put(_h->ctx, _ep, _msg.u.Put);
    case Catalog2_MSG_Close:
        if (_h->on_Close == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Close(_h->ctx, _ep);
    case Catalog2_MSG_Stamp2:
        if (_h->on_Stamp2 == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Stamp2(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Catalog2_exp_case(Catalog2_exp_t ep, const Catalog2_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Catalog2_exp_dispatch, h};

    return c;
}

err_t Catalog2_exp_call_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h, SIP_OUT Catalog2_exp_msg_t *_reply)
{
    Catalog2_Listing_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.h = h;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_Listing, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_exp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_exp_call_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog2_exp_msg_t *_reply)
{
    Catalog2_AckPut_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.status = status;
    _msg.peer = peer;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_AckPut, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_exp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_exp_call_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at, SIP_OUT Catalog2_exp_msg_t *_reply)
{
    Catalog2_Stamped_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.page = page;
    _msg.at = at;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Catalog2_MSG_Stamped, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Catalog2_exp_decode(_id, _buf, _len, _reply);
}

err_t Catalog2_exp_from_Catalog(Catalog_exp_t ep, Catalog2_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Catalog2_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

/* ==== contract Partner ==== */

static err_t Partner_Hello_decode(const void *_buf, size_t _len, Partner_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Status_valid(_msg->s))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Partner_Bye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t Partner_imp_send_Hello(Partner_imp_t _ep, Status_t s)
{
    Partner_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.s = s;
    return chan_rt_send(_ep.h, Partner_MSG_Hello, &_msg, sizeof _msg);
}

static err_t Partner_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Partner_imp_msg_t *_msg)
{
    (void)_buf;
    _msg->id = _id;
    switch (_id) {
    case Partner_MSG_Bye:
        return Partner_Bye_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Partner_imp_recv(Partner_imp_t _ep, Partner_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Partner_imp_decode(_id, _buf, _len, _msg);
}

err_t Partner_imp_recv_Bye(Partner_imp_t _ep)
{
    Partner_imp_msg_t _any;
    err_t _rc = Partner_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Partner_MSG_Bye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Partner_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Partner_imp_handlers_t *_h = _case->handlers;
    Partner_imp_t _ep = {_case->ep};
    Partner_imp_msg_t _msg;
    err_t _rc = Partner_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Partner_MSG_Bye:
        if (_h->on_Bye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Bye(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Partner_imp_case(Partner_imp_t ep, const Partner_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Partner_imp_dispatch, h};

    return c;
}

err_t Partner_imp_call_Hello(Partner_imp_t _ep, Status_t s, SIP_OUT Partner_imp_msg_t *_reply)
{
    Partner_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.s = s;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Partner_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Partner_imp_decode(_id, _buf, _len, _reply);
}

err_t Partner_exp_send_Bye(Partner_exp_t _ep)
{
    return chan_rt_send(_ep.h, Partner_MSG_Bye, NULL, 0);
}

static err_t Partner_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Partner_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Partner_MSG_Hello:
        return Partner_Hello_decode(_buf, _len, &_msg->u.Hello);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Partner_exp_recv(Partner_exp_t _ep, Partner_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Partner_exp_decode(_id, _buf, _len, _msg);
}

err_t Partner_exp_recv_Hello(Partner_exp_t _ep, SIP_OUT Partner_Hello_t *_msg)
{
    Partner_exp_msg_t _any;
    err_t _rc = Partner_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Partner_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Partner_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Partner_exp_handlers_t *_h = _case->handlers;
    Partner_exp_t _ep = {_case->ep};
    Partner_exp_msg_t _msg;
    err_t _rc = Partner_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Partner_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Partner_exp_case(Partner_exp_t ep, const Partner_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Partner_exp_dispatch, h};

    return c;
}

err_t Partner_exp_call_Bye(Partner_exp_t _ep, SIP_OUT Partner_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Partner_MSG_Bye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Partner_exp_decode(_id, _buf, _len, _reply);
}
