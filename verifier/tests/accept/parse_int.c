/*
 * Safe idiom: parsing a decimal number from a str_t with overflow checks;
 * __builtin_mul_overflow writes through &value, a local passed as an
 * out-parameter of an allowed builtin (the pointer dies with the call).
 */
#include <sip/stdlib.h>

enum parse_status { PARSE_OK, PARSE_EMPTY, PARSE_BAD_DIGIT, PARSE_OVERFLOW };

static enum parse_status parse_decimal(const str_t *s, long *out)
{
    long value = 0;
    if (s->len == 0)
        return PARSE_EMPTY;
    for (size_t i = 0; i < s->len; i++) {
        char ch = s->bytes[i];
        if (ch < '0' || ch > '9')
            return PARSE_BAD_DIGIT;
        if (__builtin_mul_overflow(value, 10, &value)
            || __builtin_add_overflow(value, ch - '0', &value))
            return PARSE_OVERFLOW;
    }
    *out = value;
    return PARSE_OK;
}

int sip_main(void)
{
    long *result = new(long);
    if (parse_decimal(S("12345"), result) != PARSE_OK)
        return 1;
    console_print_int(*result);
    return 0;
}
