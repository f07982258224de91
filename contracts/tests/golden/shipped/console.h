/* generated from console.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_CONSOLE_H
#define INSULA_CONTRACTS_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Console
#define INSULA_ENDPOINT_Console
#define Console_CONTRACT_ID 0x5edb76cau
/* The importing (client) end of a Console channel. */
typedef struct Console_imp { chan_handle_t h; } Console_imp_t;
/* The exporting (service) end of a Console channel. */
typedef struct Console_exp { chan_handle_t h; } Console_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Service
#define INSULA_ENDPOINT_Service
#define Service_CONTRACT_ID 0xb643c704u
/* The importing (client) end of a Service channel. */
typedef struct Service_imp { chan_handle_t h; } Service_imp_t;
/* The exporting (service) end of a Service channel. */
typedef struct Service_exp { chan_handle_t h; } Service_exp_t;
#endif

/* ==== contract Console extends Service ==== */

#define Console_MSG_Hello 0u
#define Console_MSG_Goodbye 1u
#define Console_MSG_AckGoodbye 2u
#define Console_MSG_Write 3u
#define Console_MSG_AckWrite 4u
#define Console_MSG_ReadLine 5u
#define Console_MSG_AckReadLine 6u
#define Console_MSG_EndOfInput 7u
#define Console_MSG_COUNT 8u

/* out message Hello(u32 version): exp sends, imp receives */
typedef struct Console_Hello {
    uint32_t version;
    uint8_t _pad0[4];
} Console_Hello_t;
_Static_assert(sizeof(Console_Hello_t) == 8, "Console.Hello: size");
_Static_assert(offsetof(Console_Hello_t, version) == 0, "Console.Hello.version: offset");

/* in message Goodbye(): imp sends, exp receives */

/* out message AckGoodbye(): exp sends, imp receives */

/* in message Write(bytes<4096> text, u32 length): imp sends, exp receives */
typedef struct Console_Write {
    xheap_handle_t text;
    uint32_t length;
    uint8_t _pad0[4];
} Console_Write_t;
_Static_assert(sizeof(Console_Write_t) == 16, "Console.Write: size");
_Static_assert(offsetof(Console_Write_t, text) == 0, "Console.Write.text: offset");
_Static_assert(offsetof(Console_Write_t, length) == 8, "Console.Write.length: offset");

/* out message AckWrite(bytes<4096> text): exp sends, imp receives */
typedef struct Console_AckWrite {
    xheap_handle_t text;
} Console_AckWrite_t;
_Static_assert(sizeof(Console_AckWrite_t) == 8, "Console.AckWrite: size");
_Static_assert(offsetof(Console_AckWrite_t, text) == 0, "Console.AckWrite.text: offset");

/* in message ReadLine(bytes<4096> buf): imp sends, exp receives */
typedef struct Console_ReadLine {
    xheap_handle_t buf;
} Console_ReadLine_t;
_Static_assert(sizeof(Console_ReadLine_t) == 8, "Console.ReadLine: size");
_Static_assert(offsetof(Console_ReadLine_t, buf) == 0, "Console.ReadLine.buf: offset");

/* out message AckReadLine(bytes<4096> buf, u32 length): exp sends, imp receives */
typedef struct Console_AckReadLine {
    xheap_handle_t buf;
    uint32_t length;
    uint8_t _pad0[4];
} Console_AckReadLine_t;
_Static_assert(sizeof(Console_AckReadLine_t) == 16, "Console.AckReadLine: size");
_Static_assert(offsetof(Console_AckReadLine_t, buf) == 0, "Console.AckReadLine.buf: offset");
_Static_assert(offsetof(Console_AckReadLine_t, length) == 8, "Console.AckReadLine.length: offset");

/* out message EndOfInput(bytes<4096> buf): exp sends, imp receives */
typedef struct Console_EndOfInput {
    xheap_handle_t buf;
} Console_EndOfInput_t;
_Static_assert(sizeof(Console_EndOfInput_t) == 8, "Console.EndOfInput: size");
_Static_assert(offsetof(Console_EndOfInput_t, buf) == 0, "Console.EndOfInput.buf: offset");

