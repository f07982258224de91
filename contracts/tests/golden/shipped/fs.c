/* generated from fs.contract by contractc — do not edit */
#include "fs.h"

/* ==== contract File ==== */

static inline bool File_Error_valid(File_Error_t v)
{
    switch (v) {
    case File_Error_Io:
    case File_Error_NoSpace:
    case File_Error_ReadOnly:
    case File_Error_BadRange:
    case File_Error_Corrupt:
    case File_Error_FileTooBig:
        return true;
    default:
        return false;
    }
}

static err_t File_Read_decode(const void *_buf, size_t _len, File_Read_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t File_AckRead_decode(const void *_buf, size_t _len, File_AckRead_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t File_ReadError_decode(const void *_buf, size_t _len, File_ReadError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!File_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t File_Write_decode(const void *_buf, size_t _len, File_Write_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t File_AckWrite_decode(const void *_buf, size_t _len, File_AckWrite_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t File_WriteError_decode(const void *_buf, size_t _len, File_WriteError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!File_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t File_Close_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t File_AckClose_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

err_t File_imp_send_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length)
{
    File_Read_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.offset = offset;
    _msg.length = length;
    return chan_rt_send(_ep.h, File_MSG_Read, &_msg, sizeof _msg);
}

err_t File_imp_send_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length)
{
    File_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.offset = offset;
    _msg.length = length;
    return chan_rt_send(_ep.h, File_MSG_Write, &_msg, sizeof _msg);
}

err_t File_imp_send_Close(File_imp_t _ep)
{
    return chan_rt_send(_ep.h, File_MSG_Close, NULL, 0);
}

static err_t File_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    File_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case File_MSG_AckRead:
        return File_AckRead_decode(_buf, _len, &_msg->u.AckRead);
    case File_MSG_ReadError:
        return File_ReadError_decode(_buf, _len, &_msg->u.ReadError);
    case File_MSG_AckWrite:
        return File_AckWrite_decode(_buf, _len, &_msg->u.AckWrite);
    case File_MSG_WriteError:
        return File_WriteError_decode(_buf, _len, &_msg->u.WriteError);
    case File_MSG_AckClose:
        return File_AckClose_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t File_imp_recv(File_imp_t _ep, File_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return File_imp_decode(_id, _buf, _len, _msg);
}

err_t File_imp_recv_AckRead(File_imp_t _ep, SIP_OUT File_AckRead_t *_msg)
{
    File_imp_msg_t _any;
    err_t _rc = File_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_AckRead)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckRead;
    return OK;
}

err_t File_imp_recv_ReadError(File_imp_t _ep, SIP_OUT File_ReadError_t *_msg)
{
    File_imp_msg_t _any;
    err_t _rc = File_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_ReadError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.ReadError;
    return OK;
}

err_t File_imp_recv_AckWrite(File_imp_t _ep, SIP_OUT File_AckWrite_t *_msg)
{
    File_imp_msg_t _any;
    err_t _rc = File_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_AckWrite)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckWrite;
    return OK;
}

err_t File_imp_recv_WriteError(File_imp_t _ep, SIP_OUT File_WriteError_t *_msg)
{
    File_imp_msg_t _any;
    err_t _rc = File_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_WriteError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.WriteError;
    return OK;
}

err_t File_imp_recv_AckClose(File_imp_t _ep)
{
    File_imp_msg_t _any;
    err_t _rc = File_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_AckClose)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t File_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const File_imp_handlers_t *_h = _case->handlers;
    File_imp_t _ep = {_case->ep};
    File_imp_msg_t _msg;
    err_t _rc = File_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case File_MSG_AckRead:
        if (_h->on_AckRead == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckRead(_h->ctx, _ep, _msg.u.AckRead);
    case File_MSG_ReadError:
        if (_h->on_ReadError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_ReadError(_h->ctx, _ep, _msg.u.ReadError);
    case File_MSG_AckWrite:
        if (_h->on_AckWrite == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckWrite(_h->ctx, _ep, _msg.u.AckWrite);
    case File_MSG_WriteError:
        if (_h->on_WriteError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_WriteError(_h->ctx, _ep, _msg.u.WriteError);
    case File_MSG_AckClose:
        if (_h->on_AckClose == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckClose(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t File_imp_case(File_imp_t ep, const File_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, File_imp_dispatch, h};

    return c;
}

err_t File_imp_call_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply)
{
    File_Read_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.offset = offset;
    _msg.length = length;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_Read, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_imp_decode(_id, _buf, _len, _reply);
}

err_t File_imp_call_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply)
{
    File_Write_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.offset = offset;
    _msg.length = length;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_Write, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_imp_decode(_id, _buf, _len, _reply);
}

err_t File_imp_call_Close(File_imp_t _ep, SIP_OUT File_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_Close, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_imp_decode(_id, _buf, _len, _reply);
}

err_t File_exp_send_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count)
{
    File_AckRead_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.count = count;
    return chan_rt_send(_ep.h, File_MSG_AckRead, &_msg, sizeof _msg);
}

err_t File_exp_send_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error)
{
    File_ReadError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    return chan_rt_send(_ep.h, File_MSG_ReadError, &_msg, sizeof _msg);
}

err_t File_exp_send_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count)
{
    File_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.count = count;
    return chan_rt_send(_ep.h, File_MSG_AckWrite, &_msg, sizeof _msg);
}

err_t File_exp_send_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error)
{
    File_WriteError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    return chan_rt_send(_ep.h, File_MSG_WriteError, &_msg, sizeof _msg);
}

err_t File_exp_send_AckClose(File_exp_t _ep)
{
    return chan_rt_send(_ep.h, File_MSG_AckClose, NULL, 0);
}

static err_t File_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    File_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case File_MSG_Read:
        return File_Read_decode(_buf, _len, &_msg->u.Read);
    case File_MSG_Write:
        return File_Write_decode(_buf, _len, &_msg->u.Write);
    case File_MSG_Close:
        return File_Close_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t File_exp_recv(File_exp_t _ep, File_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return File_exp_decode(_id, _buf, _len, _msg);
}

err_t File_exp_recv_Read(File_exp_t _ep, SIP_OUT File_Read_t *_msg)
{
    File_exp_msg_t _any;
    err_t _rc = File_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_Read)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Read;
    return OK;
}

