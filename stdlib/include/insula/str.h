/*
 * insula/str.h — bounded string views.
 *
 * A str_t is a view: a pointer to bytes the SIP may read and their length.
 * It owns nothing and is passed and returned by value. The bytes need not be
 * NUL-terminated and may contain NUL. Views come only from the stdlib:
 * STR("literal"), str_from_cstr(), str_from_array(), buf_view()/buf_slice(),
 * sip_args(), and
 * the functions below, which never widen a view; so every view lies inside
 * one object, and every accessor checks its index against the length.
 * SIP code reads a view only through these functions and never writes its
 * members: str_t is SIP_READONLY (verifier/SUBSET.md, SIP-LIB-READONLY), so
 * the verifier refuses a store to a member, a member's address and a braced
 * initializer or compound literal of a view in checked code. A
 * zero-initialized view (a static, new()) reads as the empty view.
 *
 * Errors use the conventions of insula/err.h.
 */
#ifndef INSULA_STDLIB_STR_H
#define INSULA_STDLIB_STR_H

#include "insula/err.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct SIP_READONLY {
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

/*
 * ACSL (proved by `./insula verify --prove`, verifier/README.md): the view
 * invariant, and the bytes a view reads. A view with bytes == NULL reads
 * as empty whatever its len says; no object exceeds PTRDIFF_MAX bytes.
 */
/*@ logic integer str_length(str_t s) = s.bytes == \null ? 0 : s.len;

    predicate str_valid(str_t s) =
      s.bytes == \null ||
      (s.len <= PTRDIFF_MAX && \valid_read(s.bytes + (0 .. s.len - 1)));

    // v reads only bytes that s reads: views never widen.
    predicate str_within(str_t v, str_t s) =
      str_length(v) == 0 ||
      (s.bytes != \null && \base_addr(v.bytes) == \base_addr(s.bytes) &&
       s.bytes <= v.bytes && v.bytes + v.len <= s.bytes + s.len);

    // A view the stdlib made: bytes != NULL.
    predicate str_made(str_t s) = s.bytes != \null && str_valid(s);

    predicate str_same(str_t a, str_t b) =
      str_length(a) == str_length(b) &&
      \forall integer i; 0 <= i < str_length(a) ==> a.bytes[i] == b.bytes[i];

    predicate str_match_at(str_t s, str_t n, integer at) =
      0 <= at && at + str_length(n) <= str_length(s) &&
      \forall integer k; 0 <= k < str_length(n) ==> s.bytes[at + k] == n.bytes[k];

    predicate str_has_byte(str_t s, char c) =
      \exists integer i; 0 <= i < str_length(s) && s.bytes[i] == c;

    // t is s normalized: the same bytes, never NULL.
    predicate str_norm_of(str_t t, str_t s) =
      t.bytes != \null && t.len == str_length(s) &&
      (s.bytes != \null ==> t.bytes == s.bytes);

    // s is NUL-terminated inside its object.
    predicate cstr_valid(char *s) =
      \exists integer n; 0 <= n <= PTRDIFF_MAX &&
        \valid_read(s + (0 .. n)) && s[n] == '\0';

    predicate str_space(char c) = c == ' ' || ('\t' <= c <= '\r');
 */

/* A view of a string literal (only a literal compiles: "" lit ""). */
#define STR(lit) ((str_t){ .bytes = "" lit "", .len = sizeof("" lit "") - 1 })

/* The empty view. */
/*@ assigns \nothing;
    ensures str_made(\result) && \result.len == 0; */
str_t str_empty(void);

/* A view of the NUL-terminated string `s` (without the NUL); NULL gives the
   empty view. `s` must be NUL-terminated inside its object. */
/*@ requires s == \null || cstr_valid((char *)s);
    assigns \nothing;
    ensures str_made(\result);
    ensures s == \null ==> \result.len == 0;
    ensures s != \null ==> \result.bytes == s && s[\result.len] == '\0' &&
      (\forall integer i; 0 <= i < \result.len ==> s[i] != '\0'); */
str_t str_from_cstr(SIP_CSTR SIP_RETAINED const char *s);

/* A view of the char array `a` up to its first NUL, or all of it when it
   holds none: the bounded way to read text kept in a fixed-size array
   (sip_status_t's reason, a name the SIP filled). Only an array compiles,
   so the bound is its real size. */
#define str_from_array(a)                                                      \
    __insula_str_from_array((a), sizeof(a) + 0 * sizeof(char[                 \
        __builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])) ? -1 : 1]))
/*@ requires a != \null && size <= PTRDIFF_MAX && \valid_read(a + (0 .. size - 1));
    assigns \nothing;
    ensures str_made(\result) && \result.bytes == a && \result.len <= size; */
str_t __insula_str_from_array(SIP_RETAINED const char *a, size_t size);

/* A new heap copy of the bytes of `s` followed by a NUL: the way to hand text
   built in a buffer to a C-string parameter (sip_spawn's args). The
   string ends at the first NUL of `s`, if it holds one. NULL when the heap
   is exhausted. The copy is never written again, so it stays a C string
   (SIP-STR-NUL). */
SIP_CSTR const char *str_to_cstr(str_t s);

/* The length in bytes. */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures \result == str_length(s); */
size_t str_len(str_t s);

