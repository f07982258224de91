/*
 * str_parse.c — integers from string views, with overflow checks.
 *
 * Grammar: [sign] [prefix] digit+, where the prefix ("0x", "0b") is only
 * recognized with base 0. Every byte must be consumed. A byte that is not a
 * digit is reported as ERR_INVALID even when the digits before it have
 * already overflowed (ERR_RANGE only for well-formed numbers).
 */
#include "insula/str.h"

typedef struct {
    bool negative;
    unsigned base;
    size_t digits;    /* index of the first digit */
} number_head_t;

/* 0..35 for 0-9, a-z, A-Z; 36 (not a digit of any base) otherwise. */
/*@ assigns \nothing;
    ensures \result <= 36;
    ensures '0' <= c <= '9' ==> \result == c - '0'; */
static unsigned parse_digit(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a') + 10;
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A') + 10;
    return 36;
}

/* Reads the sign and, for base 0, the prefix. */
/*@ requires str_made(s);
    requires base == 0 || 2 <= base <= 36;
    assigns \nothing;
    ensures \result.digits <= s.len;
    ensures 2 <= \result.base <= 36;
    ensures s.len == 0 ==> \result.digits == 0;
    ensures \result.negative <==> (s.len > 0 && s.bytes[0] == '-'); */
static number_head_t parse_head(str_t s, unsigned base)
{
    number_head_t head = { .negative = false, .base = base, .digits = 0 };
    if (s.len > 0 && (s.bytes[0] == '+' || s.bytes[0] == '-')) {
        head.negative = s.bytes[0] == '-';
        head.digits = 1;
    }
    if (base != 0)
        return head;
    head.base = 10;
    if (s.len - head.digits >= 2 && s.bytes[head.digits] == '0') {
        char p = s.bytes[head.digits + 1];
        if (p == 'x' || p == 'X')
            head.base = 16;
        else if (p == 'b' || p == 'B')
            head.base = 2;
        if (head.base != 10)
            head.digits += 2;
    }
    return head;
}

/* Accumulates the digits from head.digits to the end, up to `limit`. */
/*@ requires str_made(s);
    requires head.digits <= s.len && 2 <= head.base <= 36;
    requires limit >= 36;
    assigns \nothing;
    ensures \result.err == OK || \result.err == ERR_INVALID || \result.err == ERR_RANGE;
    ensures \result.err != OK ==> \result.value == 0;
    ensures \result.err == OK ==> \result.value <= limit;
    ensures head.digits == s.len ==> \result.err == ERR_INVALID; */
static u64_result_t parse_magnitude(str_t s, number_head_t head, uint64_t limit)
{
    if (head.digits == s.len)
        return (u64_result_t){ .err = ERR_INVALID, .value = 0 };
    uint64_t value = 0;
    bool overflow = false;
    /*@ loop invariant head.digits <= i <= s.len;
        loop invariant value <= limit;
        loop assigns i, value, overflow;
        loop variant s.len - i; */
    for (size_t i = head.digits; i < s.len; i++) {
        unsigned d = parse_digit(s.bytes[i]);
        if (d >= head.base)
            return (u64_result_t){ .err = ERR_INVALID, .value = 0 };
        if (overflow || value > (limit - d) / head.base)
            overflow = true;
        else {
            /*@ assert value * head.base <= limit - d; */
            value = value * head.base + d;
        }
    }
    if (overflow)
        return (u64_result_t){ .err = ERR_RANGE, .value = 0 };
    return (u64_result_t){ .err = OK, .value = value };
}

/*@ assigns \nothing;
    ensures \result <==> (base == 0 || 2 <= base <= 36); */
static bool parse_base_valid(unsigned base)
{
    return base == 0 || (base >= 2 && base <= 36);
}

u64_result_t str_parse_u64(str_t s, unsigned base)
{
    if (s.bytes == NULL || !parse_base_valid(base))
        return (u64_result_t){ .err = ERR_INVALID, .value = 0 };
    number_head_t head = parse_head(s, base);
    if (head.negative)
        return (u64_result_t){ .err = ERR_INVALID, .value = 0 };
    return parse_magnitude(s, head, UINT64_MAX);
}

i64_result_t str_parse_i64(str_t s, unsigned base)
{
    if (s.bytes == NULL || !parse_base_valid(base))
        return (i64_result_t){ .err = ERR_INVALID, .value = 0 };
    number_head_t head = parse_head(s, base);
    uint64_t limit = head.negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    u64_result_t m = parse_magnitude(s, head, limit);
    if (m.err != OK)
        return (i64_result_t){ .err = m.err, .value = 0 };
    if (!head.negative)
        return (i64_result_t){ .err = OK, .value = (int64_t)m.value };
    /* -(m - 1) - 1 stays inside int64_t even for m == 2^63. */
    int64_t value = m.value == 0 ? 0 : -(int64_t)(m.value - 1) - 1;
    return (i64_result_t){ .err = OK, .value = value };
}
