/* generated from shared.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_SHARED_H
#define INSULA_CONTRACTS_SHARED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Catalog
#define INSULA_ENDPOINT_Catalog
#define Catalog_CONTRACT_ID 0xa6a0fbb8u
/* The importing (client) end of a Catalog channel. */
typedef struct Catalog_imp { chan_handle_t h; } Catalog_imp_t;
/* The exporting (service) end of a Catalog channel. */
typedef struct Catalog_exp { chan_handle_t h; } Catalog_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Partner
#define INSULA_ENDPOINT_Partner
#define Partner_CONTRACT_ID 0x16b28759u
/* The importing (client) end of a Partner channel. */
typedef struct Partner_imp { chan_handle_t h; } Partner_imp_t;
/* The exporting (service) end of a Partner channel. */
typedef struct Partner_exp { chan_handle_t h; } Partner_exp_t;
#endif

#ifndef INSULA_ENDPOINT_Catalog2
#define INSULA_ENDPOINT_Catalog2
#define Catalog2_CONTRACT_ID 0xd96bfa3eu
/* The importing (client) end of a Catalog2 channel. */
typedef struct Catalog2_imp { chan_handle_t h; } Catalog2_imp_t;
/* The exporting (service) end of a Catalog2 channel. */
typedef struct Catalog2_exp { chan_handle_t h; } Catalog2_exp_t;
#endif

#ifndef INSULA_TYPE_Status
#define INSULA_TYPE_Status

/* enum Status */
typedef int16_t Status_t;
#define Status_Ok ((Status_t)0ll)
#define Status_Again ((Status_t)1ll)
#define Status_Failed ((Status_t)-32768ll)
#define Status_Busy ((Status_t)-32767ll)
#define Status_Retry ((Status_t)1ll) /* = Again */

static inline bool Status_valid(Status_t v)
{
    switch (v) {
    case Status_Ok:
    case Status_Again:
    case Status_Failed:
    case Status_Busy:
        return true;
    default:
        return false;
    }
}
#endif

#ifndef INSULA_TYPE_Access
#define INSULA_TYPE_Access

/* flags enum Access */
typedef uint8_t Access_t;
#define Access_Read ((Access_t)1u)
#define Access_Write ((Access_t)2u)
#define Access_ReadWrite ((Access_t)3u)
#define Access_Exec ((Access_t)16u)
#define Access_Sticky ((Access_t)32u)

static inline bool Access_valid(Access_t v)
{
    uint64_t _all = 0;

    if ((v & Access_Read) == Access_Read)
        _all |= (uint64_t)Access_Read;
    if ((v & Access_Write) == Access_Write)
        _all |= (uint64_t)Access_Write;
    if ((v & Access_ReadWrite) == Access_ReadWrite)
        _all |= (uint64_t)Access_ReadWrite;
    if ((v & Access_Exec) == Access_Exec)
        _all |= (uint64_t)Access_Exec;
    if ((v & Access_Sticky) == Access_Sticky)
        _all |= (uint64_t)Access_Sticky;
    return _all == (uint64_t)v;
}
#endif

#ifndef INSULA_TYPE_Huge
#define INSULA_TYPE_Huge

/* enum Huge */
typedef int64_t Huge_t;
#define Huge_Lowest ((Huge_t)(-9223372036854775807ll - 1))
#define Huge_Highest ((Huge_t)9223372036854775807ll)

static inline bool Huge_valid(Huge_t v)
{
    switch (v) {
    case Huge_Lowest:
    case Huge_Highest:
        return true;
    default:
        return false;
    }
}
#endif

#ifndef INSULA_TYPE_Stamp
#define INSULA_TYPE_Stamp

/* record Stamp */
typedef struct Stamp {
    uint64_t seconds;
    uint32_t nanos;
    uint8_t _pad0[4];
} Stamp_t;
_Static_assert(sizeof(Stamp_t) == 16, "Stamp: size");
_Static_assert(offsetof(Stamp_t, seconds) == 0, "Stamp.seconds: offset");
_Static_assert(offsetof(Stamp_t, nanos) == 8, "Stamp.nanos: offset");

static inline bool Stamp_valid(const Stamp_t *_r)
{
    (void)_r;
    return true;
}
#endif

#ifndef INSULA_TYPE_Entry
#define INSULA_TYPE_Entry

