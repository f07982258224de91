/* generated from fs.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_FS_H
#define INSULA_CONTRACTS_FS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_File
#define INSULA_ENDPOINT_File
#define File_CONTRACT_ID 0x2b183663u
/* The importing (client) end of a File channel. */
typedef struct File_imp { chan_handle_t h; } File_imp_t;
/* The exporting (service) end of a File channel. */
typedef struct File_exp { chan_handle_t h; } File_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Fs
#define INSULA_ENDPOINT_Fs
#define Fs_CONTRACT_ID 0x55d3237eu
/* The importing (client) end of a Fs channel. */
typedef struct Fs_imp { chan_handle_t h; } Fs_imp_t;
/* The exporting (service) end of a Fs channel. */
typedef struct Fs_exp { chan_handle_t h; } Fs_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract File ==== */

#define File_MSG_Read 0u
#define File_MSG_AckRead 1u
#define File_MSG_ReadError 2u
#define File_MSG_Write 3u
#define File_MSG_AckWrite 4u
#define File_MSG_WriteError 5u
#define File_MSG_Close 6u
#define File_MSG_AckClose 7u
#define File_MSG_COUNT 8u

/* enum Error */
typedef uint32_t File_Error_t;
#define File_Error_Io ((File_Error_t)1u)
#define File_Error_NoSpace ((File_Error_t)2u)
#define File_Error_ReadOnly ((File_Error_t)3u)
#define File_Error_BadRange ((File_Error_t)4u)
#define File_Error_Corrupt ((File_Error_t)5u)
#define File_Error_FileTooBig ((File_Error_t)6u)

/* in message Read(bytes<65536> buf, u64 offset, u32 length): imp sends, exp receives */
typedef struct File_Read {
    xheap_handle_t buf;
    uint64_t offset;
    uint32_t length;
    uint8_t _pad0[4];
} File_Read_t;
_Static_assert(sizeof(File_Read_t) == 24, "File.Read: size");
_Static_assert(offsetof(File_Read_t, buf) == 0, "File.Read.buf: offset");
_Static_assert(offsetof(File_Read_t, offset) == 8, "File.Read.offset: offset");
_Static_assert(offsetof(File_Read_t, length) == 16, "File.Read.length: offset");

/* out message AckRead(bytes<65536> buf, u32 count): exp sends, imp receives */
typedef struct File_AckRead {
    xheap_handle_t buf;
    uint32_t count;
    uint8_t _pad0[4];
} File_AckRead_t;
_Static_assert(sizeof(File_AckRead_t) == 16, "File.AckRead: size");
_Static_assert(offsetof(File_AckRead_t, buf) == 0, "File.AckRead.buf: offset");
_Static_assert(offsetof(File_AckRead_t, count) == 8, "File.AckRead.count: offset");

/* out message ReadError(bytes<65536> buf, Error error): exp sends, imp receives */
typedef struct File_ReadError {
    xheap_handle_t buf;
    File_Error_t error;
    uint8_t _pad0[4];
} File_ReadError_t;
_Static_assert(sizeof(File_ReadError_t) == 16, "File.ReadError: size");
_Static_assert(offsetof(File_ReadError_t, buf) == 0, "File.ReadError.buf: offset");
_Static_assert(offsetof(File_ReadError_t, error) == 8, "File.ReadError.error: offset");

/* in message Write(bytes<65536> buf, u64 offset, u32 length): imp sends, exp receives */
typedef struct File_Write {
    xheap_handle_t buf;
    uint64_t offset;
    uint32_t length;
    uint8_t _pad0[4];
} File_Write_t;
_Static_assert(sizeof(File_Write_t) == 24, "File.Write: size");
_Static_assert(offsetof(File_Write_t, buf) == 0, "File.Write.buf: offset");
_Static_assert(offsetof(File_Write_t, offset) == 8, "File.Write.offset: offset");
_Static_assert(offsetof(File_Write_t, length) == 16, "File.Write.length: offset");

/* out message AckWrite(bytes<65536> buf, u32 count): exp sends, imp receives */
typedef struct File_AckWrite {
    xheap_handle_t buf;
    uint32_t count;
    uint8_t _pad0[4];
} File_AckWrite_t;
_Static_assert(sizeof(File_AckWrite_t) == 16, "File.AckWrite: size");
_Static_assert(offsetof(File_AckWrite_t, buf) == 0, "File.AckWrite.buf: offset");
_Static_assert(offsetof(File_AckWrite_t, count) == 8, "File.AckWrite.count: offset");