err_t File_exp_recv_Write(File_exp_t _ep, SIP_OUT File_Write_t *_msg)
{
    File_exp_msg_t _any;
    err_t _rc = File_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_Write)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Write;
    return OK;
}

err_t File_exp_recv_Close(File_exp_t _ep)
{
    File_exp_msg_t _any;
    err_t _rc = File_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != File_MSG_Close)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t File_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const File_exp_handlers_t *_h = _case->handlers;
    File_exp_t _ep = {_case->ep};
    File_exp_msg_t _msg;
    err_t _rc = File_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case File_MSG_Read:
        if (_h->on_Read == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Read(_h->ctx, _ep, _msg.u.Read);
    case File_MSG_Write:
        if (_h->on_Write == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Write(_h->ctx, _ep, _msg.u.Write);
    case File_MSG_Close:
        if (_h->on_Close == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Close(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t File_exp_case(File_exp_t ep, const File_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, File_exp_dispatch, h};

    return c;
}

err_t File_exp_call_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply)
{
    File_AckRead_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_AckRead, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_exp_decode(_id, _buf, _len, _reply);
}

err_t File_exp_call_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply)
{
    File_ReadError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_ReadError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_exp_decode(_id, _buf, _len, _reply);
}

err_t File_exp_call_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply)
{
    File_AckWrite_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.count = count;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_AckWrite, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_exp_decode(_id, _buf, _len, _reply);
}

err_t File_exp_call_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply)
{
    File_WriteError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.buf = buf;
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, File_MSG_WriteError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return File_exp_decode(_id, _buf, _len, _reply);
}

/* ==== contract Fs ==== */

