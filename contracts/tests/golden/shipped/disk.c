/* generated from disk.contract by contractc — do not edit */
#include "disk.h"

/* ==== contract Disk ==== */

static inline bool Disk_Error_valid(Disk_Error_t v)
{
    switch (v) {
    case Disk_Error_Io:
    case Disk_Error_BadRange:
    case Disk_Error_ReadOnly:
    case Disk_Error_Restarted:
    case Disk_Error_Busy:
        return true;
    default:
        return false;
    }
}

static err_t Disk_Hello_decode(const void *_buf, size_t _len, Disk_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Disk_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Disk_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Disk_GetGeometry_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Disk_Geometry_decode(const void *_buf, size_t _len, Disk_Geometry_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (_msg->read_only > 1u)
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Disk_Read_decode(const void *_buf, size_t _len, Disk_Read_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Disk_AckRead_decode(const void *_buf, size_t _len, Disk_AckRead_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Disk_ReadError_decode(const void *_buf, size_t _len, Disk_ReadError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Disk_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Disk_Write_decode(const void *_buf, size_t _len, Disk_Write_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Disk_AckWrite_decode(const void *_buf, size_t _len, Disk_AckWrite_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Disk_WriteError_decode(const void *_buf, size_t _len, Disk_WriteError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Disk_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Disk_Flush_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Disk_AckFlush_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Disk_FlushError_decode(const void *_buf, size_t _len, Disk_FlushError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Disk_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

err_t Disk_imp_send_Goodbye(Disk_imp_t _ep)
{
    return chan_rt_send(_ep.h, Disk_MSG_Goodbye, NULL, 0);
}

err_t Disk_imp_send_GetGeometry(Disk_imp_t _ep)
{
    return chan_rt_send(_ep.h, Disk_MSG_GetGeometry, NULL, 0);
}

err_t Disk_imp_send_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count)
{
    Disk_Read_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.sector = sector;
    _msg.count = count;
    return chan_rt_send(_ep.h, Disk_MSG_Read, &_msg, sizeof _msg);
}

err_t Disk_imp_send_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count)
{
    Disk_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.sector = sector;
    _msg.count = count;
    return chan_rt_send(_ep.h, Disk_MSG_Write, &_msg, sizeof _msg);
}

err_t Disk_imp_send_Flush(Disk_imp_t _ep)
{
    return chan_rt_send(_ep.h, Disk_MSG_Flush, NULL, 0);
}

static err_t Disk_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Disk_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Disk_MSG_Hello:
        return Disk_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Disk_MSG_AckGoodbye:
        return Disk_AckGoodbye_decode(_len);
    case Disk_MSG_Geometry:
        return Disk_Geometry_decode(_buf, _len, &_msg->u.Geometry);
    case Disk_MSG_AckRead:
        return Disk_AckRead_decode(_buf, _len, &_msg->u.AckRead);
    case Disk_MSG_ReadError:
        return Disk_ReadError_decode(_buf, _len, &_msg->u.ReadError);
    case Disk_MSG_AckWrite:
        return Disk_AckWrite_decode(_buf, _len, &_msg->u.AckWrite);
    case Disk_MSG_WriteError:
        return Disk_WriteError_decode(_buf, _len, &_msg->u.WriteError);
    case Disk_MSG_AckFlush:
        return Disk_AckFlush_decode(_len);
    case Disk_MSG_FlushError:
        return Disk_FlushError_decode(_buf, _len, &_msg->u.FlushError);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Disk_imp_recv(Disk_imp_t _ep, Disk_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _msg);
}

err_t Disk_imp_recv_Hello(Disk_imp_t _ep, SIP_OUT Disk_Hello_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Disk_imp_recv_AckGoodbye(Disk_imp_t _ep)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Disk_imp_recv_Geometry(Disk_imp_t _ep, SIP_OUT Disk_Geometry_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Geometry)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Geometry;
    return OK;
}

err_t Disk_imp_recv_AckRead(Disk_imp_t _ep, SIP_OUT Disk_AckRead_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_AckRead)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckRead;
    return OK;
}

err_t Disk_imp_recv_ReadError(Disk_imp_t _ep, SIP_OUT Disk_ReadError_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_ReadError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.ReadError;
    return OK;
}

err_t Disk_imp_recv_AckWrite(Disk_imp_t _ep, SIP_OUT Disk_AckWrite_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_AckWrite)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckWrite;
    return OK;
}

err_t Disk_imp_recv_WriteError(Disk_imp_t _ep, SIP_OUT Disk_WriteError_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_WriteError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.WriteError;
    return OK;
}

err_t Disk_imp_recv_AckFlush(Disk_imp_t _ep)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_AckFlush)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Disk_imp_recv_FlushError(Disk_imp_t _ep, SIP_OUT Disk_FlushError_t *_msg)
{
    Disk_imp_msg_t _any;
    err_t _rc = Disk_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_FlushError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.FlushError;
    return OK;
}

err_t Disk_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Disk_imp_handlers_t *_h = _case->handlers;
    Disk_imp_t _ep = {_case->ep};
    Disk_imp_msg_t _msg;
    err_t _rc = Disk_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Disk_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Disk_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Disk_MSG_Geometry:
        if (_h->on_Geometry == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Geometry(_h->ctx, _ep, _msg.u.Geometry);
    case Disk_MSG_AckRead:
        if (_h->on_AckRead == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckRead(_h->ctx, _ep, _msg.u.AckRead);
    case Disk_MSG_ReadError:
        if (_h->on_ReadError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_ReadError(_h->ctx, _ep, _msg.u.ReadError);
    case Disk_MSG_AckWrite:
        if (_h->on_AckWrite == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckWrite(_h->ctx, _ep, _msg.u.AckWrite);
    case Disk_MSG_WriteError:
        if (_h->on_WriteError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_WriteError(_h->ctx, _ep, _msg.u.WriteError);
    case Disk_MSG_AckFlush:
        if (_h->on_AckFlush == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckFlush(_h->ctx, _ep);
    case Disk_MSG_FlushError:
        if (_h->on_FlushError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_FlushError(_h->ctx, _ep, _msg.u.FlushError);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Disk_imp_case(Disk_imp_t ep, const Disk_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Disk_imp_dispatch, h};

    return c;
}

err_t Disk_imp_call_Goodbye(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _reply);
}

err_t Disk_imp_call_GetGeometry(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_GetGeometry, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _reply);
}

err_t Disk_imp_call_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply)
{
    Disk_Read_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.sector = sector;
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Read, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _reply);
}

err_t Disk_imp_call_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply)
{
    Disk_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.sector = sector;
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Write, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _reply);
}

err_t Disk_imp_call_Flush(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Flush, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_imp_decode(_id, _buf, _len, _reply);
}

err_t Disk_imp_from_Service(Service_imp_t ep, Disk_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Disk_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Disk_exp_send_Hello(Disk_exp_t _ep, uint32_t version)
{
    Disk_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Disk_MSG_Hello, &_msg, sizeof _msg);
}

err_t Disk_exp_send_AckGoodbye(Disk_exp_t _ep)
{
    return chan_rt_send(_ep.h, Disk_MSG_AckGoodbye, NULL, 0);
}

err_t Disk_exp_send_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only)
{
    Disk_Geometry_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sectors = sectors;
    _msg.sector_bytes = sector_bytes;
    _msg.max_sectors = max_sectors;
    _msg.read_only = read_only ? 1u : 0u;
    return chan_rt_send(_ep.h, Disk_MSG_Geometry, &_msg, sizeof _msg);
}

err_t Disk_exp_send_AckRead(Disk_exp_t _ep, xheap_handle_t buf)
{
    Disk_AckRead_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    return chan_rt_send(_ep.h, Disk_MSG_AckRead, &_msg, sizeof _msg);
}

err_t Disk_exp_send_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error)
{
    Disk_ReadError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    return chan_rt_send(_ep.h, Disk_MSG_ReadError, &_msg, sizeof _msg);
}

err_t Disk_exp_send_AckWrite(Disk_exp_t _ep, xheap_handle_t buf)
{
    Disk_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    return chan_rt_send(_ep.h, Disk_MSG_AckWrite, &_msg, sizeof _msg);
}

err_t Disk_exp_send_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error)
{
    Disk_WriteError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    return chan_rt_send(_ep.h, Disk_MSG_WriteError, &_msg, sizeof _msg);
}

