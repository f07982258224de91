/* generated from console.contract by contractc — do not edit */
#include "console.h"

/* ==== contract Console ==== */

static err_t Console_Hello_decode(const void *_buf, size_t _len, Console_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Console_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Console_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Console_Write_decode(const void *_buf, size_t _len, Console_Write_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Console_AckWrite_decode(const void *_buf, size_t _len, Console_AckWrite_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Console_ReadLine_decode(const void *_buf, size_t _len, Console_ReadLine_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Console_AckReadLine_decode(const void *_buf, size_t _len, Console_AckReadLine_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Console_EndOfInput_decode(const void *_buf, size_t _len, Console_EndOfInput_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

err_t Console_imp_send_Goodbye(Console_imp_t _ep)
{
    return chan_rt_send(_ep.h, Console_MSG_Goodbye, NULL, 0);
}

err_t Console_imp_send_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length)
{
    Console_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.text = text;
    _msg.length = length;
    return chan_rt_send(_ep.h, Console_MSG_Write, &_msg, sizeof _msg);
}

err_t Console_imp_send_ReadLine(Console_imp_t _ep, xheap_handle_t buf)
{
    Console_ReadLine_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    return chan_rt_send(_ep.h, Console_MSG_ReadLine, &_msg, sizeof _msg);
}

static err_t Console_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Console_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Console_MSG_Hello:
        return Console_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Console_MSG_AckGoodbye:
        return Console_AckGoodbye_decode(_len);
    case Console_MSG_AckWrite:
        return Console_AckWrite_decode(_buf, _len, &_msg->u.AckWrite);
    case Console_MSG_AckReadLine:
        return Console_AckReadLine_decode(_buf, _len, &_msg->u.AckReadLine);
    case Console_MSG_EndOfInput:
        return Console_EndOfInput_decode(_buf, _len, &_msg->u.EndOfInput);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Console_imp_recv(Console_imp_t _ep, Console_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Console_imp_decode(_id, _buf, _len, _msg);
}

err_t Console_imp_recv_Hello(Console_imp_t _ep, SIP_OUT Console_Hello_t *_msg)
{
    Console_imp_msg_t _any;
    err_t _rc = Console_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Console_imp_recv_AckGoodbye(Console_imp_t _ep)
{
    Console_imp_msg_t _any;
    err_t _rc = Console_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Console_imp_recv_AckWrite(Console_imp_t _ep, SIP_OUT Console_AckWrite_t *_msg)
{
    Console_imp_msg_t _any;
    err_t _rc = Console_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_AckWrite)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckWrite;
    return OK;
}

err_t Console_imp_recv_AckReadLine(Console_imp_t _ep, SIP_OUT Console_AckReadLine_t *_msg)
{
    Console_imp_msg_t _any;
    err_t _rc = Console_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_AckReadLine)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckReadLine;
    return OK;
}

err_t Console_imp_recv_EndOfInput(Console_imp_t _ep, SIP_OUT Console_EndOfInput_t *_msg)
{
    Console_imp_msg_t _any;
    err_t _rc = Console_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_EndOfInput)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.EndOfInput;
    return OK;
}

err_t Console_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Console_imp_handlers_t *_h = _case->handlers;
    Console_imp_t _ep = {_case->ep};
    Console_imp_msg_t _msg;
    err_t _rc = Console_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Console_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Console_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Console_MSG_AckWrite:
        if (_h->on_AckWrite == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckWrite(_h->ctx, _ep, _msg.u.AckWrite);
    case Console_MSG_AckReadLine:
        if (_h->on_AckReadLine == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckReadLine(_h->ctx, _ep, _msg.u.AckReadLine);
    case Console_MSG_EndOfInput:
        if (_h->on_EndOfInput == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_EndOfInput(_h->ctx, _ep, _msg.u.EndOfInput);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Console_imp_case(Console_imp_t ep, const Console_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Console_imp_dispatch, h};

    return c;
}

err_t Console_imp_call_Goodbye(Console_imp_t _ep, SIP_OUT Console_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_imp_decode(_id, _buf, _len, _reply);
}

err_t Console_imp_call_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length, SIP_OUT Console_imp_msg_t *_reply)
{
    Console_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.text = text;
    _msg.length = length;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_Write, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_imp_decode(_id, _buf, _len, _reply);
}

err_t Console_imp_call_ReadLine(Console_imp_t _ep, xheap_handle_t buf, SIP_OUT Console_imp_msg_t *_reply)
{
    Console_ReadLine_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_ReadLine, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_imp_decode(_id, _buf, _len, _reply);
}

err_t Console_imp_from_Service(Service_imp_t ep, Console_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Console_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Console_exp_send_Hello(Console_exp_t _ep, uint32_t version)
{
    Console_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Console_MSG_Hello, &_msg, sizeof _msg);
}

err_t Console_exp_send_AckGoodbye(Console_exp_t _ep)
{
    return chan_rt_send(_ep.h, Console_MSG_AckGoodbye, NULL, 0);
}

err_t Console_exp_send_AckWrite(Console_exp_t _ep, xheap_handle_t text)
{
    Console_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.text = text;
    return chan_rt_send(_ep.h, Console_MSG_AckWrite, &_msg, sizeof _msg);
}

err_t Console_exp_send_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length)
{
    Console_AckReadLine_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.length = length;
    return chan_rt_send(_ep.h, Console_MSG_AckReadLine, &_msg, sizeof _msg);
}

err_t Console_exp_send_EndOfInput(Console_exp_t _ep, xheap_handle_t buf)
{
    Console_EndOfInput_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    return chan_rt_send(_ep.h, Console_MSG_EndOfInput, &_msg, sizeof _msg);
}

static err_t Console_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Console_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Console_MSG_Goodbye:
        return Console_Goodbye_decode(_len);
    case Console_MSG_Write:
        return Console_Write_decode(_buf, _len, &_msg->u.Write);
    case Console_MSG_ReadLine:
        return Console_ReadLine_decode(_buf, _len, &_msg->u.ReadLine);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Console_exp_recv(Console_exp_t _ep, Console_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Console_exp_decode(_id, _buf, _len, _msg);
}

err_t Console_exp_recv_Goodbye(Console_exp_t _ep)
{
    Console_exp_msg_t _any;
    err_t _rc = Console_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Console_exp_recv_Write(Console_exp_t _ep, SIP_OUT Console_Write_t *_msg)
{
    Console_exp_msg_t _any;
    err_t _rc = Console_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_Write)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Write;
    return OK;
}

err_t Console_exp_recv_ReadLine(Console_exp_t _ep, SIP_OUT Console_ReadLine_t *_msg)
{
    Console_exp_msg_t _any;
    err_t _rc = Console_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Console_MSG_ReadLine)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.ReadLine;
    return OK;
}

err_t Console_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Console_exp_handlers_t *_h = _case->handlers;
    Console_exp_t _ep = {_case->ep};
    Console_exp_msg_t _msg;
    err_t _rc = Console_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Console_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Console_MSG_Write:
        if (_h->on_Write == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Write(_h->ctx, _ep, _msg.u.Write);
    case Console_MSG_ReadLine:
        if (_h->on_ReadLine == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_ReadLine(_h->ctx, _ep, _msg.u.ReadLine);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Console_exp_case(Console_exp_t ep, const Console_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Console_exp_dispatch, h};

    return c;
}

err_t Console_exp_call_Hello(Console_exp_t _ep, uint32_t version, SIP_OUT Console_exp_msg_t *_reply)
{
    Console_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_exp_decode(_id, _buf, _len, _reply);
}

err_t Console_exp_call_AckWrite(Console_exp_t _ep, xheap_handle_t text, SIP_OUT Console_exp_msg_t *_reply)
{
    Console_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.text = text;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_AckWrite, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_exp_decode(_id, _buf, _len, _reply);
}

err_t Console_exp_call_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length, SIP_OUT Console_exp_msg_t *_reply)
{
    Console_AckReadLine_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.length = length;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_AckReadLine, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_exp_decode(_id, _buf, _len, _reply);
}

err_t Console_exp_call_EndOfInput(Console_exp_t _ep, xheap_handle_t buf, SIP_OUT Console_exp_msg_t *_reply)
{
    Console_EndOfInput_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Console_MSG_EndOfInput, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Console_exp_decode(_id, _buf, _len, _reply);
}

err_t Console_exp_from_Service(Service_exp_t ep, Console_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Console_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
