/*
 * Attempt: declare a parameter as an array (`uint8_t key[16]`) and index
 * it past its end. C adjusts the parameter to a plain pointer, so the
 * compiler's bounds check never sees a length: key[4096] reads and writes
 * whatever lies after the caller's object (the stdlib's private data, in
 * phys mode another SIP's). Every place such a declarator can hide: a
 * definition, `p[]`, `p[static 4]`, a two-dimensional `m[4][4]` (a pointer
 * to rows), a typedef'd array type, a declaration, an unnamed parameter,
 * a function pointer type (in a typedef, a member, a cast, sizeof), and a
 * K&R definition.
 * Without SIP-PTR-ARRAY-PARAM: every index below is unchecked.
 */
// expect: SIP-PTR-ARRAY-PARAM 36
// expect: SIP-PTR-INDEX 38
// expect: SIP-PTR-ARRAY-PARAM 41
// expect: SIP-PTR-INDEX 43
// expect: SIP-PTR-ARRAY-PARAM 46
// expect: SIP-PTR-INDEX 48
// expect: SIP-PTR-ARRAY-PARAM 51
// expect: SIP-PTR-INDEX 53
// expect: SIP-PTR-ARRAY-PARAM 56
// expect: SIP-PTR-INDEX 58
// expect: SIP-PTR-ARRAY-PARAM 61
// expect: SIP-PTR-ARRAY-PARAM 62
// expect: SIP-PTR-ARRAY-PARAM 64
// expect: SIP-PTR-ARRAY-PARAM 67
// expect: SIP-DECL-KR 70
// expect: SIP-PTR-ARRAY-PARAM 71
// expect: SIP-PTR-INDEX 73
// expect: SIP-PTR-ARRAY-PARAM 79
// expect: SIP-PTR-ARRAY-PARAM 80
#include <sip/stdlib.h>

typedef uint8_t block_t[16];

static int read_key(uint8_t key[16], size_t i)
{
    return key[i];
}

static void clear_tail(uint8_t tail[], size_t n)
{
    tail[n] = 0;
}

static int at_least_four(const uint8_t p[static 4], size_t i)
{
    return p[i];
}

static int trace(int m[4][4], size_t row)
{
    return m[row][0];
}

static void write_block(block_t b, size_t i)
{
    b[i] = 0x41;
}

int declared(uint8_t key[16]);
int unnamed(uint8_t[16]);

typedef int (*reader_t)(uint8_t key[16], size_t i);

struct ops {
    int (*op)(int v[2]);
};

long first(p)
    long p[4];
{
    return p[4096];
}

int sip_main(void)
{
    static uint8_t key[16];
    reader_t r = (int (*)(uint8_t k[16], size_t))read_key;
    return read_key(key, 4096) + r(key, 1) + (int)sizeof(int (*)(char c[4]))
        + at_least_four(key, 64) + trace(0, 9) + declared(key) + unnamed(key)
        + (clear_tail(key, 100), 0) + (write_block(key, 99), 0);
}
