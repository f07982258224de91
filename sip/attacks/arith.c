/*
 * attack-arith — undefined arithmetic that an optimizer may turn into an
 * unchecked access (a bounds check folded away after a wrapped index, a
 * shift that "cannot" exceed 63). Each is computed from run-time values;
 * -fsanitize=integer-divide-by-zero,signed-integer-overflow,shift trap.
 *
 * Modes (args) and the kernel's kill reason "check failed: X at image+...":
 *   div-zero       x / 0                    division overflow or by zero
 *   rem-zero       x % 0                    division overflow or by zero
 *   div-overflow   INT64_MIN / -1           division overflow or by zero
 *   shift-wide     1 << 70 (past the width) shift out of bounds
 *   shift-negative 1 << -1                  shift out of bounds
 *   add-overflow   INT64_MAX + 1            integer overflow (addition)
 *   sub-overflow   INT64_MIN - 1            integer overflow (subtraction)
 *   mul-overflow   2^40 * 2^40              integer overflow (multiplication)
 *   neg-overflow   -INT64_MIN               integer overflow (negation)
 * If a check were missing it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

#include <limits.h>

SIP_MANIFEST("attack-arith", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

static volatile int64_t opaque_zero;

static int64_t at_run_time(int64_t n)
{
    return n + opaque_zero;
}

static int survived(int64_t result)
{
    print("attack-arith: computed %lld\n", (long long)result);
    return ATTACK_SURVIVED;
}

static int64_t shift_left(int64_t value, int64_t by)
{
    return value << by;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("div-zero")))
        return survived(at_run_time(7) / at_run_time(0));
    if (str_equal(mode, STR("rem-zero")))
        return survived(at_run_time(7) % at_run_time(0));
    if (str_equal(mode, STR("div-overflow")))
        return survived(at_run_time(INT64_MIN) / at_run_time(-1));
    if (str_equal(mode, STR("shift-wide")))
        return survived(shift_left(at_run_time(1), at_run_time(70)));
    if (str_equal(mode, STR("shift-negative")))
        return survived(shift_left(at_run_time(1), at_run_time(-1)));
    if (str_equal(mode, STR("add-overflow")))
        return survived(at_run_time(INT64_MAX) + at_run_time(1));
    if (str_equal(mode, STR("sub-overflow")))
        return survived(at_run_time(INT64_MIN) - at_run_time(1));
    if (str_equal(mode, STR("mul-overflow")))
        return survived(at_run_time(1ll << 40) * at_run_time(1ll << 40));
    if (str_equal(mode, STR("neg-overflow")))
        return survived(-at_run_time(INT64_MIN));
    print("attack-arith: unknown mode '%s'\n", args);
    return 1;
}