/* record Entry */
typedef struct Entry {
    Stamp_t when;
    Access_t access;
    uint8_t hidden;
    uint8_t _pad0[6];
    xheap_handle_t name;
    xheap_handle_t extra;
    Stamp_t history[2];
} Entry_t;
_Static_assert(sizeof(Entry_t) == 72, "Entry: size");
_Static_assert(offsetof(Entry_t, when) == 0, "Entry.when: offset");
_Static_assert(offsetof(Entry_t, access) == 16, "Entry.access: offset");
_Static_assert(offsetof(Entry_t, hidden) == 17, "Entry.hidden: offset");
_Static_assert(offsetof(Entry_t, name) == 24, "Entry.name: offset");
_Static_assert(offsetof(Entry_t, extra) == 32, "Entry.extra: offset");
_Static_assert(offsetof(Entry_t, history) == 40, "Entry.history: offset");

static inline bool Entry_valid(const Entry_t *_r)
{
    if (!Access_valid(_r->access))
        return false;
    if (_r->hidden > 1u)
        return false;
    return true;
}
#endif

/* ==== contract Catalog ==== */

#define Catalog_MSG_List 0u
#define Catalog_MSG_Listing 1u
#define Catalog_MSG_Put 2u
#define Catalog_MSG_AckPut 3u
#define Catalog_MSG_Close 4u
#define Catalog_MSG_COUNT 5u

/* record Page */
typedef struct Catalog_Page {
    Entry_t entries[2];
    uint8_t count;
    uint8_t more;
    uint8_t _pad0[6];
} Catalog_Page_t;
_Static_assert(sizeof(Catalog_Page_t) == 152, "Catalog.Page: size");
_Static_assert(offsetof(Catalog_Page_t, entries) == 0, "Catalog.Page.entries: offset");
_Static_assert(offsetof(Catalog_Page_t, count) == 144, "Catalog.Page.count: offset");
_Static_assert(offsetof(Catalog_Page_t, more) == 145, "Catalog.Page.more: offset");

/* in message List(Access want, Status[2] last): imp sends, exp receives */
typedef struct Catalog_List {
    Access_t want;
    uint8_t _pad0[1];
    Status_t last[2];
    uint8_t _pad1[2];
} Catalog_List_t;
_Static_assert(sizeof(Catalog_List_t) == 8, "Catalog.List: size");
_Static_assert(offsetof(Catalog_List_t, want) == 0, "Catalog.List.want: offset");
_Static_assert(offsetof(Catalog_List_t, last) == 2, "Catalog.List.last: offset");

/* out message Listing(Page page, Huge h): exp sends, imp receives */
typedef struct Catalog_Listing {
    Catalog_Page_t page;
    Huge_t h;
} Catalog_Listing_t;
_Static_assert(sizeof(Catalog_Listing_t) == 160, "Catalog.Listing: size");
_Static_assert(offsetof(Catalog_Listing_t, page) == 0, "Catalog.Listing.page: offset");
_Static_assert(offsetof(Catalog_Listing_t, h) == 152, "Catalog.Listing.h: offset");

/* in message Put(Entry entry, Partner.imp:Start? reply, bytes<512>?[3] parts): imp sends, exp receives */
typedef struct Catalog_Put {
    Entry_t entry;
    Partner_imp_t reply;
    xheap_handle_t parts[3];
} Catalog_Put_t;
_Static_assert(sizeof(Catalog_Put_t) == 104, "Catalog.Put: size");
_Static_assert(offsetof(Catalog_Put_t, entry) == 0, "Catalog.Put.entry: offset");
_Static_assert(offsetof(Catalog_Put_t, reply) == 72, "Catalog.Put.reply: offset");
_Static_assert(offsetof(Catalog_Put_t, parts) == 80, "Catalog.Put.parts: offset");

/* out message AckPut(Status status, Partner.exp:Start? peer): exp sends, imp receives */
typedef struct Catalog_AckPut {
    Status_t status;
    uint8_t _pad0[6];
    Partner_exp_t peer;
} Catalog_AckPut_t;
_Static_assert(sizeof(Catalog_AckPut_t) == 16, "Catalog.AckPut: size");
_Static_assert(offsetof(Catalog_AckPut_t, status) == 0, "Catalog.AckPut.status: offset");
_Static_assert(offsetof(Catalog_AckPut_t, peer) == 8, "Catalog.AckPut.peer: offset");

