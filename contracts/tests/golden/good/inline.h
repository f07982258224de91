/* generated from inline.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_INLINE_H
#define INSULA_CONTRACTS_INLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <insula/chan_rt.h>
#include <insula/chan_switch.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "message layouts are little-endian");

#ifndef INSULA_ENDPOINT_Tags
#define INSULA_ENDPOINT_Tags
#define Tags_CONTRACT_ID 0x76bda0c0u
/* The importing (client) end of a Tags channel. */
typedef struct Tags_imp { chan_handle_t h; } Tags_imp_t;
/* The exporting (service) end of a Tags channel. */
typedef struct Tags_exp { chan_handle_t h; } Tags_exp_t;
#endif

#ifndef INSULA_TYPE_TagLabel
#define INSULA_TYPE_TagLabel

/* record TagLabel */
typedef struct TagLabel {
    uint8_t text[12];
    uint8_t colour;
} TagLabel_t;
_Static_assert(sizeof(TagLabel_t) == 13, "TagLabel: size");
_Static_assert(offsetof(TagLabel_t, text) == 0, "TagLabel.text: offset");
_Static_assert(offsetof(TagLabel_t, colour) == 12, "TagLabel.colour: offset");

static inline bool TagLabel_valid(const TagLabel_t *_r)
{
    if (!chan_rt_text_valid(_r->text, 12))
        return false;
    return true;
}
#endif

/* ==== contract Tags ==== */

#define Tags_MSG_Put 0u
#define Tags_MSG_AckPut 1u
#define Tags_MSG_Find 2u
#define Tags_MSG_Found 3u
#define Tags_MSG_COUNT 4u

/* record Tag */
typedef struct Tags_Tag {
    uint8_t key[6];
    uint8_t name[9];
    uint8_t pinned;
} Tags_Tag_t;
_Static_assert(sizeof(Tags_Tag_t) == 16, "Tags.Tag: size");
_Static_assert(offsetof(Tags_Tag_t, key) == 0, "Tags.Tag.key: offset");
_Static_assert(offsetof(Tags_Tag_t, name) == 6, "Tags.Tag.name: offset");
_Static_assert(offsetof(Tags_Tag_t, pinned) == 15, "Tags.Tag.pinned: offset");

/* in message Put(Tag entry, TagLabel label, bytes<4096> blob): imp sends, exp receives */
typedef struct Tags_Put {
    Tags_Tag_t entry;
    TagLabel_t label;
    uint8_t _pad0[3];
    xheap_handle_t blob;
} Tags_Put_t;
_Static_assert(sizeof(Tags_Put_t) == 40, "Tags.Put: size");
_Static_assert(offsetof(Tags_Put_t, entry) == 0, "Tags.Put.entry: offset");
_Static_assert(offsetof(Tags_Put_t, label) == 16, "Tags.Put.label: offset");
_Static_assert(offsetof(Tags_Put_t, blob) == 32, "Tags.Put.blob: offset");

/* out message AckPut(u8[16] receipt): exp sends, imp receives */
typedef struct Tags_AckPut {
    uint8_t receipt[16];
} Tags_AckPut_t;
_Static_assert(sizeof(Tags_AckPut_t) == 16, "Tags.AckPut: size");
_Static_assert(offsetof(Tags_AckPut_t, receipt) == 0, "Tags.AckPut.receipt: offset");

/* in message Find(string[32] prefix): imp sends, exp receives */
typedef struct Tags_Find {
    uint8_t prefix[32];
} Tags_Find_t;
_Static_assert(sizeof(Tags_Find_t) == 32, "Tags.Find: size");
_Static_assert(offsetof(Tags_Find_t, prefix) == 0, "Tags.Find.prefix: offset");

/* out message Found(Tag[3] entries, u8 count): exp sends, imp receives */
typedef struct Tags_Found {
    Tags_Tag_t entries[3];
    uint8_t count;
    uint8_t _pad0[7];
} Tags_Found_t;
_Static_assert(sizeof(Tags_Found_t) == 56, "Tags.Found: size");
_Static_assert(offsetof(Tags_Found_t, entries) == 0, "Tags.Found.entries: offset");
_Static_assert(offsetof(Tags_Found_t, count) == 48, "Tags.Found.count: offset");

