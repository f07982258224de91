/*
 * test_console.c — console output and print() over the mock ABI: line
 * buffering, formatting, ordering with console_write, error statuses.
 */
#include "check.h"
#include "insula/chan_rt.h"
#include "insula/console.h"
#include "internal.h"
#include "mock_abi.h"

static void test_before_start_up(void)
{
    CHECK_INT(console_write("x", 1), ERR_INVALID);
    CHECK_INT(print("no ABI yet\n"), ERR_INVALID);
    CHECK_INT(console_flush(), OK);   /* the failed line was dropped */
}

static void test_line_buffering(void)
{
    mock_reset();
    CHECK_INT(print("ab"), OK);
    CHECK_INT(mock_console_calls, 0);
    CHECK_INT(print("c%d\n", 7), OK);
    CHECK_INT(mock_console_calls, 1);
    CHECK_BYTES(mock_console, mock_console_len, "abc7\n");
    CHECK_INT(print("one\ntwo\nrest"), OK);
    CHECK_INT(mock_console_calls, 3);
    CHECK_INT(console_flush(), OK);
    CHECK_INT(mock_console_calls, 4);
    CHECK_BYTES(mock_console, mock_console_len, "abc7\none\ntwo\nrest");
    CHECK_INT(console_flush(), OK);
    CHECK_INT(mock_console_calls, 4);   /* nothing left to write */
}

static void test_full_buffer(void)
{
    mock_reset();
    char line[CONSOLE_LINE_MAX + 11];
    memset(line, 'x', sizeof(line) - 1);
    line[sizeof(line) - 1] = '\0';
    CHECK_INT(print("%s", line), OK);
    CHECK_INT(mock_console_calls, 1);
    CHECK_UINT(mock_console_len, CONSOLE_LINE_MAX);
    CHECK_INT(console_flush(), OK);
    CHECK_UINT(mock_console_len, CONSOLE_LINE_MAX + 10);
}

static void test_formats(void)
{
    mock_reset();
    CHECK_INT(print("[%5d|%-4s|%04x|%c|%lld|%s]\n", -42, "ab", 0xbeef, 'z',
                    -9223372036854775807LL - 1, (const char *)NULL), OK);
    CHECK_BYTES(mock_console, mock_console_len,
                "[  -42|ab  |beef|z|-9223372036854775808|(null)]\n");
    CHECK_INT(print(NULL), ERR_INVALID);
}

static void test_write_keeps_order(void)
{
    mock_reset();
    CHECK_INT(print("buffered "), OK);
    CHECK_INT(console_write("direct", 6), OK);
    CHECK_INT(console_write_str(STR(" view")), OK);
    CHECK_INT(console_puts(" line"), OK);
    CHECK_INT(console_puts(NULL), OK);
    CHECK_BYTES(mock_console, mock_console_len, "buffered direct view line\n(null)\n");
    CHECK_INT(console_write(NULL, 1), ERR_INVALID);
    CHECK_INT(console_write(NULL, 0), OK);
}

/* console_write stops at the NUL, whatever length it is given; a view is
   written whole, NULs included. */
static void test_write_stops_at_nul(void)
{
    static const char object[16] = "0123456789abcde";
    static const char with_nul[] = { 'a', 'b', 0, 'c', 'd' };
    mock_reset();
    CHECK_INT(console_write(object, 65535), OK);
    CHECK_BYTES(mock_console, mock_console_len, "0123456789abcde");
    mock_reset();
    CHECK_INT(console_write(object, 4), OK);
    CHECK_BYTES(mock_console, mock_console_len, "0123");
    mock_reset();
    CHECK_INT(console_write_str((str_t){ .bytes = with_nul, .len = 5 }), OK);
    CHECK_UINT(mock_console_len, 5);
}

static void test_large_write_is_split(void)
{
    mock_reset();
    static char big[150 * 1024];
    memset(big, 'b', sizeof(big));
    CHECK_INT(console_write(big, sizeof(big)), OK);
    CHECK_UINT(mock_console_len, sizeof(big));
    CHECK_INT(mock_console_calls, 3);
    CHECK_UINT(mock_console_largest, 64 * 1024);
}

static void test_kernel_errors(void)
{
    mock_reset();
    mock_console_status = ABI_ERR_BAD_ADDRESS;
    CHECK_INT(console_write("x", 1), ERR_BAD_ADDRESS);
    CHECK_INT(print("dropped\n"), ERR_BAD_ADDRESS);
    CHECK_INT(console_puts("dropped"), ERR_BAD_ADDRESS);
    CHECK_INT(print("pending"), OK);
    CHECK_INT(console_flush(), ERR_BAD_ADDRESS);
    mock_console_status = ABI_OK;
    CHECK_INT(print("after\n"), OK);
    CHECK_BYTES(mock_console, mock_console_len, "after\n");
}

static void test_err_names(void)
{
    CHECK(strcmp(err_name(OK), "OK") == 0);
    CHECK(strcmp(err_name(ERR_RANGE), "ERR_RANGE") == 0);
    CHECK(strcmp(err_name(ERR_QUOTA), "ERR_QUOTA") == 0);
    CHECK(strcmp(err_name(-999), "ERR_UNKNOWN") == 0);
    CHECK(strcmp(err_name(ERR_CLOSED), "ERR_CLOSED") == 0);
    CHECK(strcmp(err_name(CHAN_RT_ERR_WRONG_CONTRACT), "ERR_WRONG_CONTRACT") == 0);
    /* Every status of the one list has its own name and number. */
#define CHECK_STATUS_NAME(name, value, text) \
    CHECK(name == value && strcmp(err_name(value), #name) == 0);
    ERROR_LIST(CHECK_STATUS_NAME)
#undef CHECK_STATUS_NAME
}

int main(void)
{
    test_before_start_up();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    test_line_buffering();
    test_full_buffer();
    test_formats();
    test_write_keeps_order();
    test_write_stops_at_nul();
    test_large_write_is_split();
    test_kernel_errors();
    test_err_names();
    mock_reset();
    return check_exit_status("test_console");
}
