/*
 * channel.h — contract-checked channels and the exchange heap.
 *
 * A channel has two endpoints (importing and exporting side). Each endpoint
 * is owned by exactly one SIP at a time — or by a message in flight — and
 * keeps its own view of the contract state. Every send is checked against
 * the contract's transition table (contracts/include/insula/contract_table.h)
 * before anything moves; a message the state does not allow is a contract
 * violation and terminates the sender.
 *
 * Each endpoint's receive queue is allocated with the channel, sized by the
 * contract's queue bound for the direction that arrives there, so a send
 * never allocates. Exchange-heap blocks and endpoints named in a message
 * move with it: the sender's handle dies at the send, the receiver gets a
 * new one at the receive. Nothing is copied but the (small) message body.
 *
 * Locking: single CPU, interrupts off around every operation.
 */
#ifndef INSULA_CHANNEL_H
#define INSULA_CHANNEL_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"
#include "insula/contract_table.h"
#include "thread.h"

#define CHAN_MAX_MESSAGE 1024u           /* largest message body */
#define CHAN_MAX_TRANSFERS 8             /* handle fields per message */
#define CHAN_REASON_MAX 64
#define XBLOCK_MAX_BYTES (16ull << 20)

struct sip;
struct channel;

/* An exchange-heap block: fresh pages with exactly one owner. */
typedef struct xblock {
    uint64_t base;            /* page-aligned */
    uint64_t size;            /* bytes asked for */
    uint64_t pages;
    struct sip *owner;        /* NULL while in flight */
} xblock_t;

typedef enum {
    TRANSFER_NONE = 0,
    TRANSFER_XBLOCK,
    TRANSFER_ENDPOINT,
} transfer_kind_t;

typedef struct {
    transfer_kind_t kind;
    uint16_t offset;          /* where the handle sits in the body */
    void *object;             /* xblock_t * or endpoint_t * */
} transfer_t;

/* One queued message; `body` holds up to the channel's slot size. */
typedef struct {
    uint16_t msg_id;
    uint16_t transfer_count;
    uint32_t len;
    transfer_t transfers[CHAN_MAX_TRANSFERS];
    uint8_t *body;
} message_slot_t;

typedef struct endpoint {
    struct channel *chan;
    contract_side_t side;
    uint16_t state;           /* this end's view of the contract state */
    struct sip *owner;        /* NULL while in flight or closed */
    bool closed;              /* this end was closed */
    message_slot_t *queue;    /* messages arriving at this end */
    uint16_t queue_capacity;
    uint16_t queue_head;
    uint16_t queue_count;
    /* An end the kernel keeps (irq.c): called instead of waking an owner
       when a message arrives; it pops the message itself. NULL otherwise. */
    void (*kernel_receive)(struct endpoint *ep);
} endpoint_t;

typedef struct channel {
    const contract_table_t *contract;
    endpoint_t ends[2];       /* [CONTRACT_SIDE_IMP], [CONTRACT_SIDE_EXP] */
    char close_reason[CHAN_REASON_MAX];    /* why the first end closed */
    struct channel *free_next;             /* pending free (see endpoint_close) */
} channel_t;

/* ---- contracts the kernel knows (contracts_registry.c) ---- */
const contract_table_t *contract_find(uint32_t id);

/* ---- channels (channel.c) ---- */

/* Errors: ERR_NOT_FOUND (contract), ERR_NO_MEMORY. Both ends owned by `owner`. */
err_t channel_create(uint32_t contract_id, struct sip *owner, endpoint_t **imp, endpoint_t **exp);

/* The other end of `ep`. */
endpoint_t *endpoint_peer(endpoint_t *ep);

/* True when the peer has closed (or its owner ended). */
bool endpoint_peer_closed(const endpoint_t *ep);

/*
 * Closes `ep` with `reason` (kept for the peer if it is the first close),
 * destroying everything queued at it; frees the channel once both ends are
 * closed. Interrupts off.
 */
void endpoint_close(endpoint_t *ep, const char *reason);

/*
 * Checks a send from `ep` against the contract: ERR_INVALID means a contract
 * violation (`why` says which). Pure: changes nothing.
 */
err_t channel_check_send(const endpoint_t *ep, uint16_t msg_id, uint64_t len, char *why,
                         uint64_t why_size);

/* Queues a checked message at the peer and advances `ep`'s state. */
void channel_deliver(endpoint_t *ep, uint16_t msg_id, const uint8_t *body, uint32_t len,
                     const transfer_t *transfers, uint16_t transfer_count);

/* The oldest message at `ep`, or NULL. */
message_slot_t *endpoint_front(endpoint_t *ep);

/* Drops the front message after its transfers were taken; advances the state. */
void endpoint_pop(endpoint_t *ep);

/* The contract's field list for a message (NULL, 0 when none). */
const contract_message_t *channel_message(const endpoint_t *ep, uint16_t msg_id);

/* ---- exchange heap (exheap.c) ---- */

/* Errors: ERR_INVALID, ERR_RANGE, ERR_NO_MEMORY. */
err_t xblock_create(uint64_t size, xblock_t **out);
void xblock_destroy(xblock_t *b);

#endif
