/*
 * attack-ub — values the optimizer believes are in range, used as indices.
 * The bounds check of `table[i]` is deleted when the compiler can prove
 * `i` in range, and it "proves" it from rules the SIP can break:
 *   bool-pun   a bool read from a union whose byte member holds 200: a bool
 *              loads as 0 or 1, so `table[flag]` (2 entries) needs no
 *              check, and would write 1.6 KiB past the table.
 *   clz-zero   `table[__builtin_clz(x)]` (32 entries) with x == 0: clz is
 *              0..31 for every other x, and bsr leaves its output
 *              undefined for 0 (the index is whatever the register held).
 *   null-array a whole array from new() refused for quota (NULL), written
 *              at (*pa)[2^20]: -fsanitize=null must trap on the base. It
 *              does because the element address is an `inbounds` offset
 *              from pa, which the optimizer folds to `pa != NULL`; under
 *              -fwrapv clang 19 drops `inbounds` and checks only the element
 *              address (1 MiB, not null), so the write would reach low
 *              memory: why the SIPs are not built with -fwrapv.
 * All pass the verifier (unions of plain data and __builtin_clz are in the
 * subset); -fsanitize=bool, -fsanitize=builtin and -fsanitize=null (verifier/SUBSET.md,
 * SIP-RT-UB) check the load and the argument, and the SIP is killed with
 * "check failed: ..." before the access. If a check were missing it exits
 * with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-ub", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef union {
    uint8_t byte;
    bool flag;
} flag_pun_t;

static volatile uint32_t opaque_zero;
static uint64_t pair[2];
static uint64_t by_width[32];
static flag_pun_t pun;

static int bool_pun(void)
{
    pun.byte = (uint8_t)(200 + opaque_zero);
    pair[pun.flag] = 0x4141414141414141u;
    return ATTACK_SURVIVED;
}

static int clz_zero(void)
{
    uint32_t x = opaque_zero;
    print("attack-ub: read %llu\n", (unsigned long long)by_width[__builtin_clz(x)]);
    return ATTACK_SURVIVED;
}

typedef uint8_t huge_row_t[1u << 21];

static int null_array(void)
{
    huge_row_t *pa = new(huge_row_t);
    print("attack-ub: new(huge_row_t) gave %s\n", pa == NULL ? "NULL" : "an object");
    (*pa)[(1u << 20) + opaque_zero] = 0x41;
    return ATTACK_SURVIVED;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("bool-pun")))
        return bool_pun();
    if (str_equal(mode, STR("clz-zero")))
        return clz_zero();
    if (str_equal(mode, STR("null-array")))
        return null_array();
    print("attack-ub: unknown mode '%s'\n", args);
    return 1;
}
