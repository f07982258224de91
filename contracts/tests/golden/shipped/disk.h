/* generated from disk.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_DISK_H
#define INSULA_CONTRACTS_DISK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Disk
#define INSULA_ENDPOINT_Disk
#define Disk_CONTRACT_ID 0xaeba40c4u
/* The importing (client) end of a Disk channel. */
typedef struct Disk_imp { chan_handle_t h; } Disk_imp_t;
/* The exporting (service) end of a Disk channel. */
typedef struct Disk_exp { chan_handle_t h; } Disk_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract Disk extends Service ==== */

#define Disk_MSG_Hello 0u
#define Disk_MSG_Goodbye 1u
#define Disk_MSG_AckGoodbye 2u
#define Disk_MSG_GetGeometry 3u
#define Disk_MSG_Geometry 4u
#define Disk_MSG_Read 5u
#define Disk_MSG_AckRead 6u
#define Disk_MSG_ReadError 7u
#define Disk_MSG_Write 8u
#define Disk_MSG_AckWrite 9u
#define Disk_MSG_WriteError 10u
#define Disk_MSG_Flush 11u
#define Disk_MSG_AckFlush 12u
#define Disk_MSG_FlushError 13u
#define Disk_MSG_COUNT 14u

/* enum Error */
typedef uint32_t Disk_Error_t;
#define Disk_Error_Io ((Disk_Error_t)1u)
#define Disk_Error_BadRange ((Disk_Error_t)2u)
#define Disk_Error_ReadOnly ((Disk_Error_t)3u)
#define Disk_Error_Restarted ((Disk_Error_t)4u)
#define Disk_Error_Busy ((Disk_Error_t)5u)

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Disk_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Disk_Hello_t;
_Static_assert(sizeof(Disk_Hello_t) == 8, "Disk.Hello: size");
_Static_assert(offsetof(Disk_Hello_t, version) == 0, "Disk.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message GetGeometry(): imp sends, exp receives */

/* out message Geometry(u64 sectors, u32 sector_bytes, u32 max_sectors, bool read_only): exp sends, imp receives */
typedef struct Disk_Geometry {
    uint64_t sectors;
    uint32_t sector_bytes;
    uint32_t max_sectors;
    uint8_t read_only;
    uint8_t _pad0[7];
} Disk_Geometry_t;
_Static_assert(sizeof(Disk_Geometry_t) == 24, "Disk.Geometry: size");
_Static_assert(offsetof(Disk_Geometry_t, sectors) == 0, "Disk.Geometry.sectors: offset");
_Static_assert(offsetof(Disk_Geometry_t, sector_bytes) == 8, "Disk.Geometry.sector_bytes: offset");
_Static_assert(offsetof(Disk_Geometry_t, max_sectors) == 12, "Disk.Geometry.max_sectors: offset");
_Static_assert(offsetof(Disk_Geometry_t, read_only) == 16, "Disk.Geometry.read_only: offset");

/* in message Read(bytes<65536> buf, u64 sector, u32 count): imp sends, exp receives */
typedef struct Disk_Read {
    xheap_handle_t buf;
    uint64_t sector;
    uint32_t count;
    uint8_t _pad0[4];
} Disk_Read_t;
_Static_assert(sizeof(Disk_Read_t) == 24, "Disk.Read: size");
_Static_assert(offsetof(Disk_Read_t, buf) == 0, "Disk.Read.buf: offset");
_Static_assert(offsetof(Disk_Read_t, sector) == 8, "Disk.Read.sector: offset");
_Static_assert(offsetof(Disk_Read_t, count) == 16, "Disk.Read.count: offset");

/* out message AckRead(bytes<65536> buf): exp sends, imp receives */
typedef struct Disk_AckRead {
    xheap_handle_t buf;
} Disk_AckRead_t;
_Static_assert(sizeof(Disk_AckRead_t) == 8, "Disk.AckRead: size");
_Static_assert(offsetof(Disk_AckRead_t, buf) == 0, "Disk.AckRead.buf: offset");

/* out message ReadError(bytes<65536> buf, Error error): exp sends, imp receives */
typedef struct Disk_ReadError {
    xheap_handle_t buf;
    Disk_Error_t error;
    uint8_t _pad0[4];
} Disk_ReadError_t;
_Static_assert(sizeof(Disk_ReadError_t) == 16, "Disk.ReadError: size");
_Static_assert(offsetof(Disk_ReadError_t, buf) == 0, "Disk.ReadError.buf: offset");
_Static_assert(offsetof(Disk_ReadError_t, error) == 8, "Disk.ReadError.error: offset");

/* in message Write(bytes<65536> buf, u64 sector, u32 count): imp sends, exp receives */
typedef struct Disk_Write {
    xheap_handle_t buf;
    uint64_t sector;
    uint32_t count;
    uint8_t _pad0[4];
} Disk_Write_t;
_Static_assert(sizeof(Disk_Write_t) == 24, "Disk.Write: size");
_Static_assert(offsetof(Disk_Write_t, buf) == 0, "Disk.Write.buf: offset");
_Static_assert(offsetof(Disk_Write_t, sector) == 8, "Disk.Write.sector: offset");
_Static_assert(offsetof(Disk_Write_t, count) == 16, "Disk.Write.count: offset");

/* out message AckWrite(bytes<65536> buf): exp sends, imp receives */
typedef struct Disk_AckWrite {
    xheap_handle_t buf;
} Disk_AckWrite_t;
_Static_assert(sizeof(Disk_AckWrite_t) == 8, "Disk.AckWrite: size");
_Static_assert(offsetof(Disk_AckWrite_t, buf) == 0, "Disk.AckWrite.buf: offset");

/* out message WriteError(bytes<65536> buf, Error error): exp sends, imp receives */
typedef struct Disk_WriteError {
    xheap_handle_t buf;
    Disk_Error_t error;
    uint8_t _pad0[4];
} Disk_WriteError_t;
_Static_assert(sizeof(Disk_WriteError_t) == 16, "Disk.WriteError: size");
_Static_assert(offsetof(Disk_WriteError_t, buf) == 0, "Disk.WriteError.buf: offset");
_Static_assert(offsetof(Disk_WriteError_t, error) == 8, "Disk.WriteError.error: offset");

/* in message Flush(): imp sends, exp receives */

/* out message AckFlush(): exp sends, imp receives */

/* out message FlushError(Error error): exp sends, imp receives */
typedef struct Disk_FlushError {
    Disk_Error_t error;
    uint8_t _pad0[4];
} Disk_FlushError_t;
_Static_assert(sizeof(Disk_FlushError_t) == 8, "Disk.FlushError: size");
_Static_assert(offsetof(Disk_FlushError_t, error) == 0, "Disk.FlushError.error: offset");

/* Disk_imp: the importing (client) side. */
err_t Disk_imp_send_Goodbye(Disk_imp_t _ep);
err_t Disk_imp_send_GetGeometry(Disk_imp_t _ep);
err_t Disk_imp_send_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count);
err_t Disk_imp_send_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count);
err_t Disk_imp_send_Flush(Disk_imp_t _ep);
/* Any message Disk_imp receives; id is a Disk_MSG_*. */
typedef struct Disk_imp_msg {
    uint16_t id;
    union {
        Disk_Hello_t Hello;
        Disk_Geometry_t Geometry;
        Disk_AckRead_t AckRead;
        Disk_ReadError_t ReadError;
        Disk_AckWrite_t AckWrite;
        Disk_WriteError_t WriteError;
        Disk_FlushError_t FlushError;
    } u;
} Disk_imp_msg_t;
err_t Disk_imp_recv(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_msg);
err_t Disk_imp_recv_Hello(Disk_imp_t _ep, SIP_OUT Disk_Hello_t *_msg);
err_t Disk_imp_recv_AckGoodbye(Disk_imp_t _ep);
err_t Disk_imp_recv_Geometry(Disk_imp_t _ep, SIP_OUT Disk_Geometry_t *_msg);
err_t Disk_imp_recv_AckRead(Disk_imp_t _ep, SIP_OUT Disk_AckRead_t *_msg);
err_t Disk_imp_recv_ReadError(Disk_imp_t _ep, SIP_OUT Disk_ReadError_t *_msg);
err_t Disk_imp_recv_AckWrite(Disk_imp_t _ep, SIP_OUT Disk_AckWrite_t *_msg);
err_t Disk_imp_recv_WriteError(Disk_imp_t _ep, SIP_OUT Disk_WriteError_t *_msg);
err_t Disk_imp_recv_AckFlush(Disk_imp_t _ep);
err_t Disk_imp_recv_FlushError(Disk_imp_t _ep, SIP_OUT Disk_FlushError_t *_msg);
/* The handlers' state: the SIP defines struct Disk_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Disk_imp_ctx Disk_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Disk_imp_handlers {
    Disk_imp_ctx_t *ctx;
    err_t (*on_Hello)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_Hello_t msg);
    err_t (*on_AckGoodbye)(Disk_imp_ctx_t *ctx, Disk_imp_t ep);
    err_t (*on_Geometry)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_Geometry_t msg);
    err_t (*on_AckRead)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_AckRead_t msg);
    err_t (*on_ReadError)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_ReadError_t msg);
    err_t (*on_AckWrite)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_AckWrite_t msg);
    err_t (*on_WriteError)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_WriteError_t msg);
    err_t (*on_AckFlush)(Disk_imp_ctx_t *ctx, Disk_imp_t ep);
    err_t (*on_FlushError)(Disk_imp_ctx_t *ctx, Disk_imp_t ep, Disk_FlushError_t msg);
} Disk_imp_handlers_t;
chan_case_t Disk_imp_case(Disk_imp_t ep, const Disk_imp_handlers_t *h);
err_t Disk_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Disk_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Disk_imp_call_Goodbye(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
/* Disk_imp_send_GetGeometry, then the next message received, in one kernel entry. */
err_t Disk_imp_call_GetGeometry(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
/* Disk_imp_send_Read, then the next message received, in one kernel entry. */
err_t Disk_imp_call_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply);
/* Disk_imp_send_Write, then the next message received, in one kernel entry. */
err_t Disk_imp_call_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply);
/* Disk_imp_send_Flush, then the next message received, in one kernel entry. */
err_t Disk_imp_call_Flush(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
static inline Service_imp_t Disk_imp_to_Service(Disk_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Disk (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Disk_imp_from_Service(Service_imp_t ep, SIP_OUT Disk_imp_t *out);

/* Disk_exp: the exporting (service) side. */
err_t Disk_exp_send_Hello(Disk_exp_t _ep, uint32_t version);
err_t Disk_exp_send_AckGoodbye(Disk_exp_t _ep);
err_t Disk_exp_send_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only);
err_t Disk_exp_send_AckRead(Disk_exp_t _ep, xheap_handle_t buf);
err_t Disk_exp_send_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error);
err_t Disk_exp_send_AckWrite(Disk_exp_t _ep, xheap_handle_t buf);
err_t Disk_exp_send_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error);
err_t Disk_exp_send_AckFlush(Disk_exp_t _ep);
err_t Disk_exp_send_FlushError(Disk_exp_t _ep, Disk_Error_t error);
/* Any message Disk_exp receives; id is a Disk_MSG_*. */
typedef struct Disk_exp_msg {
    uint16_t id;
    union {
        Disk_Read_t Read;
        Disk_Write_t Write;
    } u;
} Disk_exp_msg_t;
err_t Disk_exp_recv(Disk_exp_t _ep, SIP_OUT Disk_exp_msg_t *_msg);
err_t Disk_exp_recv_Goodbye(Disk_exp_t _ep);
err_t Disk_exp_recv_GetGeometry(Disk_exp_t _ep);
err_t Disk_exp_recv_Read(Disk_exp_t _ep, SIP_OUT Disk_Read_t *_msg);
err_t Disk_exp_recv_Write(Disk_exp_t _ep, SIP_OUT Disk_Write_t *_msg);
err_t Disk_exp_recv_Flush(Disk_exp_t _ep);
/* The handlers' state: the SIP defines struct Disk_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Disk_exp_ctx Disk_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Disk_exp_handlers {
    Disk_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Disk_exp_ctx_t *ctx, Disk_exp_t ep);
    err_t (*on_GetGeometry)(Disk_exp_ctx_t *ctx, Disk_exp_t ep);
    err_t (*on_Read)(Disk_exp_ctx_t *ctx, Disk_exp_t ep, Disk_Read_t msg);
    err_t (*on_Write)(Disk_exp_ctx_t *ctx, Disk_exp_t ep, Disk_Write_t msg);
    err_t (*on_Flush)(Disk_exp_ctx_t *ctx, Disk_exp_t ep);
} Disk_exp_handlers_t;
chan_case_t Disk_exp_case(Disk_exp_t ep, const Disk_exp_handlers_t *h);
err_t Disk_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Disk_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Disk_exp_call_Hello(Disk_exp_t _ep, uint32_t version, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_Geometry, then the next message received, in one kernel entry. */
err_t Disk_exp_call_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_AckRead, then the next message received, in one kernel entry. */
err_t Disk_exp_call_AckRead(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_ReadError, then the next message received, in one kernel entry. */
err_t Disk_exp_call_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_AckWrite, then the next message received, in one kernel entry. */
err_t Disk_exp_call_AckWrite(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_WriteError, then the next message received, in one kernel entry. */
err_t Disk_exp_call_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_AckFlush, then the next message received, in one kernel entry. */
err_t Disk_exp_call_AckFlush(Disk_exp_t _ep, SIP_OUT Disk_exp_msg_t *_reply);
/* Disk_exp_send_FlushError, then the next message received, in one kernel entry. */
err_t Disk_exp_call_FlushError(Disk_exp_t _ep, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
static inline Service_exp_t Disk_exp_to_Service(Disk_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Disk (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Disk_exp_from_Service(Service_exp_t ep, SIP_OUT Disk_exp_t *out);

#endif /* INSULA_CONTRACTS_DISK_H */