/* in message Close(): imp sends, exp receives */

/* Catalog_imp: the importing (client) side. */
err_t Catalog_imp_send_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2]);
err_t Catalog_imp_send_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3]);
err_t Catalog_imp_send_Close(Catalog_imp_t _ep);
/* Any message Catalog_imp receives; id is a Catalog_MSG_*. */
typedef struct Catalog_imp_msg {
    uint16_t id;
    union {
        Catalog_Listing_t Listing;
        Catalog_AckPut_t AckPut;
    } u;
} Catalog_imp_msg_t;
err_t Catalog_imp_recv(Catalog_imp_t _ep, SIP_OUT Catalog_imp_msg_t *_msg);
err_t Catalog_imp_recv_Listing(Catalog_imp_t _ep, SIP_OUT Catalog_Listing_t *_msg);
err_t Catalog_imp_recv_AckPut(Catalog_imp_t _ep, SIP_OUT Catalog_AckPut_t *_msg);
/* The handlers' state: the SIP defines struct Catalog_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Catalog_imp_ctx Catalog_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Catalog_imp_handlers {
    Catalog_imp_ctx_t *ctx;
    err_t (*on_Listing)(Catalog_imp_ctx_t *ctx, Catalog_imp_t ep, Catalog_Listing_t msg);
    err_t (*on_AckPut)(Catalog_imp_ctx_t *ctx, Catalog_imp_t ep, Catalog_AckPut_t msg);
} Catalog_imp_handlers_t;
chan_case_t Catalog_imp_case(Catalog_imp_t ep, const Catalog_imp_handlers_t *h);
err_t Catalog_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Catalog_imp_send_List, then the next message received, in one kernel entry. */
err_t Catalog_imp_call_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog_imp_msg_t *_reply);
/* Catalog_imp_send_Put, then the next message received, in one kernel entry. */
err_t Catalog_imp_call_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog_imp_msg_t *_reply);

/* Catalog_exp: the exporting (service) side. */
err_t Catalog_exp_send_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h);
err_t Catalog_exp_send_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer);
/* Any message Catalog_exp receives; id is a Catalog_MSG_*. */
typedef struct Catalog_exp_msg {
    uint16_t id;
    union {
        Catalog_List_t List;
        Catalog_Put_t Put;
    } u;
} Catalog_exp_msg_t;
err_t Catalog_exp_recv(Catalog_exp_t _ep, SIP_OUT Catalog_exp_msg_t *_msg);
err_t Catalog_exp_recv_List(Catalog_exp_t _ep, SIP_OUT Catalog_List_t *_msg);
err_t Catalog_exp_recv_Put(Catalog_exp_t _ep, SIP_OUT Catalog_Put_t *_msg);
err_t Catalog_exp_recv_Close(Catalog_exp_t _ep);
/* The handlers' state: the SIP defines struct Catalog_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Catalog_exp_ctx Catalog_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Catalog_exp_handlers {
    Catalog_exp_ctx_t *ctx;
    err_t (*on_List)(Catalog_exp_ctx_t *ctx, Catalog_exp_t ep, Catalog_List_t msg);
    err_t (*on_Put)(Catalog_exp_ctx_t *ctx, Catalog_exp_t ep, Catalog_Put_t msg);
    err_t (*on_Close)(Catalog_exp_ctx_t *ctx, Catalog_exp_t ep);
} Catalog_exp_handlers_t;
chan_case_t Catalog_exp_case(Catalog_exp_t ep, const Catalog_exp_handlers_t *h);
err_t Catalog_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Catalog_exp_send_Listing, then the next message received, in one kernel entry. */
err_t Catalog_exp_call_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h, SIP_OUT Catalog_exp_msg_t *_reply);
/* Catalog_exp_send_AckPut, then the next message received, in one kernel entry. */
err_t Catalog_exp_call_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog_exp_msg_t *_reply);

/* ==== contract Catalog2 extends Catalog ==== */

#define Catalog2_MSG_List 0u
#define Catalog2_MSG_Listing 1u
#define Catalog2_MSG_Put 2u
#define Catalog2_MSG_AckPut 3u
#define Catalog2_MSG_Close 4u
#define Catalog2_MSG_Stamped 5u
#define Catalog2_MSG_Stamp2 6u
#define Catalog2_MSG_COUNT 7u

