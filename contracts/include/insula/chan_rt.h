/*
 * chan_rt.h: the channel runtime that generated contract bindings call.
 *
 * This is the whole interface between code that contractc generates for a
 * SIP and the system underneath: the bindings encode and decode messages,
 * and call nothing but the functions below. The stdlib implements them over
 * the kernel ABI; host tests implement them in memory.
 *
 * Handles are opaque 64-bit values (a per-SIP table index plus a generation);
 * they are never pointers. Exchange-heap blocks and endpoints that appear in
 * a message move to the receiver when the message is sent: after a
 * successful send the sender no longer owns them.
 *
 * Errors: every function returns err_t, OK (0) on success or one of the
 * negative CHAN_RT_ERR_* codes. A message the contract does not allow is not
 * an error returned here: the kernel terminates the sender.
 */
#ifndef INSULA_CHAN_RT_H
#define INSULA_CHAN_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The project's status type: OK or a negative error code. (Identical
   repeated typedefs are valid C11, so other headers may declare it too.) */
typedef int32_t err_t;
#ifndef OK
#define OK 0
#endif

/* An out-parameter (verifier/SUBSET.md, SIP-PTR-OUT): the callee writes and
   reads through it during the call only and keeps nothing, so a SIP may pass
   &local. Defined identically in the stdlib's insula/err.h. */
#define SIP_OUT __attribute__((annotate("insula_out")))
/* C strings and formats (SIP-STR-NUL); identical in insula/err.h. */
#define SIP_CSTR __attribute__((annotate("insula_cstr")))
#define SIP_FORMAT __attribute__((annotate("insula_format")))

/* The channel runtime's errors, with their numbers in Insula's one status
   list (kernel/include/abi/status.h: ERR_CLOSED, ERR_BAD_HANDLE...); the
   stdlib checks that they agree. */
#define CHAN_RT_ERR_CLOSED (-12)      /* peer closed the channel */
#define CHAN_RT_ERR_BAD_HANDLE (-2)   /* not an endpoint this SIP owns */
#define CHAN_RT_ERR_TOO_BIG (-17)     /* message longer than the buffer */
#define CHAN_RT_ERR_UNEXPECTED (-18)  /* a message the caller did not ask for */
#define CHAN_RT_ERR_DECODE (-19)      /* wrong length or invalid field value */
#define CHAN_RT_ERR_WRONG_CONTRACT (-20) /* endpoint of another contract */
#define CHAN_RT_ERR_NO_HANDLER (-21)   /* switch receive: no handler given */
#define CHAN_RT_ERR_RANGE (-10)      /* a count beyond the array it counts */

/*
 * The number of elements of `array`, which must be an array, not a pointer
 * (a pointer fails to compile). The trusted macros below pass it next to a
 * count from SIP code, and the runtime refuses a count beyond it
 * (CHAN_RT_ERR_RANGE), so it never reads past the caller's array.
 */
#define __INSULA_ARRAY_CAPACITY(array)                                        \
    (sizeof(array) / sizeof((array)[0]) + 0 * sizeof(char[                    \
        __builtin_types_compatible_p(__typeof__(array), __typeof__(&(array)[0])) \
            ? -1 : 1]))

/* Upper bound on a message body; contractc rejects larger messages. */
#define CHAN_RT_MAX_MESSAGE 1024u

typedef uint64_t chan_handle_t;  /* an endpoint this SIP owns */
typedef uint64_t xheap_handle_t; /* an exchange-heap block this SIP owns */

/*
 * chan_rt_send: send message msg_id with body msg[0..len) on ep.
 * Errors: CHAN_RT_ERR_CLOSED, CHAN_RT_ERR_BAD_HANDLE.
 */
err_t chan_rt_send(chan_handle_t ep, uint16_t msg_id, const void *msg,
                   size_t len);

/*
 * chan_rt_recv: wait for the next message on ep, copy its body into
 * buf[0..cap), store its id in *msg_id and its length in *len.
 * Errors: CHAN_RT_ERR_CLOSED, CHAN_RT_ERR_BAD_HANDLE, CHAN_RT_ERR_TOO_BIG
 * (the message is left queued).
 */
err_t chan_rt_recv(chan_handle_t ep, uint16_t *msg_id, void *buf, size_t cap,
                   size_t *len);

/*
 * chan_rt_call: send message msg_id with body msg[0..len) on ep, then wait
 * for the next message on ep as chan_rt_recv does, in one kernel entry (a
 * request and its reply). *sent says whether the request went (an error
 * with *sent false is the send's, with *sent true the receive's).
 * Errors: those of chan_rt_send and chan_rt_recv.
 */
err_t chan_rt_call(chan_handle_t ep, uint16_t msg_id, const void *msg, size_t len,
                   uint16_t *reply_id, void *buf, size_t cap, size_t *reply_len,
                   bool *sent);

/*
 * chan_rt_wait_any: wait until one of eps[0..count) has a message or has
 * been closed by its peer; store its index in *ready. `eps` must be an
 * array (a trusted macro: count is checked against its length).
 * Errors: CHAN_RT_ERR_BAD_HANDLE (*ready names the bad endpoint),
 * CHAN_RT_ERR_RANGE (count 0, or more than the array holds).
 */
#define chan_rt_wait_any(eps, count, ready) \
    __insula_chan_rt_wait_any((eps), (count), __INSULA_ARRAY_CAPACITY(eps), (ready))
err_t __insula_chan_rt_wait_any(const chan_handle_t *eps, size_t count, size_t capacity,
                                SIP_OUT size_t *ready);

/*
 * chan_rt_text_valid: the decode check of an inline `string[N]` field
 * (contracts/LANGUAGE.md): a NUL within its n bytes, and only NULs after
 * the first, so the text is a C string and the body hides nothing behind
 * it. Generated decoders call it before any handler runs.
 */
static inline bool chan_rt_text_valid(const uint8_t *text, size_t n)
{
    bool ended = false;
    for (size_t i = 0; i < n; i++) {
        if (ended && text[i] != 0)
            return false;
        ended = ended || text[i] == 0;
    }
    return ended;
}

/*
 * chan_rt_contract_is: OK if ep's channel follows contract_id or a contract
 * that extends it; this end then speaks contract_id. In the second case the
 * channel runs contract_id's state machine from then on (versioning:
 * contracts/LANGUAGE.md, "Extension"), so this end is never sent a message
 * it does not know, and the peer's sends that only the extension allows
 * fail with CHAN_RT_ERR_WRONG_CONTRACT. Errors: CHAN_RT_ERR_WRONG_CONTRACT
 * (also: the conversation already went where contract_id cannot follow),
 * CHAN_RT_ERR_BAD_HANDLE.
 */
err_t chan_rt_contract_is(chan_handle_t ep, uint32_t contract_id);

#endif /* INSULA_CHAN_RT_H */