/* Byte `i` as 0..255. Errors: ERR_RANGE (i >= len). */
/*@ requires str_valid(s);
    assigns \nothing;
    behavior in_range:
      assumes i < str_length(s);
      ensures \result == (unsigned char)s.bytes[i];
    behavior out_of_range:
      assumes i >= str_length(s);
      ensures \result == ERR_RANGE;
    complete behaviors;
    disjoint behaviors; */
int str_at(str_t s, size_t i);

/* The view of `len` bytes from `offset`. Errors: ERR_RANGE (offset + len > s.len). */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures str_made(\result.str) && str_within(\result.str, s);
    behavior inside:
      assumes offset + len <= str_length(s);
      ensures \result.err == OK && \result.str.len == len;
      ensures len > 0 ==> \result.str.bytes == s.bytes + offset;
    behavior outside:
      assumes offset + len > str_length(s);
      ensures \result.err == ERR_RANGE && \result.str.len == 0;
    complete behaviors;
    disjoint behaviors; */
str_result_t str_slice(str_t s, size_t offset, size_t len);

/* Bytewise comparison, shorter-is-less on a common prefix: <0, 0 or >0. */
/*@ requires str_valid(a) && str_valid(b);
    assigns \nothing;
    ensures -1 <= \result <= 1;
    ensures \result == 0 <==> str_same(a, b); */
int str_compare(str_t a, str_t b);

/* true if a and b hold the same bytes. */
/*@ requires str_valid(a) && str_valid(b);
    assigns \nothing;
    ensures \result <==> str_same(a, b); */
bool str_equal(str_t a, str_t b);

/* true if s begins with prefix. */
/*@ requires str_valid(s) && str_valid(prefix);
    assigns \nothing;
    ensures \result <==> str_match_at(s, prefix, 0); */
bool str_starts_with(str_t s, str_t prefix);

/* Index of the first occurrence of needle in s (0 for an empty needle).
   Errors: ERR_NOT_FOUND. */
/*@ requires str_valid(s) && str_valid(needle);
    assigns \nothing;
    ensures \result == ERR_NOT_FOUND || 0 <= \result;
    ensures \result >= 0 ==> str_match_at(s, needle, \result) &&
      (\forall integer j; 0 <= j < \result ==> !str_match_at(s, needle, j));
    ensures \result < 0 ==>
      (\forall integer j; 0 <= j ==> !str_match_at(s, needle, j)); */
int64_t str_find(str_t s, str_t needle);

/* Index of the first byte equal to c. Errors: ERR_NOT_FOUND. */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures \result == ERR_NOT_FOUND || 0 <= \result < str_length(s);
    ensures \result >= 0 ==> s.bytes[\result] == c &&
      (\forall integer j; 0 <= j < \result ==> s.bytes[j] != c);
    ensures \result < 0 <==> !str_has_byte(s, c); */
int64_t str_find_byte(str_t s, char c);

/* s without leading and trailing ASCII white space (space, \t \n \v \f \r). */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures str_made(\result) && str_within(\result, s);
    ensures \result.len > 0 ==>
      !str_space(\result.bytes[0]) && !str_space(\result.bytes[\result.len - 1]); */
str_t str_trim(str_t s);

/*
 * Splits off the next token: skips bytes that are in `seps`, then takes
 * bytes up to the next byte in `seps` (or the end). `rest` starts after that
 * separator. Loop: `t = str_next_token(rest, seps); ... rest = t.rest;`.
 * Errors: ERR_NOT_FOUND (only separators, or nothing, left).
 */
/*@ requires str_valid(s) && str_valid(seps);
    assigns \nothing;
    ensures str_made(\result.token) && str_made(\result.rest);
    ensures \result.err == OK || \result.err == ERR_NOT_FOUND;
    ensures \result.err == OK ==> \result.token.len > 0;
    ensures \result.err == OK ==>
      str_within(\result.token, s) && str_within(\result.rest, s);
    ensures \result.err == OK ==>
      \forall integer i; 0 <= i < \result.token.len ==>
        !str_has_byte(seps, \result.token.bytes[i]);
    ensures \result.err == ERR_NOT_FOUND ==>
      \result.token.len == 0 && \result.rest.len == 0 &&
      (\forall integer i; 0 <= i < str_length(s) ==> str_has_byte(seps, s.bytes[i])); */
str_token_t str_next_token(str_t s, str_t seps);

/*
 * Parses the whole of s as an integer in `base` (2..36; 0 means 10, or 16
 * after "0x"/"0X", or 2 after "0b"/"0B"). One leading '+' or '-' is allowed
 * (u64: '+' only). No white space, no trailing bytes.
 * Errors: ERR_INVALID (bad base, empty, sign or prefix without digits, a byte
 * that is not a digit of the base), ERR_RANGE (the value does not fit).
 */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures \result.err == OK || \result.err == ERR_INVALID || \result.err == ERR_RANGE;
    ensures \result.err != OK ==> \result.value == 0;
    ensures (base == 1 || base > 36 || str_length(s) == 0) ==> \result.err == ERR_INVALID; */
i64_result_t str_parse_i64(str_t s, unsigned base);
/*@ requires str_valid(s);
    assigns \nothing;
    ensures \result.err == OK || \result.err == ERR_INVALID || \result.err == ERR_RANGE;
    ensures \result.err != OK ==> \result.value == 0;
    ensures (base == 1 || base > 36 || str_length(s) == 0) ==> \result.err == ERR_INVALID;
    ensures str_length(s) > 0 && s.bytes[0] == '-' ==> \result.err == ERR_INVALID; */
u64_result_t str_parse_u64(str_t s, unsigned base);

#endif