/* record Page */
typedef struct Catalog2_Page {
    Entry_t entries[2];
    uint8_t count;
    uint8_t more;
    uint8_t _pad0[6];
} Catalog2_Page_t;
_Static_assert(sizeof(Catalog2_Page_t) == 152, "Catalog2.Page: size");
_Static_assert(offsetof(Catalog2_Page_t, entries) == 0, "Catalog2.Page.entries: offset");
_Static_assert(offsetof(Catalog2_Page_t, count) == 144, "Catalog2.Page.count: offset");
_Static_assert(offsetof(Catalog2_Page_t, more) == 145, "Catalog2.Page.more: offset");

/* in message List(Access want, Status[2] last): imp sends, exp receives */
typedef struct Catalog2_List {
    Access_t want;
    uint8_t _pad0[1];
    Status_t last[2];
    uint8_t _pad1[2];
} Catalog2_List_t;
_Static_assert(sizeof(Catalog2_List_t) == 8, "Catalog2.List: size");
_Static_assert(offsetof(Catalog2_List_t, want) == 0, "Catalog2.List.want: offset");
_Static_assert(offsetof(Catalog2_List_t, last) == 2, "Catalog2.List.last: offset");

/* out message Listing(Page page, Huge h): exp sends, imp receives */
typedef struct Catalog2_Listing {
    Catalog2_Page_t page;
    Huge_t h;
} Catalog2_Listing_t;
_Static_assert(sizeof(Catalog2_Listing_t) == 160, "Catalog2.Listing: size");
_Static_assert(offsetof(Catalog2_Listing_t, page) == 0, "Catalog2.Listing.page: offset");
_Static_assert(offsetof(Catalog2_Listing_t, h) == 152, "Catalog2.Listing.h: offset");

/* in message Put(Entry entry, Partner.imp:Start? reply, bytes<512>?[3] parts): imp sends, exp receives */
typedef struct Catalog2_Put {
    Entry_t entry;
    Partner_imp_t reply;
    xheap_handle_t parts[3];
} Catalog2_Put_t;
_Static_assert(sizeof(Catalog2_Put_t) == 104, "Catalog2.Put: size");
_Static_assert(offsetof(Catalog2_Put_t, entry) == 0, "Catalog2.Put.entry: offset");
_Static_assert(offsetof(Catalog2_Put_t, reply) == 72, "Catalog2.Put.reply: offset");
_Static_assert(offsetof(Catalog2_Put_t, parts) == 80, "Catalog2.Put.parts: offset");

/* out message AckPut(Status status, Partner.exp:Start? peer): exp sends, imp receives */
typedef struct Catalog2_AckPut {
    Status_t status;
    uint8_t _pad0[6];
    Partner_exp_t peer;
} Catalog2_AckPut_t;
_Static_assert(sizeof(Catalog2_AckPut_t) == 16, "Catalog2.AckPut: size");
_Static_assert(offsetof(Catalog2_AckPut_t, status) == 0, "Catalog2.AckPut.status: offset");
_Static_assert(offsetof(Catalog2_AckPut_t, peer) == 8, "Catalog2.AckPut.peer: offset");

/* in message Close(): imp sends, exp receives */

/* out message Stamped(Page page, Stamp at): exp sends, imp receives */
typedef struct Catalog2_Stamped {
    Catalog2_Page_t page;
    Stamp_t at;
} Catalog2_Stamped_t;
_Static_assert(sizeof(Catalog2_Stamped_t) == 168, "Catalog2.Stamped: size");
_Static_assert(offsetof(Catalog2_Stamped_t, page) == 0, "Catalog2.Stamped.page: offset");
_Static_assert(offsetof(Catalog2_Stamped_t, at) == 152, "Catalog2.Stamped.at: offset");

/* in message Stamp2(): imp sends, exp receives */

