/*
 * Test stand-in for the public API of the SIP stdlib (stdlib/ comes later).
 * It is passed to sipcheck as a trusted dir, so its own code is not checked;
 * its API follows the subset's rules for the stdlib (SUBSET.md, SIP-LIB-*):
 * no 'void *' in any signature a SIP calls, typed allocation through macros,
 * lengths that travel with their data, internal names in the reserved
 * namespace (__insula_*).
 */
#ifndef INSULA_SIP_STDLIB_H
#define INSULA_SIP_STDLIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Collector-owned, zero-filled memory; never freed by the SIP. */
void *__insula_gc_alloc(size_t size);
void *__insula_gc_alloc_flex(size_t header, size_t elem, size_t n,
                             size_t count_offset);

/* new(T): one zeroed T on the SIP's collected heap. */
#define new(T) ((T *)__insula_gc_alloc(sizeof(T)))
/* new_flex(T, count, array, n): a T whose flexible member `array` has n
 * elements; the allocator writes n into the const member `count`. */
#define new_flex(T, count, array, n)                                          \
    ((T *)__insula_gc_alloc_flex(sizeof(T), sizeof(((T *)0)->array[0]), (n),  \
                                 offsetof(T, count)))

/* Byte buffers and strings carry their length; data[i] is bounds-checked
 * through counted_by. */
typedef struct buf {
    const size_t len;
    uint8_t data[] __attribute__((counted_by(len)));
} buf_t;

typedef struct str {
    const size_t len;
    char bytes[] __attribute__((counted_by(len)));
} str_t;

buf_t *buf_new(size_t len);
buf_t *buf_slice(const buf_t *b, size_t offset, size_t len);
void buf_copy(buf_t *dst, size_t at, const buf_t *src);
str_t *str_from(const char *literal, size_t len);
#define S(lit) str_from((lit), sizeof(lit) - 1)
str_t *str_from_int(long value);
str_t *str_concat(const str_t *a, const str_t *b);
bool str_equal(const str_t *a, const str_t *b);

/* Console (through the ABI table). */
void console_print(const str_t *s);
void console_print_int(long value);

/* Channels: endpoints are opaque; only the stdlib makes them. */
typedef struct endpoint endpoint_t;
endpoint_t *channel_lookup(const str_t *service);
int channel_send(endpoint_t *ep, buf_t *message);
buf_t *channel_receive(endpoint_t *ep);

/* Out-parameters (SUBSET.md, SIP-PTR-OUT): the callee writes through the
 * pointer during the call and keeps nothing. */
#define SIP_OUT __attribute__((annotate("insula_out")))
typedef struct {
    int code;
    long value;
} reply_t;
/* Receives one reply into *out; 0 on success. */
int channel_receive_reply(endpoint_t *ep, SIP_OUT reply_t *out);
/* Parses s into *value; false if it is not a number. */
bool str_parse_long(const str_t *s, SIP_OUT long *value);
/* Swaps *a and *b. */
void swap_longs(SIP_OUT long *a, SIP_OUT long *b);
/* Reads values into *first and the variadic arguments (trusted: a
 * variadic's extra arguments are never SIP_OUT). */
int read_values(SIP_OUT long *first, ...);

/* Entry point every SIP defines. */
int sip_main(void);

#endif