/* Tags_imp: the importing (client) side. */
err_t Tags_imp_send_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob);
err_t Tags_imp_send_Find(Tags_imp_t _ep, const uint8_t prefix[32]);
/* Any message Tags_imp receives; id is a Tags_MSG_*. */
typedef struct Tags_imp_msg {
    uint16_t id;
    union {
        Tags_AckPut_t AckPut;
        Tags_Found_t Found;
    } u;
} Tags_imp_msg_t;
err_t Tags_imp_recv(Tags_imp_t _ep, SIP_OUT Tags_imp_msg_t *_msg);
err_t Tags_imp_recv_AckPut(Tags_imp_t _ep, SIP_OUT Tags_AckPut_t *_msg);
err_t Tags_imp_recv_Found(Tags_imp_t _ep, SIP_OUT Tags_Found_t *_msg);
/* The handlers' state: the SIP defines struct Tags_imp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Tags_imp_ctx Tags_imp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Tags_imp_handlers {
    Tags_imp_ctx_t *ctx;
    err_t (*on_AckPut)(Tags_imp_ctx_t *ctx, Tags_imp_t ep, Tags_AckPut_t msg);
    err_t (*on_Found)(Tags_imp_ctx_t *ctx, Tags_imp_t ep, Tags_Found_t msg);
} Tags_imp_handlers_t;
chan_case_t Tags_imp_case(Tags_imp_t ep, const Tags_imp_handlers_t *h);
err_t Tags_imp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Tags_imp_send_Put, then the next message received, in one kernel entry. */
err_t Tags_imp_call_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob, SIP_OUT Tags_imp_msg_t *_reply);
/* Tags_imp_send_Find, then the next message received, in one kernel entry. */
err_t Tags_imp_call_Find(Tags_imp_t _ep, const uint8_t prefix[32], SIP_OUT Tags_imp_msg_t *_reply);

/* Tags_exp: the exporting (service) side. */
err_t Tags_exp_send_AckPut(Tags_exp_t _ep, const uint8_t receipt[16]);
err_t Tags_exp_send_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count);
/* Any message Tags_exp receives; id is a Tags_MSG_*. */
typedef struct Tags_exp_msg {
    uint16_t id;
    union {
        Tags_Put_t Put;
        Tags_Find_t Find;
    } u;
} Tags_exp_msg_t;
err_t Tags_exp_recv(Tags_exp_t _ep, SIP_OUT Tags_exp_msg_t *_msg);
err_t Tags_exp_recv_Put(Tags_exp_t _ep, SIP_OUT Tags_Put_t *_msg);
err_t Tags_exp_recv_Find(Tags_exp_t _ep, SIP_OUT Tags_Find_t *_msg);
/* The handlers' state: the SIP defines struct Tags_exp_ctx (one per contract
   side, so handlers are typed, without void *). */
typedef struct Tags_exp_ctx Tags_exp_ctx_t;
/* Handlers for switch receive; a NULL handler refuses its message. Each gets
   the decoded message by value. */
typedef struct Tags_exp_handlers {
    Tags_exp_ctx_t *ctx;
    err_t (*on_Put)(Tags_exp_ctx_t *ctx, Tags_exp_t ep, Tags_Put_t msg);
    err_t (*on_Find)(Tags_exp_ctx_t *ctx, Tags_exp_t ep, Tags_Find_t msg);
} Tags_exp_handlers_t;
chan_case_t Tags_exp_case(Tags_exp_t ep, const Tags_exp_handlers_t *h);
err_t Tags_exp_dispatch(const chan_case_t *c, uint16_t msg_id,
    const void *msg, size_t len);
/* Tags_exp_send_AckPut, then the next message received, in one kernel entry. */
err_t Tags_exp_call_AckPut(Tags_exp_t _ep, const uint8_t receipt[16], SIP_OUT Tags_exp_msg_t *_reply);
/* Tags_exp_send_Found, then the next message received, in one kernel entry. */
err_t Tags_exp_call_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count, SIP_OUT Tags_exp_msg_t *_reply);

#endif /* INSULA_CONTRACTS_INLINE_H */