/* Console_imp: the importing (client) side. */
err_t Console_imp_send_Goodbye(Console_imp_t _ep);
err_t Console_imp_send_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length);
err_t Console_imp_send_ReadLine(Console_imp_t _ep, xheap_handle_t buf);
/* Any message Console_imp receives; id is a Console_MSG_*. */
typedef struct Console_imp_msg {
    uint16_t id;
    union {
        Console_Hello_t Hello;
        Console_AckWrite_t AckWrite;
        Console_AckReadLine_t AckReadLine;
        Console_EndOfInput_t EndOfInput;
    } u;
} Console_imp_msg_t;
err_t Console_imp_recv(Console_imp_t _ep, SIP_OUT Console_imp_msg_t *_msg);
err_t Console_imp_recv_Hello(Console_imp_t _ep, SIP_OUT Console_Hello_t *_msg);
err_t Console_imp_recv_AckGoodbye(Console_imp_t _ep);
err_t Console_imp_recv_AckWrite(Console_imp_t _ep, SIP_OUT Console_AckWrite_t *_msg);
err_t Console_imp_recv_AckReadLine(Console_imp_t _ep, SIP_OUT Console_AckReadLine_t *_msg);
err_t Console_imp_recv_EndOfInput(Console_imp_t _ep, SIP_OUT Console_EndOfInput_t *_msg);
/* The handlers' state: the SIP defines struct Console_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Console_imp_ctx Console_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Console_imp_handlers {
    Console_imp_ctx_t *ctx;
    err_t (*on_Hello)(Console_imp_ctx_t *ctx, Console_imp_t ep, Console_Hello_t msg);
    err_t (*on_AckGoodbye)(Console_imp_ctx_t *ctx, Console_imp_t ep);
    err_t (*on_AckWrite)(Console_imp_ctx_t *ctx, Console_imp_t ep, Console_AckWrite_t msg);
    err_t (*on_AckReadLine)(Console_imp_ctx_t *ctx, Console_imp_t ep, Console_AckReadLine_t msg);
    err_t (*on_EndOfInput)(Console_imp_ctx_t *ctx, Console_imp_t ep, Console_EndOfInput_t msg);
} Console_imp_handlers_t;
chan_case_t Console_imp_case(Console_imp_t ep, const Console_imp_handlers_t *h);
err_t Console_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Console_imp_send_Goodbye, then the next message received, in one kernel entry. */
err_t Console_imp_call_Goodbye(Console_imp_t _ep, SIP_OUT Console_imp_msg_t *_reply);
/* Console_imp_send_Write, then the next message received, in one kernel entry. */
err_t Console_imp_call_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length, SIP_OUT Console_imp_msg_t *_reply);
/* Console_imp_send_ReadLine, then the next message received, in one kernel entry. */
err_t Console_imp_call_ReadLine(Console_imp_t _ep, xheap_handle_t buf, SIP_OUT Console_imp_msg_t *_reply);
static inline Service_imp_t Console_imp_to_Service(Console_imp_t ep)
{
    Service_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Console (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Console_imp_from_Service(Service_imp_t ep, SIP_OUT Console_imp_t *out);

/* Console_exp: the exporting (service) side. */
err_t Console_exp_send_Hello(Console_exp_t _ep, uint32_t version);
err_t Console_exp_send_AckGoodbye(Console_exp_t _ep);
err_t Console_exp_send_AckWrite(Console_exp_t _ep, xheap_handle_t text);
err_t Console_exp_send_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length);
err_t Console_exp_send_EndOfInput(Console_exp_t _ep, xheap_handle_t buf);
/* Any message Console_exp receives; id is a Console_MSG_*. */
typedef struct Console_exp_msg {
    uint16_t id;
    union {
        Console_Write_t Write;
        Console_ReadLine_t ReadLine;
    } u;
} Console_exp_msg_t;
err_t Console_exp_recv(Console_exp_t _ep, SIP_OUT Console_exp_msg_t *_msg);
err_t Console_exp_recv_Goodbye(Console_exp_t _ep);
err_t Console_exp_recv_Write(Console_exp_t _ep, SIP_OUT Console_Write_t *_msg);
err_t Console_exp_recv_ReadLine(Console_exp_t _ep, SIP_OUT Console_ReadLine_t *_msg);
/* The handlers' state: the SIP defines struct Console_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Console_exp_ctx Console_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Console_exp_handlers {
    Console_exp_ctx_t *ctx;
    err_t (*on_Goodbye)(Console_exp_ctx_t *ctx, Console_exp_t ep);
    err_t (*on_Write)(Console_exp_ctx_t *ctx, Console_exp_t ep, Console_Write_t msg);
    err_t (*on_ReadLine)(Console_exp_ctx_t *ctx, Console_exp_t ep, Console_ReadLine_t msg);
} Console_exp_handlers_t;
chan_case_t Console_exp_case(Console_exp_t ep, const Console_exp_handlers_t *h);
err_t Console_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Console_exp_send_Hello, then the next message received, in one kernel entry. */
err_t Console_exp_call_Hello(Console_exp_t _ep, uint32_t version, SIP_OUT Console_exp_msg_t *_reply);
/* Console_exp_send_AckWrite, then the next message received, in one kernel entry. */
err_t Console_exp_call_AckWrite(Console_exp_t _ep, xheap_handle_t text, SIP_OUT Console_exp_msg_t *_reply);
/* Console_exp_send_AckReadLine, then the next message received, in one kernel entry. */
err_t Console_exp_call_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length, SIP_OUT Console_exp_msg_t *_reply);
/* Console_exp_send_EndOfInput, then the next message received, in one kernel entry. */
err_t Console_exp_call_EndOfInput(Console_exp_t _ep, xheap_handle_t buf, SIP_OUT Console_exp_msg_t *_reply);
static inline Service_exp_t Console_exp_to_Service(Console_exp_t ep)
{
    Service_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Console (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Console_exp_from_Service(Service_exp_t ep, SIP_OUT Console_exp_t *out);

#endif /* INSULA_CONTRACTS_CONSOLE_H */