err_t Disk_exp_send_AckFlush(Disk_exp_t _ep)
{
    return chan_rt_send(_ep.h, Disk_MSG_AckFlush, NULL, 0);
}

err_t Disk_exp_send_FlushError(Disk_exp_t _ep, Disk_Error_t error)
{
    Disk_FlushError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Disk_MSG_FlushError, &_msg, sizeof _msg);
}

static err_t Disk_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Disk_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Disk_MSG_Goodbye:
        return Disk_Goodbye_decode(_len);
    case Disk_MSG_GetGeometry:
        return Disk_GetGeometry_decode(_len);
    case Disk_MSG_Read:
        return Disk_Read_decode(_buf, _len, &_msg->u.Read);
    case Disk_MSG_Write:
        return Disk_Write_decode(_buf, _len, &_msg->u.Write);
    case Disk_MSG_Flush:
        return Disk_Flush_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Disk_exp_recv(Disk_exp_t _ep, Disk_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _msg);
}

err_t Disk_exp_recv_Goodbye(Disk_exp_t _ep)
{
    Disk_exp_msg_t _any;
    err_t _rc = Disk_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Disk_exp_recv_GetGeometry(Disk_exp_t _ep)
{
    Disk_exp_msg_t _any;
    err_t _rc = Disk_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_GetGeometry)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Disk_exp_recv_Read(Disk_exp_t _ep, SIP_OUT Disk_Read_t *_msg)
{
    Disk_exp_msg_t _any;
    err_t _rc = Disk_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Read)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Read;
    return OK;
}

