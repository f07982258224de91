/*
 * test_parse.c — str_parse_i64 / str_parse_u64: bases, signs, prefixes,
 * the exact overflow limits, and every malformed input.
 */
#include "check.h"
#include "insula/str.h"

#include <stdint.h>

#define CHECK_I64(text, base, expected)                                        \
    do {                                                                       \
        i64_result_t r_ = str_parse_i64(STR(text), (base));                   \
        CHECK_INT(r_.err, OK);                                                 \
        CHECK(r_.value == (int64_t)(expected));                                \
    } while (0)

#define CHECK_U64(text, base, expected)                                        \
    do {                                                                       \
        u64_result_t r_ = str_parse_u64(STR(text), (base));                   \
        CHECK_INT(r_.err, OK);                                                 \
        CHECK(r_.value == (uint64_t)(expected));                               \
    } while (0)

#define CHECK_I64_ERR(text, base, error)                                       \
    do {                                                                       \
        i64_result_t r_ = str_parse_i64(STR(text), (base));                   \
        CHECK_INT(r_.err, (error));                                            \
        CHECK_INT(r_.value, 0);                                                \
    } while (0)

#define CHECK_U64_ERR(text, base, error)                                       \
    do {                                                                       \
        u64_result_t r_ = str_parse_u64(STR(text), (base));                   \
        CHECK_INT(r_.err, (error));                                            \
        CHECK_UINT(r_.value, 0);                                               \
    } while (0)

static void test_i64_values(void)
{
    CHECK_I64("0", 10, 0);
    CHECK_I64("-0", 10, 0);
    CHECK_I64("+17", 10, 17);
    CHECK_I64("-17", 10, -17);
    CHECK_I64("007", 10, 7);
    CHECK_I64("9223372036854775807", 10, INT64_MAX);
    CHECK_I64("-9223372036854775808", 10, INT64_MIN);
    CHECK_I64("-8000000000000000", 16, INT64_MIN);
    CHECK_I64("7fffffffffffffff", 16, INT64_MAX);
    CHECK_I64("zz", 36, 35 * 36 + 35);
    CHECK_I64("ZZ", 36, 35 * 36 + 35);
    CHECK_I64("-101", 2, -5);
}

static void test_i64_errors(void)
{
    CHECK_I64_ERR("9223372036854775808", 10, ERR_RANGE);
    CHECK_I64_ERR("-9223372036854775809", 10, ERR_RANGE);
    CHECK_I64_ERR("99999999999999999999999", 10, ERR_RANGE);
    CHECK_I64_ERR("8000000000000000", 16, ERR_RANGE);
    CHECK_I64_ERR("", 10, ERR_INVALID);
    CHECK_I64_ERR("-", 10, ERR_INVALID);
    CHECK_I64_ERR("+", 10, ERR_INVALID);
    CHECK_I64_ERR("--1", 10, ERR_INVALID);
    CHECK_I64_ERR(" 1", 10, ERR_INVALID);
    CHECK_I64_ERR("1 ", 10, ERR_INVALID);
    CHECK_I64_ERR("12a", 10, ERR_INVALID);
    CHECK_I64_ERR("2", 2, ERR_INVALID);
    CHECK_I64_ERR("99999999999999999999x", 10, ERR_INVALID);  /* bad byte wins */
    CHECK_I64_ERR("1", 1, ERR_INVALID);
    CHECK_I64_ERR("1", 37, ERR_INVALID);
    CHECK_I64_ERR("0x10", 16, ERR_INVALID);   /* prefixes only with base 0 */
    str_t forged = { .bytes = NULL, .len = 3 };
    CHECK_INT(str_parse_i64(forged, 10).err, ERR_INVALID);
}

static void test_base_zero(void)
{
    CHECK_I64("0x1F", 0, 31);
    CHECK_I64("-0X10", 0, -16);
    CHECK_I64("0b101", 0, 5);
    CHECK_I64("010", 0, 10);    /* a leading zero is not octal */
    CHECK_I64("0", 0, 0);
    CHECK_I64_ERR("0x", 0, ERR_INVALID);
    CHECK_I64_ERR("-0b", 0, ERR_INVALID);
    CHECK_I64_ERR("0b2", 0, ERR_INVALID);
    CHECK_I64_ERR("0x8000000000000000", 0, ERR_RANGE);
    CHECK_U64("0xffffffffffffffff", 0, UINT64_MAX);
}

static void test_u64(void)
{
    CHECK_U64("18446744073709551615", 10, UINT64_MAX);
    CHECK_U64("+5", 10, 5);
    CHECK_U64("ffffffffffffffff", 16, UINT64_MAX);
    CHECK_U64_ERR("18446744073709551616", 10, ERR_RANGE);
    CHECK_U64_ERR("10000000000000000", 16, ERR_RANGE);
    CHECK_U64_ERR("-1", 10, ERR_INVALID);
    CHECK_U64_ERR("-0", 10, ERR_INVALID);
    CHECK_U64_ERR("", 10, ERR_INVALID);
    CHECK_U64_ERR("+", 10, ERR_INVALID);
    CHECK_U64_ERR("1", 40, ERR_INVALID);
}

int main(void)
{
    test_i64_values();
    test_i64_errors();
    test_base_zero();
    test_u64();
    return check_exit_status("test_parse");
}
