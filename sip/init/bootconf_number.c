/*
 * bootconf_number.c — `priority` (a plain number) and `quota` (a number
 * with an optional size suffix: DIGITS [K|M|G], K = 2^10, M = 2^20,
 * G = 2^30), each with its range (see bootconf_internal.h for the
 * conventions of bootconf_take_*).
 */
#include "bootconf_internal.h"

#include <insula/err.h>

static bool number_is_digit(const bootconf_parser_t *p, size_t i)
{
    char c = bootconf_byte(p, p->tok.start + i);
    return c >= '0' && c <= '9';
}

/* How many leading digits the current word has. */
static size_t number_digit_count(const bootconf_parser_t *p)
{
    size_t i = 0;
    while (i < p->tok.length && number_is_digit(p, i))
        i++;
    return i;
}

/* Value of the first `digits` bytes of the current word, saturated at
 * UINT64_MAX. */
static uint64_t number_digits(const bootconf_parser_t *p, size_t digits)
{
    uint64_t value = 0;
    for (size_t i = 0; i < digits; i++) {
        uint64_t digit = (uint64_t)(bootconf_byte(p, p->tok.start + i) - '0');
        if (value > (UINT64_MAX - digit) / 10)
            value = UINT64_MAX;
        else
            value = value * 10 + digit;
    }
    return value;
}

/* The shift of a one-letter size suffix, or -1 when it is not one. */
static int number_suffix_shift(const bootconf_parser_t *p, size_t at)
{
    if (p->tok.length - at != 1)
        return -1;
    switch (bootconf_byte(p, p->tok.start + at)) {
    case 'K': return 10;
    case 'M': return 20;
    case 'G': return 30;
    default: return -1;
    }
}

static void number_suffix_error(bootconf_parser_t *p, size_t at,
                                str_t what, bool allow_suffix)
{
    if (allow_suffix) {
        bootconf_msg_begin(p, STR("bad size suffix "));
        bootconf_msg_bytes(p, p->tok.start + at, p->tok.length - at);
        bootconf_msg_add(p, STR(" in "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, STR(" (expected K, M or G)"));
    } else {
        bootconf_msg_begin(p, what);
        bootconf_msg_add(p, STR(" takes a plain number, found "));
        bootconf_msg_token(p, &p->tok);
    }
    uint32_t column = p->tok.column + (uint32_t)at;
    bootconf_msg_emit(p, BOOTCONF_E_SUFFIX, p->tok.line,
                      column < p->tok.column ? UINT32_MAX : column);
}

static bool number_expected(bootconf_parser_t *p, str_t what)
{
    if (p->tok.kind == TOK_BAD)
        return false;
    bootconf_msg_begin(p, STR("expected a number for "));
    bootconf_msg_add(p, what);
    bootconf_msg_add(p, STR(", found "));
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_emit_at(p, BOOTCONF_E_NUMBER, &p->tok);
    return false;
}

/* Reads DIGITS, or DIGITS followed by K, M or G when allow_suffix (times
 * 2^10, 2^20, 2^30). A value too large for 64 bits saturates at UINT64_MAX
 * so the caller's range check reports it. */
static bool number_take(bootconf_parser_t *p, SIP_OUT uint64_t *value,
                        str_t what, bool allow_suffix)
{
    if (p->tok.kind != TOK_WORD)
        return number_expected(p, what);
    size_t digits = number_digit_count(p);
    if (digits == 0)
        return number_expected(p, what);
    uint64_t n = number_digits(p, digits);
    if (digits < p->tok.length) {
        int shift = allow_suffix ? number_suffix_shift(p, digits) : -1;
        if (shift < 0) {
            number_suffix_error(p, digits, what, allow_suffix);
            return false;
        }
        n = n > (UINT64_MAX >> shift) ? UINT64_MAX : n << shift;
    }
    *value = n;
    bootconf_lex_next(p);
    return true;
}

/* `priority = N`, 0 <= N <= BOOTCONF_PRIORITY_MAX. */
bool bootconf_take_priority(bootconf_parser_t *p, uint8_t *priority)
{
    bootconf_token_copy(&p->number, &p->tok);
    uint64_t n = 0;
    if (!number_take(p, &n, STR("'priority'"), false))
        return false;
    if (n <= BOOTCONF_PRIORITY_MAX) {
        *priority = (uint8_t)n;
        return true;
    }
    bootconf_msg_begin(p, STR("priority "));
    bootconf_msg_token(p, &p->number);
    bootconf_msg_add(p, STR(" is out of range (0.."));
    bootconf_msg_u64(p, BOOTCONF_PRIORITY_MAX);
    bootconf_msg_add(p, STR(")"));
    bootconf_msg_emit_at(p, BOOTCONF_E_RANGE, &p->number);
    return false;
}

/* `quota = SIZE`, BOOTCONF_QUOTA_MIN <= SIZE <= BOOTCONF_QUOTA_MAX. */
bool bootconf_take_quota(bootconf_parser_t *p, uint64_t *quota)
{
    bootconf_token_copy(&p->number, &p->tok);
    uint64_t n = 0;
    if (!number_take(p, &n, STR("'quota'"), true))
        return false;
    if (n >= BOOTCONF_QUOTA_MIN && n <= BOOTCONF_QUOTA_MAX) {
        *quota = n;
        return true;
    }
    bool low = n < BOOTCONF_QUOTA_MIN;
    bootconf_msg_begin(p, STR("quota "));
    bootconf_msg_token(p, &p->number);
    bootconf_msg_add(p, low ? STR(" is below the minimum ") : STR(" is above the maximum "));
    bootconf_msg_size(p, low ? BOOTCONF_QUOTA_MIN : BOOTCONF_QUOTA_MAX);
    bootconf_msg_emit_at(p, BOOTCONF_E_RANGE, &p->number);
    return false;
}
