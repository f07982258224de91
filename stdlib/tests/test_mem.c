/*
 * test_mem.c — mem.c's memcpy/memmove/memset/memcmp and string functions.
 *
 * mem.c is SIP-only (a host program has the C library's); this test
 * compiles it under other names (-Dmemcpy=stdlib_test_memcpy ..., see
 * meson.build), so the calls below run the stdlib's code, not libc's.
 */
#include "mem.h"

#include <stdio.h>

static int failures;

#define EXPECT(cond)                                                           \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: EXPECT failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                        \
        }                                                                      \
    } while (0)

static int same(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i])
            return 0;
    }
    return 1;
}

static void test_copy_set(void)
{
    char buf[16] = "abcdefgh";
    EXPECT(memcpy(buf + 8, buf, 8) == buf + 8);
    EXPECT(same(buf, "abcdefghabcdefgh", 16));
    EXPECT(memset(buf, 'z', 3) == buf);
    EXPECT(same(buf, "zzzdefgh", 8));
    memset(buf, 0x1ff, 1);               /* only the low byte counts */
    EXPECT((unsigned char)buf[0] == 0xff);
    EXPECT(memcpy(buf, "q", 0) == buf);  /* zero length: nothing */
    EXPECT((unsigned char)buf[0] == 0xff);
}

static void test_move(void)
{
    char fwd[10] = "0123456789";
    EXPECT(memmove(fwd, fwd + 2, 6) == fwd);        /* dst below src */
    EXPECT(same(fwd, "2345676789", 10));
    char back[10] = "0123456789";
    EXPECT(memmove(back + 2, back, 6) == back + 2);  /* dst above src */
    EXPECT(same(back, "0101234589", 10));
}

static void test_compare(void)
{
    EXPECT(memcmp("abc", "abd", 3) < 0);
    EXPECT(memcmp("abd", "abc", 3) > 0);
    EXPECT(memcmp("abc", "abd", 2) == 0);
    EXPECT(memcmp("\x80", "\x01", 1) > 0);           /* unsigned bytes */
    EXPECT(memcmp("x", "y", 0) == 0);
    EXPECT(strcmp("abc", "abc") == 0);
    EXPECT(strcmp("ab", "abc") < 0);
    EXPECT(strcmp("abc", "ab") > 0);
    EXPECT(strcmp("\xff", "a") > 0);
    EXPECT(strncmp("abcX", "abcY", 3) == 0);
    EXPECT(strncmp("abcX", "abcY", 4) < 0);
    EXPECT(strncmp("a", "a", 100) == 0);             /* stops at the NUL */
}

static void test_lengths(void)
{
    EXPECT(strlen("") == 0);
    EXPECT(strlen("hello") == 5);
    EXPECT(strnlen("hello", 3) == 3);
    EXPECT(strnlen("hi", 10) == 2);
    char unterminated[4] = { 'a', 'b', 'c', 'd' };
    EXPECT(strnlen(unterminated, sizeof(unterminated)) == 4);   /* never reads past max */
}

int main(void)
{
    test_copy_set();
    test_move();
    test_compare();
    test_lengths();
    if (failures > 0) {
        fprintf(stderr, "test_mem: %d check(s) failed\n", failures);
        return 1;
    }
    printf("test_mem: all checks passed\n");
    return 0;
}