/* Catalog2_imp: the importing (client) side. */
err_t Catalog2_imp_send_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2]);
err_t Catalog2_imp_send_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3]);
err_t Catalog2_imp_send_Close(Catalog2_imp_t _ep);
err_t Catalog2_imp_send_Stamp2(Catalog2_imp_t _ep);
/* Any message Catalog2_imp receives; id is a Catalog2_MSG_*. */
typedef struct Catalog2_imp_msg {
    uint16_t id;
    union {
        Catalog2_Listing_t Listing;
        Catalog2_AckPut_t AckPut;
        Catalog2_Stamped_t Stamped;
    } u;
} Catalog2_imp_msg_t;
err_t Catalog2_imp_recv(Catalog2_imp_t _ep, SIP_OUT Catalog2_imp_msg_t *_msg);
err_t Catalog2_imp_recv_Listing(Catalog2_imp_t _ep, SIP_OUT Catalog2_Listing_t *_msg);
err_t Catalog2_imp_recv_AckPut(Catalog2_imp_t _ep, SIP_OUT Catalog2_AckPut_t *_msg);
err_t Catalog2_imp_recv_Stamped(Catalog2_imp_t _ep, SIP_OUT Catalog2_Stamped_t *_msg);
/* The handlers' state: the SIP defines struct Catalog2_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Catalog2_imp_ctx Catalog2_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Catalog2_imp_handlers {
    Catalog2_imp_ctx_t *ctx;
    err_t (*on_Listing)(Catalog2_imp_ctx_t *ctx, Catalog2_imp_t ep, Catalog2_Listing_t msg);
    err_t (*on_AckPut)(Catalog2_imp_ctx_t *ctx, Catalog2_imp_t ep, Catalog2_AckPut_t msg);
    err_t (*on_Stamped)(Catalog2_imp_ctx_t *ctx, Catalog2_imp_t ep, Catalog2_Stamped_t msg);
} Catalog2_imp_handlers_t;
chan_case_t Catalog2_imp_case(Catalog2_imp_t ep, const Catalog2_imp_handlers_t *h);
err_t Catalog2_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Catalog2_imp_send_List, then the next message received, in one kernel entry. */
err_t Catalog2_imp_call_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog2_imp_msg_t *_reply);
/* Catalog2_imp_send_Put, then the next message received, in one kernel entry. */
err_t Catalog2_imp_call_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog2_imp_msg_t *_reply);
/* Catalog2_imp_send_Stamp2, then the next message received, in one kernel entry. */
err_t Catalog2_imp_call_Stamp2(Catalog2_imp_t _ep, SIP_OUT Catalog2_imp_msg_t *_reply);
static inline Catalog_imp_t Catalog2_imp_to_Catalog(Catalog2_imp_t ep)
{
    Catalog_imp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Catalog2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Catalog2_imp_from_Catalog(Catalog_imp_t ep, SIP_OUT Catalog2_imp_t *out);

/* Catalog2_exp: the exporting (service) side. */
err_t Catalog2_exp_send_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h);
err_t Catalog2_exp_send_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer);
err_t Catalog2_exp_send_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at);
/* Any message Catalog2_exp receives; id is a Catalog2_MSG_*. */
typedef struct Catalog2_exp_msg {
    uint16_t id;
    union {
        Catalog2_List_t List;
        Catalog2_Put_t Put;
    } u;
} Catalog2_exp_msg_t;
err_t Catalog2_exp_recv(Catalog2_exp_t _ep, SIP_OUT Catalog2_exp_msg_t *_msg);
err_t Catalog2_exp_recv_List(Catalog2_exp_t _ep, SIP_OUT Catalog2_List_t *_msg);
err_t Catalog2_exp_recv_Put(Catalog2_exp_t _ep, SIP_OUT Catalog2_Put_t *_msg);
err_t Catalog2_exp_recv_Close(Catalog2_exp_t _ep);
err_t Catalog2_exp_recv_Stamp2(Catalog2_exp_t _ep);
/* The handlers' state: the SIP defines struct Catalog2_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Catalog2_exp_ctx Catalog2_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Catalog2_exp_handlers {
    Catalog2_exp_ctx_t *ctx;
    err_t (*on_List)(Catalog2_exp_ctx_t *ctx, Catalog2_exp_t ep, Catalog2_List_t msg);
    err_t (*on_Put)(Catalog2_exp_ctx_t *ctx, Catalog2_exp_t ep, Catalog2_Put_t msg);
    err_t (*on_Close)(Catalog2_exp_ctx_t *ctx, Catalog2_exp_t ep);
    err_t (*on_Stamp2)(Catalog2_exp_ctx_t *ctx, Catalog2_exp_t ep);
} Catalog2_exp_handlers_t;
chan_case_t Catalog2_exp_case(Catalog2_exp_t ep, const Catalog2_exp_handlers_t *h);
err_t Catalog2_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Catalog2_exp_send_Listing, then the next message received, in one kernel entry. */
err_t Catalog2_exp_call_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h, SIP_OUT Catalog2_exp_msg_t *_reply);
/* Catalog2_exp_send_AckPut, then the next message received, in one kernel entry. */
err_t Catalog2_exp_call_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog2_exp_msg_t *_reply);
/* Catalog2_exp_send_Stamped, then the next message received, in one kernel entry. */
err_t Catalog2_exp_call_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at, SIP_OUT Catalog2_exp_msg_t *_reply);
static inline Catalog_exp_t Catalog2_exp_to_Catalog(Catalog2_exp_t ep)
{
    Catalog_exp_t up = {ep.h};
    return up;
}
/* OK if ep's channel follows Catalog2 (or extends it); CHAN_RT_ERR_WRONG_CONTRACT if not. */
err_t Catalog2_exp_from_Catalog(Catalog_exp_t ep, SIP_OUT Catalog2_exp_t *out);

