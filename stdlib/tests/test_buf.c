/*
 * test_buf.c — buf_t: every accessor's bounds, all-or-nothing appends,
 * copies (also overlapping), views, formatting, NULL and damaged buffers.
 */
#include "check.h"
#include "insula/buf.h"
#include "insula/heap.h"
#include "internal.h"
#include "mock_abi.h"

static buf_t *buf_filled(size_t cap, const char *text)
{
    buf_t *b = buf_new(cap);
    CHECK(b != NULL);
    CHECK_INT(buf_append(b, str_from_cstr(text)), OK);
    return b;
}

static void test_new(void)
{
    buf_t *b = buf_new(8);
    CHECK(b != NULL);
    CHECK_UINT(buf_cap(b), 8);
    CHECK_UINT(buf_len(b), 0);
    for (size_t i = 0; i < 8; i++)
        CHECK_INT(b->data[i], 0);
    buf_t *empty = buf_new(0);
    CHECK(empty != NULL);
    CHECK_INT(buf_append_byte(empty, 1), ERR_RANGE);
    CHECK(buf_new(SIZE_MAX) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
}

static void test_get_set(void)
{
    buf_t *b = buf_filled(4, "ab");
    CHECK_INT(buf_get(b, 0), 'a');
    CHECK_INT(buf_get(b, 1), 'b');
    CHECK_INT(buf_get(b, 2), ERR_RANGE);     /* inside cap, past len */
    CHECK_INT(buf_get(b, SIZE_MAX), ERR_RANGE);
    CHECK_INT(buf_set(b, 1, 0xff), OK);
    CHECK_INT(buf_get(b, 1), 0xff);
    CHECK_INT(buf_set(b, 2, 'x'), ERR_RANGE);
    CHECK_INT(b->data[2], 0);                /* the refused set wrote nothing */
}

static void test_append(void)
{
    buf_t *b = buf_new(5);
    CHECK_INT(buf_append(b, STR("abc")), OK);
    CHECK_INT(buf_append(b, STR("def")), ERR_RANGE);
    CHECK_STR(buf_view(b), "abc");           /* nothing of "def" went in */
    CHECK_INT(buf_append(b, STR("de")), OK);
    CHECK_INT(buf_append_byte(b, 'f'), ERR_RANGE);
    CHECK_INT(buf_append(b, str_empty()), OK);
    CHECK_STR(buf_view(b), "abcde");
}

static void test_copy(void)
{
    buf_t *b = buf_filled(8, "abcd");
    CHECK_INT(buf_copy(b, 2, STR("XYZ")), OK);
    CHECK_STR(buf_view(b), "abXYZ");
    CHECK_INT(buf_copy(b, 6, STR("q")), ERR_RANGE);    /* would leave a hole */
    CHECK_INT(buf_copy(b, 5, STR("1234")), ERR_RANGE); /* past cap */
    CHECK_INT(buf_copy(b, SIZE_MAX, STR("1")), ERR_RANGE);
    CHECK_STR(buf_view(b), "abXYZ");
    CHECK_INT(buf_copy(b, 1, buf_view(b)), OK);        /* overlapping, forwards */
    CHECK_STR(buf_view(b), "aabXYZ");
    CHECK_INT(buf_copy(b, 0, buf_slice(b, 2, 3).str), OK);   /* backwards */
    CHECK_STR(buf_view(b), "bXYXYZ");
    buf_t *dst = buf_new(3);
    CHECK_INT(buf_copy(dst, 0, buf_view(b)), ERR_RANGE);
    CHECK_UINT(buf_len(dst), 0);
}

static void test_truncate_view_slice(void)
{
    buf_t *b = buf_filled(8, "hello");
    CHECK_INT(buf_truncate(b, 6), ERR_RANGE);
    CHECK_INT(buf_truncate(b, 4), OK);
    CHECK_STR(buf_view(b), "hell");
    str_result_t r = buf_slice(b, 1, 3);
    CHECK_INT(r.err, OK);
    CHECK_STR(r.str, "ell");
    CHECK_INT(buf_slice(b, 2, 3).err, ERR_RANGE);       /* past len, inside cap */
    CHECK_INT(buf_slice(b, 5, 0).err, ERR_RANGE);
    CHECK_INT(buf_truncate(b, 0), OK);
    CHECK_UINT(buf_view(b).len, 0);
}

static void test_format(void)
{
    buf_t *b = buf_new(16);
    CHECK_INT(buf_format(b, "%s=%d", "x", 42), OK);
    CHECK_STR(buf_view(b), "x=42");
    CHECK_INT(buf_format(b, ",%08x", 0xdeadu), OK);
    CHECK_STR(buf_view(b), "x=42,0000dead");
    CHECK_INT(buf_format(b, "%s", "toolong"), ERR_RANGE);
    CHECK_STR(buf_view(b), "x=42,0000dead");   /* all or nothing */
    CHECK_INT(buf_format(b, "abc"), OK);      /* exactly fills cap */
    CHECK_UINT(buf_len(b), 16);
    CHECK_INT(buf_format(b, "%s", ""), OK);
    CHECK_INT(buf_format(b, "!"), ERR_RANGE);
    CHECK_INT(buf_format(b, NULL), ERR_INVALID);
}

static void test_null_and_corrupt(void)
{
    CHECK_UINT(buf_len(NULL), 0);
    CHECK_UINT(buf_cap(NULL), 0);
    CHECK_INT(buf_get(NULL, 0), ERR_INVALID);
    CHECK_INT(buf_set(NULL, 0, 1), ERR_INVALID);
    CHECK_INT(buf_append(NULL, STR("a")), ERR_INVALID);
    CHECK_INT(buf_append_byte(NULL, 1), ERR_INVALID);
    CHECK_INT(buf_copy(NULL, 0, STR("a")), ERR_INVALID);
    CHECK_INT(buf_truncate(NULL, 0), ERR_INVALID);
    CHECK_INT(buf_slice(NULL, 0, 0).err, ERR_INVALID);
    CHECK_INT(buf_format(NULL, "x"), ERR_INVALID);
    CHECK_UINT(buf_view(NULL).len, 0);

    buf_t *b = buf_filled(4, "ab");
    *(size_t *)&b->len = 99;    /* damage: len > cap */
    CHECK_INT(buf_get(b, 3), ERR_CORRUPT);
    CHECK_INT(buf_set(b, 3, 1), ERR_CORRUPT);
    CHECK_INT(buf_append(b, STR("a")), ERR_CORRUPT);
    CHECK_INT(buf_append_byte(b, 1), ERR_CORRUPT);
    CHECK_INT(buf_copy(b, 0, STR("a")), ERR_CORRUPT);
    CHECK_INT(buf_truncate(b, 0), ERR_CORRUPT);
    CHECK_INT(buf_slice(b, 0, 1).err, ERR_CORRUPT);
    CHECK_INT(buf_format(b, "x"), ERR_CORRUPT);
    CHECK_UINT(buf_view(b).len, 0);
    CHECK_UINT(buf_len(b), 0);
}

int main(void)
{
    mock_reset();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    __insula_heap_reset();
    test_new();
    test_get_set();
    test_append();
    test_copy();
    test_truncate_view_slice();
    test_format();
    test_null_and_corrupt();
    mock_reset();
    return check_exit_status("test_buf");
}