static inline bool Fs_Error_valid(Fs_Error_t v)
{
    switch (v) {
    case Fs_Error_NotFound:
    case Fs_Error_Exists:
    case Fs_Error_NotDirectory:
    case Fs_Error_IsDirectory:
    case Fs_Error_Denied:
    case Fs_Error_BadPath:
    case Fs_Error_TooManyOpen:
    case Fs_Error_Io:
    case Fs_Error_NotEmpty:
    case Fs_Error_NoSpace:
    case Fs_Error_ReadOnly:
    case Fs_Error_EmptyPath:
    case Fs_Error_Relative:
    case Fs_Error_PastRoot:
    case Fs_Error_PathTooLong:
    case Fs_Error_NameTooLong:
    case Fs_Error_NulInPath:
    case Fs_Error_IsRoot:
    case Fs_Error_Loop:
    case Fs_Error_BadDirent:
    case Fs_Error_BadBlockNumber:
    case Fs_Error_BadInode:
    case Fs_Error_DirHole:
    case Fs_Error_Bitmap:
    case Fs_Error_CountsLie:
    case Fs_Error_FileTooBig:
    case Fs_Error_Busy:
        return true;
    default:
        return false;
    }
}

static inline bool Fs_Kind_valid(Fs_Kind_t v)
{
    switch (v) {
    case Fs_Kind_Regular:
    case Fs_Kind_Directory:
    case Fs_Kind_Other:
        return true;
    default:
        return false;
    }
}