/* out message WriteError(bytes<65536> buf, Error error): exp sends, imp receives */
typedef struct File_WriteError {
    xheap_handle_t buf;
    File_Error_t error;
    uint8_t _pad0[4];
} File_WriteError_t;
_Static_assert(sizeof(File_WriteError_t) == 16, "File.WriteError: size");
_Static_assert(offsetof(File_WriteError_t, buf) == 0, "File.WriteError.buf: offset");
_Static_assert(offsetof(File_WriteError_t, error) == 8, "File.WriteError.error: offset");

/* in message Close(): imp sends, exp receives */

/* out message AckClose(): exp sends, imp receives */

/* File_imp: the importing (client) side. */
err_t File_imp_send_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length);
err_t File_imp_send_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length);
err_t File_imp_send_Close(File_imp_t _ep);
/* Any message File_imp receives; id is a File_MSG_*. */
typedef struct File_imp_msg {
    uint16_t id;
    union {
        File_AckRead_t AckRead;
        File_ReadError_t ReadError;
        File_AckWrite_t AckWrite;
        File_WriteError_t WriteError;
    } u;
} File_imp_msg_t;
err_t File_imp_recv(File_imp_t _ep, SIP_OUT File_imp_msg_t *_msg);
err_t File_imp_recv_AckRead(File_imp_t _ep, SIP_OUT File_AckRead_t *_msg);
err_t File_imp_recv_ReadError(File_imp_t _ep, SIP_OUT File_ReadError_t *_msg);
err_t File_imp_recv_AckWrite(File_imp_t _ep, SIP_OUT File_AckWrite_t *_msg);
err_t File_imp_recv_WriteError(File_imp_t _ep, SIP_OUT File_WriteError_t *_msg);
err_t File_imp_recv_AckClose(File_imp_t _ep);
/* The handlers' state: the SIP defines struct File_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct File_imp_ctx File_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct File_imp_handlers {
    File_imp_ctx_t *ctx;
    err_t (*on_AckRead)(File_imp_ctx_t *ctx, File_imp_t ep, File_AckRead_t msg);
    err_t (*on_ReadError)(File_imp_ctx_t *ctx, File_imp_t ep, File_ReadError_t msg);
    err_t (*on_AckWrite)(File_imp_ctx_t *ctx, File_imp_t ep, File_AckWrite_t msg);
    err_t (*on_WriteError)(File_imp_ctx_t *ctx, File_imp_t ep, File_WriteError_t msg);
    err_t (*on_AckClose)(File_imp_ctx_t *ctx, File_imp_t ep);
} File_imp_handlers_t;
chan_case_t File_imp_case(File_imp_t ep, const File_imp_handlers_t *h);
err_t File_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* File_imp_send_Read, then the next message received, in one kernel entry. */
err_t File_imp_call_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply);
/* File_imp_send_Write, then the next message received, in one kernel entry. */
err_t File_imp_call_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply);
/* File_imp_send_Close, then the next message received, in one kernel entry. */
err_t File_imp_call_Close(File_imp_t _ep, SIP_OUT File_imp_msg_t *_reply);

/* File_exp: the exporting (service) side. */
err_t File_exp_send_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count);
err_t File_exp_send_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error);
err_t File_exp_send_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count);
err_t File_exp_send_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error);
err_t File_exp_send_AckClose(File_exp_t _ep);
/* Any message File_exp receives; id is a File_MSG_*. */
typedef struct File_exp_msg {
    uint16_t id;
    union {
        File_Read_t Read;
        File_Write_t Write;
    } u;
} File_exp_msg_t;
err_t File_exp_recv(File_exp_t _ep, SIP_OUT File_exp_msg_t *_msg);
err_t File_exp_recv_Read(File_exp_t _ep, SIP_OUT File_Read_t *_msg);
err_t File_exp_recv_Write(File_exp_t _ep, SIP_OUT File_Write_t *_msg);
err_t File_exp_recv_Close(File_exp_t _ep);
/* The handlers' state: the SIP defines struct File_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct File_exp_ctx File_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct File_exp_handlers {
    File_exp_ctx_t *ctx;
    err_t (*on_Read)(File_exp_ctx_t *ctx, File_exp_t ep, File_Read_t msg);
    err_t (*on_Write)(File_exp_ctx_t *ctx, File_exp_t ep, File_Write_t msg);
    err_t (*on_Close)(File_exp_ctx_t *ctx, File_exp_t ep);
} File_exp_handlers_t;
chan_case_t File_exp_case(File_exp_t ep, const File_exp_handlers_t *h);
err_t File_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* File_exp_send_AckRead, then the next message received, in one kernel entry. */
err_t File_exp_call_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply);
/* File_exp_send_ReadError, then the next message received, in one kernel entry. */
err_t File_exp_call_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply);
/* File_exp_send_AckWrite, then the next message received, in one kernel entry. */
err_t File_exp_call_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply);
/* File_exp_send_WriteError, then the next message received, in one kernel entry. */
err_t File_exp_call_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply);

