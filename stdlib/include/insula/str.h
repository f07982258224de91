/*
 * insula/str.h — bounded string views.
 *
 * A str_t is a view: a pointer to bytes the SIP may read and their length.
 * It owns nothing and is passed and returned by value. The bytes need not be
 * NUL-terminated and may contain NUL. Views come only from the stdlib:
 * STR("literal"), str_from_cstr(), buf_view()/buf_slice(), sip_args(), and
 * the functions below, which never widen a view; so every view lies inside
 * one object, and every accessor checks its index against the length.
 * SIP code reads a view only through these functions and never writes its
 * members (proposed to the verifier as a rule: members of stdlib types are
 * not written or brace-initialized by checked code).
 *
 * Errors use the conventions of insula/err.h.
 */
#ifndef INSULA_STDLIB_STR_H
#define INSULA_STDLIB_STR_H

#include "insula/err.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *bytes;   /* never NULL: the empty view points at "" */
    size_t len;
} str_t;

/* A view or an error. `str` is the empty view when err != OK. */
typedef struct {
    err_t err;
    str_t str;
} str_result_t;

/* One token and what follows it. Both are empty views when err != OK. */
typedef struct {
    err_t err;
    str_t token;
    str_t rest;
} str_token_t;

typedef struct {
    err_t err;
    int64_t value;       /* 0 when err != OK */
} i64_result_t;

typedef struct {
    err_t err;
    uint64_t value;      /* 0 when err != OK */
} u64_result_t;

/* A view of a string literal (only a literal compiles: "" lit ""). */
#define STR(lit) ((str_t){ .bytes = "" lit "", .len = sizeof("" lit "") - 1 })

/* The empty view. */
str_t str_empty(void);

/* A view of the NUL-terminated string `s` (without the NUL); NULL gives the
   empty view. `s` must be NUL-terminated inside its object. */
str_t str_from_cstr(const char *s);

/* The length in bytes. */
size_t str_len(str_t s);

/* Byte `i` as 0..255. Errors: ERR_RANGE (i >= len). */
int str_at(str_t s, size_t i);

/* The view of `len` bytes from `offset`. Errors: ERR_RANGE (offset + len > s.len). */
str_result_t str_slice(str_t s, size_t offset, size_t len);

/* Bytewise comparison, shorter-is-less on a common prefix: <0, 0 or >0. */
int str_compare(str_t a, str_t b);

/* true if a and b hold the same bytes. */
bool str_equal(str_t a, str_t b);

/* true if s begins with prefix. */
bool str_starts_with(str_t s, str_t prefix);

/* Index of the first occurrence of needle in s (0 for an empty needle).
   Errors: ERR_NOT_FOUND. */
int64_t str_find(str_t s, str_t needle);

/* Index of the first byte equal to c. Errors: ERR_NOT_FOUND. */
int64_t str_find_byte(str_t s, char c);

/* s without leading and trailing ASCII white space (space, \t \n \v \f \r). */
str_t str_trim(str_t s);

/*
 * Splits off the next token: skips bytes that are in `seps`, then takes
 * bytes up to the next byte in `seps` (or the end). `rest` starts after that
 * separator. Loop: `t = str_next_token(rest, seps); ... rest = t.rest;`.
 * Errors: ERR_NOT_FOUND (only separators, or nothing, left).
 */
str_token_t str_next_token(str_t s, str_t seps);

/*
 * Parses the whole of s as an integer in `base` (2..36; 0 means 10, or 16
 * after "0x"/"0X", or 2 after "0b"/"0B"). One leading '+' or '-' is allowed
 * (u64: '+' only). No white space, no trailing bytes.
 * Errors: ERR_INVALID (bad base, empty, sign or prefix without digits, a byte
 * that is not a digit of the base), ERR_RANGE (the value does not fit).
 */
i64_result_t str_parse_i64(str_t s, unsigned base);
u64_result_t str_parse_u64(str_t s, unsigned base);

#endif