static err_t Fs_Hello_decode(const void *_buf, size_t _len, Fs_Hello_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Goodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_AckGoodbye_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_Open_decode(const void *_buf, size_t _len, Fs_Open_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (_msg->write > 1u)
        return CHAN_RT_ERR_DECODE;
    if (_msg->create > 1u)
        return CHAN_RT_ERR_DECODE;
    if (_msg->truncate > 1u)
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_AckOpen_decode(const void *_buf, size_t _len, Fs_AckOpen_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_OpenError_decode(const void *_buf, size_t _len, Fs_OpenError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_Stat_decode(const void *_buf, size_t _len, Fs_Stat_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_AckStat_decode(const void *_buf, size_t _len, Fs_AckStat_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Kind_valid(_msg->kind))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_StatError_decode(const void *_buf, size_t _len, Fs_StatError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_List_decode(const void *_buf, size_t _len, Fs_List_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Entry_decode(const void *_buf, size_t _len, Fs_Entry_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Kind_valid(_msg->kind))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_NextEntry_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_StopList_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_EndList_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_ListError_decode(const void *_buf, size_t _len, Fs_ListError_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

static err_t Fs_Mkdir_decode(const void *_buf, size_t _len, Fs_Mkdir_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Unlink_decode(const void *_buf, size_t _len, Fs_Unlink_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Rmdir_decode(const void *_buf, size_t _len, Fs_Rmdir_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Rename_decode(const void *_buf, size_t _len, Fs_Rename_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Truncate_decode(const void *_buf, size_t _len, Fs_Truncate_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    return OK;
}

static err_t Fs_Sync_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_Done_decode(size_t _len)
{
    return _len == 0 ? OK : CHAN_RT_ERR_DECODE;
}

static err_t Fs_Failed_decode(const void *_buf, size_t _len, Fs_Failed_t *_msg)
{
    if (_len != sizeof *_msg)
        return CHAN_RT_ERR_DECODE;
    __builtin_memcpy(_msg, _buf, sizeof *_msg);
    if (!Fs_Error_valid(_msg->error))
        return CHAN_RT_ERR_DECODE;
    return OK;
}

err_t Fs_imp_send_Goodbye(Fs_imp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_Goodbye, NULL, 0);
}

err_t Fs_imp_send_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate)
{
    Fs_Open_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _msg.write = write ? 1u : 0u;
    _msg.create = create ? 1u : 0u;
    _msg.truncate = truncate ? 1u : 0u;
    return chan_rt_send(_ep.h, Fs_MSG_Open, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Stat(Fs_imp_t _ep, xheap_handle_t path)
{
    Fs_Stat_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    return chan_rt_send(_ep.h, Fs_MSG_Stat, &_msg, sizeof _msg);
}

err_t Fs_imp_send_List(Fs_imp_t _ep, xheap_handle_t path)
{
    Fs_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    return chan_rt_send(_ep.h, Fs_MSG_List, &_msg, sizeof _msg);
}

err_t Fs_imp_send_NextEntry(Fs_imp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_NextEntry, NULL, 0);
}

err_t Fs_imp_send_StopList(Fs_imp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_StopList, NULL, 0);
}

err_t Fs_imp_send_Mkdir(Fs_imp_t _ep, xheap_handle_t path)
{
    Fs_Mkdir_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    return chan_rt_send(_ep.h, Fs_MSG_Mkdir, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Unlink(Fs_imp_t _ep, xheap_handle_t path)
{
    Fs_Unlink_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    return chan_rt_send(_ep.h, Fs_MSG_Unlink, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Rmdir(Fs_imp_t _ep, xheap_handle_t path)
{
    Fs_Rmdir_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    return chan_rt_send(_ep.h, Fs_MSG_Rmdir, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to)
{
    Fs_Rename_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.from = from;
    _msg.to = to;
    return chan_rt_send(_ep.h, Fs_MSG_Rename, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size)
{
    Fs_Truncate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _msg.size = size;
    return chan_rt_send(_ep.h, Fs_MSG_Truncate, &_msg, sizeof _msg);
}

err_t Fs_imp_send_Sync(Fs_imp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_Sync, NULL, 0);
}

static err_t Fs_imp_decode(uint16_t _id, const void *_buf, size_t _len,
    Fs_imp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Fs_MSG_Hello:
        return Fs_Hello_decode(_buf, _len, &_msg->u.Hello);
    case Fs_MSG_AckGoodbye:
        return Fs_AckGoodbye_decode(_len);
    case Fs_MSG_AckOpen:
        return Fs_AckOpen_decode(_buf, _len, &_msg->u.AckOpen);
    case Fs_MSG_OpenError:
        return Fs_OpenError_decode(_buf, _len, &_msg->u.OpenError);
    case Fs_MSG_AckStat:
        return Fs_AckStat_decode(_buf, _len, &_msg->u.AckStat);
    case Fs_MSG_StatError:
        return Fs_StatError_decode(_buf, _len, &_msg->u.StatError);
    case Fs_MSG_Entry:
        return Fs_Entry_decode(_buf, _len, &_msg->u.Entry);
    case Fs_MSG_EndList:
        return Fs_EndList_decode(_len);
    case Fs_MSG_ListError:
        return Fs_ListError_decode(_buf, _len, &_msg->u.ListError);
    case Fs_MSG_Done:
        return Fs_Done_decode(_len);
    case Fs_MSG_Failed:
        return Fs_Failed_decode(_buf, _len, &_msg->u.Failed);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Fs_imp_recv(Fs_imp_t _ep, Fs_imp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _msg);
}

err_t Fs_imp_recv_Hello(Fs_imp_t _ep, SIP_OUT Fs_Hello_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Hello)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Hello;
    return OK;
}

err_t Fs_imp_recv_AckGoodbye(Fs_imp_t _ep)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_AckGoodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_imp_recv_AckOpen(Fs_imp_t _ep, SIP_OUT Fs_AckOpen_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_AckOpen)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckOpen;
    return OK;
}

err_t Fs_imp_recv_OpenError(Fs_imp_t _ep, SIP_OUT Fs_OpenError_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_OpenError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.OpenError;
    return OK;
}

err_t Fs_imp_recv_AckStat(Fs_imp_t _ep, SIP_OUT Fs_AckStat_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_AckStat)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.AckStat;
    return OK;
}

err_t Fs_imp_recv_StatError(Fs_imp_t _ep, SIP_OUT Fs_StatError_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_StatError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.StatError;
    return OK;
}

err_t Fs_imp_recv_Entry(Fs_imp_t _ep, SIP_OUT Fs_Entry_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Entry)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Entry;
    return OK;
}

err_t Fs_imp_recv_EndList(Fs_imp_t _ep)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_EndList)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_imp_recv_ListError(Fs_imp_t _ep, SIP_OUT Fs_ListError_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_ListError)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.ListError;
    return OK;
}

err_t Fs_imp_recv_Done(Fs_imp_t _ep)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Done)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_imp_recv_Failed(Fs_imp_t _ep, SIP_OUT Fs_Failed_t *_msg)
{
    Fs_imp_msg_t _any;
    err_t _rc = Fs_imp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Failed)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Failed;
    return OK;
}

err_t Fs_imp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Fs_imp_handlers_t *_h = _case->handlers;
    Fs_imp_t _ep = {_case->ep};
    Fs_imp_msg_t _msg;
    err_t _rc = Fs_imp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Fs_MSG_Hello:
        if (_h->on_Hello == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Hello(_h->ctx, _ep, _msg.u.Hello);
    case Fs_MSG_AckGoodbye:
        if (_h->on_AckGoodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckGoodbye(_h->ctx, _ep);
    case Fs_MSG_AckOpen:
        if (_h->on_AckOpen == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckOpen(_h->ctx, _ep, _msg.u.AckOpen);
    case Fs_MSG_OpenError:
        if (_h->on_OpenError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_OpenError(_h->ctx, _ep, _msg.u.OpenError);
    case Fs_MSG_AckStat:
        if (_h->on_AckStat == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_AckStat(_h->ctx, _ep, _msg.u.AckStat);
    case Fs_MSG_StatError:
        if (_h->on_StatError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_StatError(_h->ctx, _ep, _msg.u.StatError);
    case Fs_MSG_Entry:
        if (_h->on_Entry == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Entry(_h->ctx, _ep, _msg.u.Entry);
    case Fs_MSG_EndList:
        if (_h->on_EndList == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_EndList(_h->ctx, _ep);
    case Fs_MSG_ListError:
        if (_h->on_ListError == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_ListError(_h->ctx, _ep, _msg.u.ListError);
    case Fs_MSG_Done:
        if (_h->on_Done == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Done(_h->ctx, _ep);
    case Fs_MSG_Failed:
        if (_h->on_Failed == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Failed(_h->ctx, _ep, _msg.u.Failed);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Fs_imp_case(Fs_imp_t ep, const Fs_imp_handlers_t *h)
{
    chan_case_t c = {ep.h, Fs_imp_dispatch, h};

    return c;
}

err_t Fs_imp_call_Goodbye(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Goodbye, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Open_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _msg.write = write ? 1u : 0u;
    _msg.create = create ? 1u : 0u;
    _msg.truncate = truncate ? 1u : 0u;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Open, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Stat(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Stat_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Stat, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_List(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_List_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_List, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_NextEntry(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_NextEntry, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Mkdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Mkdir_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Mkdir, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Unlink(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Unlink_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Unlink, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Rmdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Rmdir_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Rmdir, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Rename_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.from = from;
    _msg.to = to;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Rename, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size, SIP_OUT Fs_imp_msg_t *_reply)
{
    Fs_Truncate_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.path = path;
    _msg.size = size;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Truncate, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_call_Sync(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Sync, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_imp_decode(_id, _buf, _len, _reply);
}

err_t Fs_imp_from_Service(Service_imp_t ep, Fs_imp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Fs_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}

err_t Fs_exp_send_Hello(Fs_exp_t _ep, uint32_t version)
{
    Fs_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    return chan_rt_send(_ep.h, Fs_MSG_Hello, &_msg, sizeof _msg);
}

err_t Fs_exp_send_AckGoodbye(Fs_exp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_AckGoodbye, NULL, 0);
}

err_t Fs_exp_send_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size)
{
    Fs_AckOpen_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.file = file;
    _msg.size = size;
    return chan_rt_send(_ep.h, Fs_MSG_AckOpen, &_msg, sizeof _msg);
}

err_t Fs_exp_send_OpenError(Fs_exp_t _ep, Fs_Error_t error)
{
    Fs_OpenError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Fs_MSG_OpenError, &_msg, sizeof _msg);
}

err_t Fs_exp_send_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns)
{
    Fs_AckStat_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.kind = kind;
    _msg.size = size;
    _msg.mtime_ns = mtime_ns;
    return chan_rt_send(_ep.h, Fs_MSG_AckStat, &_msg, sizeof _msg);
}

err_t Fs_exp_send_StatError(Fs_exp_t _ep, Fs_Error_t error)
{
    Fs_StatError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Fs_MSG_StatError, &_msg, sizeof _msg);
}

err_t Fs_exp_send_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size)
{
    Fs_Entry_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _msg.kind = kind;
    _msg.size = size;
    return chan_rt_send(_ep.h, Fs_MSG_Entry, &_msg, sizeof _msg);
}

err_t Fs_exp_send_EndList(Fs_exp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_EndList, NULL, 0);
}

err_t Fs_exp_send_ListError(Fs_exp_t _ep, Fs_Error_t error)
{
    Fs_ListError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Fs_MSG_ListError, &_msg, sizeof _msg);
}

err_t Fs_exp_send_Done(Fs_exp_t _ep)
{
    return chan_rt_send(_ep.h, Fs_MSG_Done, NULL, 0);
}

err_t Fs_exp_send_Failed(Fs_exp_t _ep, Fs_Error_t error)
{
    Fs_Failed_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    return chan_rt_send(_ep.h, Fs_MSG_Failed, &_msg, sizeof _msg);
}

static err_t Fs_exp_decode(uint16_t _id, const void *_buf, size_t _len,
    Fs_exp_msg_t *_msg)
{
    _msg->id = _id;
    switch (_id) {
    case Fs_MSG_Goodbye:
        return Fs_Goodbye_decode(_len);
    case Fs_MSG_Open:
        return Fs_Open_decode(_buf, _len, &_msg->u.Open);
    case Fs_MSG_Stat:
        return Fs_Stat_decode(_buf, _len, &_msg->u.Stat);
    case Fs_MSG_List:
        return Fs_List_decode(_buf, _len, &_msg->u.List);
    case Fs_MSG_NextEntry:
        return Fs_NextEntry_decode(_len);
    case Fs_MSG_StopList:
        return Fs_StopList_decode(_len);
    case Fs_MSG_Mkdir:
        return Fs_Mkdir_decode(_buf, _len, &_msg->u.Mkdir);
    case Fs_MSG_Unlink:
        return Fs_Unlink_decode(_buf, _len, &_msg->u.Unlink);
    case Fs_MSG_Rmdir:
        return Fs_Rmdir_decode(_buf, _len, &_msg->u.Rmdir);
    case Fs_MSG_Rename:
        return Fs_Rename_decode(_buf, _len, &_msg->u.Rename);
    case Fs_MSG_Truncate:
        return Fs_Truncate_decode(_buf, _len, &_msg->u.Truncate);
    case Fs_MSG_Sync:
        return Fs_Sync_decode(_len);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

err_t Fs_exp_recv(Fs_exp_t _ep, Fs_exp_msg_t *_msg)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    err_t _rc = chan_rt_recv(_ep.h, &_id, _buf, sizeof _buf, &_len);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _msg);
}

err_t Fs_exp_recv_Goodbye(Fs_exp_t _ep)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Goodbye)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_exp_recv_Open(Fs_exp_t _ep, SIP_OUT Fs_Open_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Open)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Open;
    return OK;
}

err_t Fs_exp_recv_Stat(Fs_exp_t _ep, SIP_OUT Fs_Stat_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Stat)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Stat;
    return OK;
}

err_t Fs_exp_recv_List(Fs_exp_t _ep, SIP_OUT Fs_List_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_List)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.List;
    return OK;
}

err_t Fs_exp_recv_NextEntry(Fs_exp_t _ep)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_NextEntry)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_exp_recv_StopList(Fs_exp_t _ep)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_StopList)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_exp_recv_Mkdir(Fs_exp_t _ep, SIP_OUT Fs_Mkdir_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Mkdir)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Mkdir;
    return OK;
}

err_t Fs_exp_recv_Unlink(Fs_exp_t _ep, SIP_OUT Fs_Unlink_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Unlink)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Unlink;
    return OK;
}

err_t Fs_exp_recv_Rmdir(Fs_exp_t _ep, SIP_OUT Fs_Rmdir_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Rmdir)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Rmdir;
    return OK;
}

err_t Fs_exp_recv_Rename(Fs_exp_t _ep, SIP_OUT Fs_Rename_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Rename)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Rename;
    return OK;
}

err_t Fs_exp_recv_Truncate(Fs_exp_t _ep, SIP_OUT Fs_Truncate_t *_msg)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Truncate)
        return CHAN_RT_ERR_UNEXPECTED;
    *_msg = _any.u.Truncate;
    return OK;
}

err_t Fs_exp_recv_Sync(Fs_exp_t _ep)
{
    Fs_exp_msg_t _any;
    err_t _rc = Fs_exp_recv(_ep, &_any);

    if (_rc != OK)
        return _rc;
    if (_any.id != Fs_MSG_Sync)
        return CHAN_RT_ERR_UNEXPECTED;
    return OK;
}

err_t Fs_exp_dispatch(const chan_case_t *_case, uint16_t _id,
    const void *_buf, size_t _len)
{
    const Fs_exp_handlers_t *_h = _case->handlers;
    Fs_exp_t _ep = {_case->ep};
    Fs_exp_msg_t _msg;
    err_t _rc = Fs_exp_decode(_id, _buf, _len, &_msg);

    if (_rc != OK)
        return _rc;
    switch (_id) {
    case Fs_MSG_Goodbye:
        if (_h->on_Goodbye == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Goodbye(_h->ctx, _ep);
    case Fs_MSG_Open:
        if (_h->on_Open == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Open(_h->ctx, _ep, _msg.u.Open);
    case Fs_MSG_Stat:
        if (_h->on_Stat == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Stat(_h->ctx, _ep, _msg.u.Stat);
    case Fs_MSG_List:
        if (_h->on_List == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_List(_h->ctx, _ep, _msg.u.List);
    case Fs_MSG_NextEntry:
        if (_h->on_NextEntry == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_NextEntry(_h->ctx, _ep);
    case Fs_MSG_StopList:
        if (_h->on_StopList == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_StopList(_h->ctx, _ep);
    case Fs_MSG_Mkdir:
        if (_h->on_Mkdir == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Mkdir(_h->ctx, _ep, _msg.u.Mkdir);
    case Fs_MSG_Unlink:
        if (_h->on_Unlink == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Unlink(_h->ctx, _ep, _msg.u.Unlink);
    case Fs_MSG_Rmdir:
        if (_h->on_Rmdir == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Rmdir(_h->ctx, _ep, _msg.u.Rmdir);
    case Fs_MSG_Rename:
        if (_h->on_Rename == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Rename(_h->ctx, _ep, _msg.u.Rename);
    case Fs_MSG_Truncate:
        if (_h->on_Truncate == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Truncate(_h->ctx, _ep, _msg.u.Truncate);
    case Fs_MSG_Sync:
        if (_h->on_Sync == NULL)
            return CHAN_RT_ERR_NO_HANDLER;
        return _h->on_Sync(_h->ctx, _ep);
    default:
        return CHAN_RT_ERR_UNEXPECTED;
    }
}

chan_case_t Fs_exp_case(Fs_exp_t ep, const Fs_exp_handlers_t *h)
{
    chan_case_t c = {ep.h, Fs_exp_dispatch, h};

    return c;
}

err_t Fs_exp_call_Hello(Fs_exp_t _ep, uint32_t version, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_Hello_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.version = version;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Hello, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_AckOpen_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.file = file;
    _msg.size = size;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_AckOpen, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_OpenError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_OpenError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_OpenError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_AckStat_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.kind = kind;
    _msg.size = size;
    _msg.mtime_ns = mtime_ns;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_AckStat, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_StatError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_StatError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_StatError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_Entry_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.name = name;
    _msg.kind = kind;
    _msg.size = size;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Entry, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_EndList(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_EndList, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_ListError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_ListError_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_ListError, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_Done(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply)
{
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Done, NULL, 0, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_call_Failed(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply)
{
    Fs_Failed_t _msg;

    __builtin_memset(&_msg, 0, sizeof _msg);
    _msg.error = error;
    _Alignas(8) uint8_t _buf[CHAN_RT_MAX_MESSAGE];
    uint16_t _id;
    size_t _len;
    bool _sent;
    err_t _rc = chan_rt_call(_ep.h, Fs_MSG_Failed, &_msg, sizeof _msg, &_id, _buf,
        sizeof _buf, &_len, &_sent);

    if (_rc != OK)
        return _rc;
    return Fs_exp_decode(_id, _buf, _len, _reply);
}

err_t Fs_exp_from_Service(Service_exp_t ep, Fs_exp_t *out)
{
    err_t rc = chan_rt_contract_is(ep.h, Fs_CONTRACT_ID);

    if (rc != OK)
        return rc;
    out->h = ep.h;
    return OK;
}