/* ==== contract Fs extends Service ==== */

#define Fs_MSG_Hello 0u
#define Fs_MSG_Goodbye 1u
#define Fs_MSG_AckGoodbye 2u
#define Fs_MSG_Open 3u
#define Fs_MSG_AckOpen 4u
#define Fs_MSG_OpenError 5u
#define Fs_MSG_Stat 6u
#define Fs_MSG_AckStat 7u
#define Fs_MSG_StatError 8u
#define Fs_MSG_List 9u
#define Fs_MSG_Entry 10u
#define Fs_MSG_NextEntry 11u
#define Fs_MSG_StopList 12u
#define Fs_MSG_EndList 13u
#define Fs_MSG_ListError 14u
#define Fs_MSG_Mkdir 15u
#define Fs_MSG_Unlink 16u
#define Fs_MSG_Rmdir 17u
#define Fs_MSG_Rename 18u
#define Fs_MSG_Truncate 19u
#define Fs_MSG_Sync 20u
#define Fs_MSG_Done 21u
#define Fs_MSG_Failed 22u
#define Fs_MSG_COUNT 23u

/* enum Error */
typedef uint32_t Fs_Error_t;
#define Fs_Error_NotFound ((Fs_Error_t)1u)
#define Fs_Error_Exists ((Fs_Error_t)2u)
#define Fs_Error_NotDirectory ((Fs_Error_t)3u)
#define Fs_Error_IsDirectory ((Fs_Error_t)4u)
#define Fs_Error_Denied ((Fs_Error_t)5u)
#define Fs_Error_BadPath ((Fs_Error_t)6u)
#define Fs_Error_TooManyOpen ((Fs_Error_t)7u)
#define Fs_Error_Io ((Fs_Error_t)8u)
#define Fs_Error_NotEmpty ((Fs_Error_t)9u)
#define Fs_Error_NoSpace ((Fs_Error_t)10u)
#define Fs_Error_ReadOnly ((Fs_Error_t)11u)
#define Fs_Error_EmptyPath ((Fs_Error_t)12u)
#define Fs_Error_Relative ((Fs_Error_t)13u)
#define Fs_Error_PastRoot ((Fs_Error_t)14u)
#define Fs_Error_PathTooLong ((Fs_Error_t)15u)
#define Fs_Error_NameTooLong ((Fs_Error_t)16u)
#define Fs_Error_NulInPath ((Fs_Error_t)17u)
#define Fs_Error_IsRoot ((Fs_Error_t)18u)
#define Fs_Error_Loop ((Fs_Error_t)19u)
#define Fs_Error_BadDirent ((Fs_Error_t)20u)
#define Fs_Error_BadBlockNumber ((Fs_Error_t)21u)
#define Fs_Error_BadInode ((Fs_Error_t)22u)
#define Fs_Error_DirHole ((Fs_Error_t)23u)
#define Fs_Error_Bitmap ((Fs_Error_t)24u)
#define Fs_Error_CountsLie ((Fs_Error_t)25u)
#define Fs_Error_FileTooBig ((Fs_Error_t)26u)
#define Fs_Error_Busy ((Fs_Error_t)27u)