/* ==== contract Partner ==== */

#define Partner_MSG_Hello 0u
#define Partner_MSG_Bye 1u
#define Partner_MSG_COUNT 2u

/* in message Hello(Status s): imp sends, exp receives */
typedef struct Partner_Hello {
    Status_t s;
    uint8_t _pad0[6];
} Partner_Hello_t;
_Static_assert(sizeof(Partner_Hello_t) == 8, "Partner.Hello: size");
_Static_assert(offsetof(Partner_Hello_t, s) == 0, "Partner.Hello.s: offset");

/* out message Bye(): exp sends, imp receives */

/* Partner_imp: the importing (client) side. */
err_t Partner_imp_send_Hello(Partner_imp_t _ep, Status_t s);
/* Any message Partner_imp receives; id is a Partner_MSG_*. */
typedef struct Partner_imp_msg {
    uint16_t id;
} Partner_imp_msg_t;
err_t Partner_imp_recv(Partner_imp_t _ep, SIP_OUT Partner_imp_msg_t *_msg);
err_t Partner_imp_recv_Bye(Partner_imp_t _ep);
/* The handlers' state: the SIP defines struct Partner_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Partner_imp_ctx Partner_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Partner_imp_handlers {
    Partner_imp_ctx_t *ctx;
    err_t (*on_Bye)(Partner_imp_ctx_t *ctx, Partner_imp_t ep);
} Partner_imp_handlers_t;
chan_case_t Partner_imp_case(Partner_imp_t ep, const Partner_imp_handlers_t *h);
err_t Partner_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Partner_imp_send_Hello, then the next message received, in one kernel entry. */
err_t Partner_imp_call_Hello(Partner_imp_t _ep, Status_t s, SIP_OUT Partner_imp_msg_t *_reply);

/* Partner_exp: the exporting (service) side. */
err_t Partner_exp_send_Bye(Partner_exp_t _ep);
/* Any message Partner_exp receives; id is a Partner_MSG_*. */
typedef struct Partner_exp_msg {
    uint16_t id;
    union {
        Partner_Hello_t Hello;
    } u;
} Partner_exp_msg_t;
err_t Partner_exp_recv(Partner_exp_t _ep, SIP_OUT Partner_exp_msg_t *_msg);
err_t Partner_exp_recv_Hello(Partner_exp_t _ep, SIP_OUT Partner_Hello_t *_msg);
/* The handlers' state: the SIP defines struct Partner_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Partner_exp_ctx Partner_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Partner_exp_handlers {
    Partner_exp_ctx_t *ctx;
    err_t (*on_Hello)(Partner_exp_ctx_t *ctx, Partner_exp_t ep, Partner_Hello_t msg);
} Partner_exp_handlers_t;
chan_case_t Partner_exp_case(Partner_exp_t ep, const Partner_exp_handlers_t *h);
err_t Partner_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Partner_exp_send_Bye, then the next message received, in one kernel entry. */
err_t Partner_exp_call_Bye(Partner_exp_t _ep, SIP_OUT Partner_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_SHARED_H */