err_t Disk_exp_recv_Write(Disk_exp_t _ep, SIP_OUT Disk_Write_t *_msg)
{
    Disk_exp_msg_t _any;
    err_t _rc = Disk_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Write)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Write;
    return OK;
}

err_t Disk_exp_recv_Flush(Disk_exp_t _ep)
{
    Disk_exp_msg_t _any;
    err_t _rc = Disk_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Disk_MSG_Flush)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Disk_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Disk_exp_handlers_t *_h = _case->handlers;
    Disk_exp_t _ep = {_case->ep};
    Disk_exp_msg_t _msg;
    err_t _rc = Disk_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Disk_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Disk_MSG_GetGeometry:
        if (_h->on_GetGeometry == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_GetGeometry(_h->ctx, _ep);
    case Disk_MSG_Read:
        if (_h->on_Read == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Read(_h->ctx, _ep, _msg.u.Read);
    case Disk_MSG_Write:
        if (_h->on_Write == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Write(_h->ctx, _ep, _msg.u.Write);
    case Disk_MSG_Flush:
        if (_h->on_Flush == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Flush(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Disk_exp_case(Disk_exp_t ep, const Disk_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Disk_exp_dispatch, h};

    return c;
}

err_t Disk_exp_call_Hello(Disk_exp_t _ep, uint32_t version, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_Geometry_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.sectors = sectors;
    _msg.sector_bytes = sector_bytes;
    _msg.max_sectors = max_sectors;
    _msg.read_only = read_only ? 1u : 0u;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_Geometry, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_AckRead(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_AckRead_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_AckRead, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_ReadError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_ReadError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_AckWrite(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_AckWrite, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_WriteError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_WriteError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_AckFlush(Disk_exp_t _ep, SIP_OUT Disk_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_AckFlush, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_call_FlushError(Disk_exp_t _ep, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply)
{
    Disk_FlushError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Disk_MSG_FlushError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Disk_exp_decode(_id, _buf, _len, _reply);
}

err_t Disk_exp_from_Service(Service_exp_t ep, Disk_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Disk_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