/* enum Kind */
typedef uint8_t Fs_Kind_t;
#define Fs_Kind_Regular ((Fs_Kind_t)1u)
#define Fs_Kind_Directory ((Fs_Kind_t)2u)
#define Fs_Kind_Other ((Fs_Kind_t)3u)

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Fs_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Fs_Hello_t;
_Static_assert(sizeof(Fs_Hello_t) == 8, "Fs.Hello: size");
_Static_assert(offsetof(Fs_Hello_t, version) == 0, "Fs.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message Open(string<1024> path, bool write, bool create, bool truncate): imp sends, exp receives */
typedef struct Fs_Open {
    xheap_handle_t path;
    uint8_t write;
    uint8_t create;
    uint8_t truncate;
    uint8_t _pad0[5];
} Fs_Open_t;
_Static_assert(sizeof(Fs_Open_t) == 16, "Fs.Open: size");
_Static_assert(offsetof(Fs_Open_t, path) == 0, "Fs.Open.path: offset");
_Static_assert(offsetof(Fs_Open_t, write) == 8, "Fs.Open.write: offset");
_Static_assert(offsetof(Fs_Open_t, create) == 9, "Fs.Open.create: offset");
_Static_assert(offsetof(Fs_Open_t, truncate) == 10, "Fs.Open.truncate: offset");

/* out message AckOpen(File.imp:Ready file, u64 size): exp sends, imp receives */
typedef struct Fs_AckOpen {
    File_imp_t file;
    uint64_t size;
} Fs_AckOpen_t;
_Static_assert(sizeof(Fs_AckOpen_t) == 16, "Fs.AckOpen: size");
_Static_assert(offsetof(Fs_AckOpen_t, file) == 0, "Fs.AckOpen.file: offset");
_Static_assert(offsetof(Fs_AckOpen_t, size) == 8, "Fs.AckOpen.size: offset");

/* out message OpenError(Error error): exp sends, imp receives */
typedef struct Fs_OpenError {
    Fs_Error_t error;
    uint8_t _pad0[4];
} Fs_OpenError_t;
_Static_assert(sizeof(Fs_OpenError_t) == 8, "Fs.OpenError: size");
_Static_assert(offsetof(Fs_OpenError_t, error) == 0, "Fs.OpenError.error: offset");

/* in message Stat(string<1024> path): imp sends, exp receives */
typedef struct Fs_Stat {
    xheap_handle_t path;
} Fs_Stat_t;
_Static_assert(sizeof(Fs_Stat_t) == 8, "Fs.Stat: size");
_Static_assert(offsetof(Fs_Stat_t, path) == 0, "Fs.Stat.path: offset");

/* out message AckStat(Kind kind, u64 size, u64 mtime_ns): exp sends, imp receives */
typedef struct Fs_AckStat {
    Fs_Kind_t kind;
    uint8_t _pad0[7];
    uint64_t size;
    uint64_t mtime_ns;
} Fs_AckStat_t;
_Static_assert(sizeof(Fs_AckStat_t) == 24, "Fs.AckStat: size");
_Static_assert(offsetof(Fs_AckStat_t, kind) == 0, "Fs.AckStat.kind: offset");
_Static_assert(offsetof(Fs_AckStat_t, size) == 8, "Fs.AckStat.size: offset");
_Static_assert(offsetof(Fs_AckStat_t, mtime_ns) == 16, "Fs.AckStat.mtime_ns: offset");

/* out message StatError(Error error): exp sends, imp receives */
typedef struct Fs_StatError {
    Fs_Error_t error;
    uint8_t _pad0[4];
} Fs_StatError_t;
_Static_assert(sizeof(Fs_StatError_t) == 8, "Fs.StatError: size");
_Static_assert(offsetof(Fs_StatError_t, error) == 0, "Fs.StatError.error: offset");

/* in message List(string<1024> path): imp sends, exp receives */
typedef struct Fs_List {
    xheap_handle_t path;
} Fs_List_t;
_Static_assert(sizeof(Fs_List_t) == 8, "Fs.List: size");
_Static_assert(offsetof(Fs_List_t, path) == 0, "Fs.List.path: offset");

/* out message Entry(string<255> name, Kind kind, u64 size): exp sends, imp receives */
typedef struct Fs_Entry {
    xheap_handle_t name;
    Fs_Kind_t kind;
    uint8_t _pad0[7];
    uint64_t size;
} Fs_Entry_t;
_Static_assert(sizeof(Fs_Entry_t) == 24, "Fs.Entry: size");
_Static_assert(offsetof(Fs_Entry_t, name) == 0, "Fs.Entry.name: offset");
_Static_assert(offsetof(Fs_Entry_t, kind) == 8, "Fs.Entry.kind: offset");
_Static_assert(offsetof(Fs_Entry_t, size) == 16, "Fs.Entry.size: offset");

/* in message NextEntry(): imp sends, exp receives */

/* in message StopList(): imp sends, exp receives */

/* out message EndList(): exp sends, imp receives */

/* out message ListError(Error error): exp sends, imp receives */
typedef struct Fs_ListError {
    Fs_Error_t error;
    uint8_t _pad0[4];
} Fs_ListError_t;
_Static_assert(sizeof(Fs_ListError_t) == 8, "Fs.ListError: size");
_Static_assert(offsetof(Fs_ListError_t, error) == 0, "Fs.ListError.error: offset");

/* in message Mkdir(string<1024> path): imp sends, exp receives */
typedef struct Fs_Mkdir {
    xheap_handle_t path;
} Fs_Mkdir_t;
_Static_assert(sizeof(Fs_Mkdir_t) == 8, "Fs.Mkdir: size");
_Static_assert(offsetof(Fs_Mkdir_t, path) == 0, "Fs.Mkdir.path: offset");

/* in message Unlink(string<1024> path): imp sends, exp receives */
typedef struct Fs_Unlink {
    xheap_handle_t path;
} Fs_Unlink_t;
_Static_assert(sizeof(Fs_Unlink_t) == 8, "Fs.Unlink: size");
_Static_assert(offsetof(Fs_Unlink_t, path) == 0, "Fs.Unlink.path: offset");

/* in message Rmdir(string<1024> path): imp sends, exp receives */
typedef struct Fs_Rmdir {
    xheap_handle_t path;
} Fs_Rmdir_t;
_Static_assert(sizeof(Fs_Rmdir_t) == 8, "Fs.Rmdir: size");
_Static_assert(offsetof(Fs_Rmdir_t, path) == 0, "Fs.Rmdir.path: offset");

/* in message Rename(string<1024> from, string<1024> to): imp sends, exp receives */
typedef struct Fs_Rename {
    xheap_handle_t from;
    xheap_handle_t to;
} Fs_Rename_t;
_Static_assert(sizeof(Fs_Rename_t) == 16, "Fs.Rename: size");
_Static_assert(offsetof(Fs_Rename_t, from) == 0, "Fs.Rename.from: offset");
_Static_assert(offsetof(Fs_Rename_t, to) == 8, "Fs.Rename.to: offset");

/* in message Truncate(string<1024> path, u64 size): imp sends, exp receives */
typedef struct Fs_Truncate {
    xheap_handle_t path;
    uint64_t size;
} Fs_Truncate_t;
_Static_assert(sizeof(Fs_Truncate_t) == 16, "Fs.Truncate: size");
_Static_assert(offsetof(Fs_Truncate_t, path) == 0, "Fs.Truncate.path: offset");
_Static_assert(offsetof(Fs_Truncate_t, size) == 8, "Fs.Truncate.size: offset");

/* in message Sync(): imp sends, exp receives */

/* out message Done(): exp sends, imp receives */

/* out message Failed(Error error): exp sends, imp receives */
typedef struct Fs_Failed {
    Fs_Error_t error;
    uint8_t _pad0[4];
} Fs_Failed_t;
_Static_assert(sizeof(Fs_Failed_t) == 8, "Fs.Failed: size");
_Static_assert(offsetof(Fs_Failed_t, error) == 0, "Fs.Failed.error: offset");

/* Fs_imp: the importing (client) side. */
err_t Fs_imp_send_Goodbye(Fs_imp_t _ep);
err_t Fs_imp_send_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate);
err_t Fs_imp_send_Stat(Fs_imp_t _ep, xheap_handle_t path);
err_t Fs_imp_send_List(Fs_imp_t _ep, xheap_handle_t path);
err_t Fs_imp_send_NextEntry(Fs_imp_t _ep);
err_t Fs_imp_send_StopList(Fs_imp_t _ep);
err_t Fs_imp_send_Mkdir(Fs_imp_t _ep, xheap_handle_t path);
err_t Fs_imp_send_Unlink(Fs_imp_t _ep, xheap_handle_t path);
err_t Fs_imp_send_Rmdir(Fs_imp_t _ep, xheap_handle_t path);
err_t Fs_imp_send_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to);
err_t Fs_imp_send_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size);
err_t Fs_imp_send_Sync(Fs_imp_t _ep);
/* Any message Fs_imp receives; id is a Fs_MSG_*. */
typedef struct Fs_imp_msg {
    uint16_t id;
    union {
        Fs_Hello_t Hello;
        Fs_AckOpen_t AckOpen;
        Fs_OpenError_t OpenError;
        Fs_AckStat_t AckStat;
        Fs_StatError_t StatError;
        Fs_Entry_t Entry;
        Fs_ListError_t ListError;
        Fs_Failed_t Failed;
    } u;
} Fs_imp_msg_t;
err_t Fs_imp_recv(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_msg);
err_t Fs_imp_recv_Hello(Fs_imp_t _ep, SIP_OUT Fs_Hello_t *_msg);
err_t Fs_imp_recv_AckGoodbye(Fs_imp_t _ep);
err_t Fs_imp_recv_AckOpen(Fs_imp_t _ep, SIP_OUT Fs_AckOpen_t *_msg);
err_t Fs_imp_recv_OpenError(Fs_imp_t _ep, SIP_OUT Fs_OpenError_t *_msg);
err_t Fs_imp_recv_AckStat(Fs_imp_t _ep, SIP_OUT Fs_AckStat_t *_msg);
err_t Fs_imp_recv_StatError(Fs_imp_t _ep, SIP_OUT Fs_StatError_t *_msg);
err_t Fs_imp_recv_Entry(Fs_imp_t _ep, SIP_OUT Fs_Entry_t *_msg);
err_t Fs_imp_recv_EndList(Fs_imp_t _ep);
err_t Fs_imp_recv_ListError(Fs_imp_t _ep, SIP_OUT Fs_ListError_t *_msg);
err_t Fs_imp_recv_Done(Fs_imp_t _ep);
err_t Fs_imp_recv_Failed(Fs_imp_t _ep, SIP_OUT Fs_Failed_t *_msg);
/* The handlers' state: the SIP defines struct Fs_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Fs_imp_ctx Fs_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Fs_imp_handlers {
    Fs_imp_ctx_t *ctx;
    err_t (*on_Hello)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_Hello_t msg);
    err_t (*on_AckGoodbye)(Fs_imp_ctx_t *ctx, Fs_imp_t ep);
    err_t (*on_AckOpen)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_AckOpen_t msg);
    err_t (*on_OpenError)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_OpenError_t msg);
    err_t (*on_AckStat)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_AckStat_t msg);
    err_t (*on_StatError)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_StatError_t msg);
    err_t (*on_Entry)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_Entry_t msg);
    err_t (*on_EndList)(Fs_imp_ctx_t *ctx, Fs_imp_t ep);
    err_t (*on_ListError)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_ListError_t msg);
    err_t (*on_Done)(Fs_imp_ctx_t *ctx, Fs_imp_t ep);
    err_t (*on_Failed)(Fs_imp_ctx_t *ctx, Fs_imp_t ep, Fs_Failed_t msg);
} Fs_imp_handlers_t;
chan_case_t Fs_imp_case(Fs_imp_t ep, const Fs_imp_handlers_t *h);
err_t Fs_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Fs_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Goodbye(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Open, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Stat, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Stat(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_List, then the next message received, in one kernel entry. */
err_t Fs_imp_call_List(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_NextEntry, then the next message received, in one kernel entry. */
err_t Fs_imp_call_NextEntry(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Mkdir, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Mkdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Unlink, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Unlink(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Rmdir, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Rmdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Rename, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Truncate, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size, SIP_OUT Fs_imp_msg_t *_reply);
/* Fs_imp_send_Sync, then the next message received, in one kernel entry. */
err_t Fs_imp_call_Sync(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
static inline Service_imp_t Fs_imp_to_Service(Fs_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Fs (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Fs_imp_from_Service(Service_imp_t ep, SIP_OUT Fs_imp_t *out);

/* Fs_exp: the exporting (service) side. */
err_t Fs_exp_send_Hello(Fs_exp_t _ep, uint32_t version);
err_t Fs_exp_send_AckGoodbye(Fs_exp_t _ep);
err_t Fs_exp_send_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size);
err_t Fs_exp_send_OpenError(Fs_exp_t _ep, Fs_Error_t error);
err_t Fs_exp_send_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns);
err_t Fs_exp_send_StatError(Fs_exp_t _ep, Fs_Error_t error);
err_t Fs_exp_send_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size);
err_t Fs_exp_send_EndList(Fs_exp_t _ep);
err_t Fs_exp_send_ListError(Fs_exp_t _ep, Fs_Error_t error);
err_t Fs_exp_send_Done(Fs_exp_t _ep);
err_t Fs_exp_send_Failed(Fs_exp_t _ep, Fs_Error_t error);
/* Any message Fs_exp receives; id is a Fs_MSG_*. */
typedef struct Fs_exp_msg {
    uint16_t id;
    union {
        Fs_Open_t Open;
        Fs_Stat_t Stat;
        Fs_List_t List;
        Fs_Mkdir_t Mkdir;
        Fs_Unlink_t Unlink;
        Fs_Rmdir_t Rmdir;
        Fs_Rename_t Rename;
        Fs_Truncate_t Truncate;
    } u;
} Fs_exp_msg_t;
err_t Fs_exp_recv(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_msg);
err_t Fs_exp_recv_Goodbye(Fs_exp_t _ep);
err_t Fs_exp_recv_Open(Fs_exp_t _ep, SIP_OUT Fs_Open_t *_msg);
err_t Fs_exp_recv_Stat(Fs_exp_t _ep, SIP_OUT Fs_Stat_t *_msg);
err_t Fs_exp_recv_List(Fs_exp_t _ep, SIP_OUT Fs_List_t *_msg);
err_t Fs_exp_recv_NextEntry(Fs_exp_t _ep);
err_t Fs_exp_recv_StopList(Fs_exp_t _ep);
err_t Fs_exp_recv_Mkdir(Fs_exp_t _ep, SIP_OUT Fs_Mkdir_t *_msg);
err_t Fs_exp_recv_Unlink(Fs_exp_t _ep, SIP_OUT Fs_Unlink_t *_msg);
err_t Fs_exp_recv_Rmdir(Fs_exp_t _ep, SIP_OUT Fs_Rmdir_t *_msg);
err_t Fs_exp_recv_Rename(Fs_exp_t _ep, SIP_OUT Fs_Rename_t *_msg);
err_t Fs_exp_recv_Truncate(Fs_exp_t _ep, SIP_OUT Fs_Truncate_t *_msg);
err_t Fs_exp_recv_Sync(Fs_exp_t _ep);
/* The handlers' state: the SIP defines struct Fs_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Fs_exp_ctx Fs_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Fs_exp_handlers {
    Fs_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Fs_exp_ctx_t *ctx, Fs_exp_t ep);
    err_t (*on_Open)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Open_t msg);
    err_t (*on_Stat)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Stat_t msg);
    err_t (*on_List)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_List_t msg);
    err_t (*on_NextEntry)(Fs_exp_ctx_t *ctx, Fs_exp_t ep);
    err_t (*on_StopList)(Fs_exp_ctx_t *ctx, Fs_exp_t ep);
    err_t (*on_Mkdir)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Mkdir_t msg);
    err_t (*on_Unlink)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Unlink_t msg);
    err_t (*on_Rmdir)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Rmdir_t msg);
    err_t (*on_Rename)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Rename_t msg);
    err_t (*on_Truncate)(Fs_exp_ctx_t *ctx, Fs_exp_t ep, Fs_Truncate_t msg);
    err_t (*on_Sync)(Fs_exp_ctx_t *ctx, Fs_exp_t ep);
} Fs_exp_handlers_t;
chan_case_t Fs_exp_case(Fs_exp_t ep, const Fs_exp_handlers_t *h);
err_t Fs_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Fs_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Fs_exp_call_Hello(Fs_exp_t _ep, uint32_t version, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_AckOpen, then the next message received, in one kernel entry. */
err_t Fs_exp_call_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_OpenError, then the next message received, in one kernel entry. */
err_t Fs_exp_call_OpenError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_AckStat, then the next message received, in one kernel entry. */
err_t Fs_exp_call_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_StatError, then the next message received, in one kernel entry. */
err_t Fs_exp_call_StatError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_Entry, then the next message received, in one kernel entry. */
err_t Fs_exp_call_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_EndList, then the next message received, in one kernel entry. */
err_t Fs_exp_call_EndList(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_ListError, then the next message received, in one kernel entry. */
err_t Fs_exp_call_ListError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_Done, then the next message received, in one kernel entry. */
err_t Fs_exp_call_Done(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply);
/* Fs_exp_send_Failed, then the next message received, in one kernel entry. */
err_t Fs_exp_call_Failed(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
static inline Service_exp_t Fs_exp_to_Service(Fs_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Fs (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Fs_exp_from_Service(Service_exp_t ep, SIP_OUT Fs_exp_t *out);

#endif /* INSULA_CONTRACTS_FS_H */
