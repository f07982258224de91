/*
 * test_str.c — str_t views: construction, bounds of every accessor,
 * comparison, search, trimming and tokens.
 */
#include "check.h"
#include "insula/str.h"

#include <stdint.h>

static void test_construction(void)
{
    str_t s = STR("hello");
    CHECK_UINT(str_len(s), 5);
    CHECK_STR(s, "hello");
    CHECK_UINT(str_len(STR("")), 0);
    CHECK_STR(str_from_cstr("abc"), "abc");
    str_t none = str_from_cstr(NULL);
    CHECK(none.bytes != NULL);
    CHECK_UINT(none.len, 0);
    CHECK_UINT(str_len(str_empty()), 0);
    str_t zeroed = { 0 };   /* a view nobody made: read as empty */
    CHECK_UINT(str_len(zeroed), 0);
    CHECK_INT(str_at(zeroed, 0), ERR_RANGE);
    CHECK(str_equal(zeroed, str_empty()));
}

/* str_from_array: up to the first NUL, or the whole array. */
static void test_from_array(void)
{
    char full[4] = { 'a', 'b', 'c', 'd' };
    CHECK_STR(str_from_array(full), "abcd");
    char part[8] = "xy";
    CHECK_STR(str_from_array(part), "xy");
    CHECK(str_from_array(part).bytes == part);
    char empty[3] = { 0 };
    CHECK_UINT(str_len(str_from_array(empty)), 0);
}

static void test_at(void)
{
    str_t s = STR("a\xff");
    CHECK_INT(str_at(s, 0), 'a');
    CHECK_INT(str_at(s, 1), 0xff);
    CHECK_INT(str_at(s, 2), ERR_RANGE);
    CHECK_INT(str_at(s, SIZE_MAX), ERR_RANGE);
    CHECK_INT(str_at(str_empty(), 0), ERR_RANGE);
}

static void test_slice(void)
{
    str_t s = STR("abcdef");
    str_result_t r = str_slice(s, 1, 3);
    CHECK_INT(r.err, OK);
    CHECK_STR(r.str, "bcd");
    r = str_slice(s, 6, 0);
    CHECK_INT(r.err, OK);
    CHECK_UINT(r.str.len, 0);
    r = str_slice(s, 7, 0);
    CHECK_INT(r.err, ERR_RANGE);
    CHECK_UINT(r.str.len, 0);
    CHECK_INT(str_slice(s, 2, 5).err, ERR_RANGE);
    CHECK_INT(str_slice(s, 1, SIZE_MAX).err, ERR_RANGE);   /* offset + len wraps */
    CHECK_INT(str_slice(s, SIZE_MAX, 2).err, ERR_RANGE);
}

static void test_compare(void)
{
    CHECK_INT(str_compare(STR("abc"), STR("abc")), 0);
    CHECK_INT(str_compare(STR("abc"), STR("abd")), -1);
    CHECK_INT(str_compare(STR("abd"), STR("abc")), 1);
    CHECK_INT(str_compare(STR("ab"), STR("abc")), -1);
    CHECK_INT(str_compare(STR("abc"), STR("ab")), 1);
    CHECK_INT(str_compare(STR("\xff"), STR("a")), 1);   /* bytes are unsigned */
    CHECK_INT(str_compare(STR(""), STR("")), 0);
    CHECK(str_equal(STR("x\0y"), STR("x\0y")));
    CHECK(!str_equal(STR("x\0y"), STR("x\0z")));
    CHECK(!str_equal(STR("ab"), STR("abc")));
    CHECK(str_starts_with(STR("abc"), STR("ab")));
    CHECK(str_starts_with(STR("abc"), STR("")));
    CHECK(!str_starts_with(STR("ab"), STR("abc")));
    CHECK(!str_starts_with(STR("abc"), STR("b")));
}

static void test_find(void)
{
    str_t s = STR("one two two");
    CHECK_INT(str_find(s, STR("two")), 4);
    CHECK_INT(str_find(s, STR("one")), 0);
    CHECK_INT(str_find(s, STR("wo")), 5);
    CHECK_INT(str_find(s, STR("")), 0);
    CHECK_INT(str_find(s, STR("three")), ERR_NOT_FOUND);
    CHECK_INT(str_find(STR("ab"), STR("abc")), ERR_NOT_FOUND);
    CHECK_INT(str_find(str_empty(), STR("")), 0);
    CHECK_INT(str_find_byte(s, 't'), 4);
    CHECK_INT(str_find_byte(s, 'z'), ERR_NOT_FOUND);
    CHECK_INT(str_find_byte(str_empty(), 'a'), ERR_NOT_FOUND);
}

static void test_trim(void)
{
    CHECK_STR(str_trim(STR(" \t x y \r\n")), "x y");
    CHECK_STR(str_trim(STR("x")), "x");
    CHECK_UINT(str_trim(STR(" \n\v\f ")).len, 0);
    CHECK_UINT(str_trim(str_empty()).len, 0);
}

static void test_tokens(void)
{
    const char *expected[] = { "ls", "-l", "/tmp" };
    str_t rest = STR("  ls -l\t/tmp  ");
    int n = 0;
    for (;;) {
        str_token_t t = str_next_token(rest, STR(" \t"));
        if (t.err != OK) {
            CHECK_INT(t.err, ERR_NOT_FOUND);
            CHECK_UINT(t.token.len, 0);
            break;
        }
        CHECK(n < 3);
        if (n < 3)
            CHECK_STR(t.token, expected[n]);
        n++;
        rest = t.rest;
    }
    CHECK_INT(n, 3);
    str_token_t t = str_next_token(STR("a,b"), STR(","));
    CHECK_STR(t.token, "a");
    CHECK_STR(t.rest, "b");
    t = str_next_token(STR("last"), STR(","));
    CHECK_STR(t.token, "last");
    CHECK_UINT(t.rest.len, 0);
    CHECK_INT(str_next_token(STR(",,,"), STR(",")).err, ERR_NOT_FOUND);
    CHECK_INT(str_next_token(str_empty(), STR(",")).err, ERR_NOT_FOUND);
    t = str_next_token(STR("a b"), str_empty());   /* no separators: one token */
    CHECK_STR(t.token, "a b");
}

int main(void)
{
    test_construction();
    test_from_array();
    test_at();
    test_slice();
    test_compare();
    test_find();
    test_trim();
    test_tokens();
    return check_exit_status("test_str");
}
