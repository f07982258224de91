/*
 * line.c — the shell's line editor on a raw console: printable characters
 * insert at the cursor; Backspace deletes before it; Ctrl-U clears the
 * line; Ctrl-A / Ctrl-E and the Home / End keys go to its ends; Left and
 * Right move; Up and Down walk the history (the last HISTORY_MAX lines);
 * Ctrl-C abandons the line; Enter ends it. The terminal is redrawn with
 * ANSI sequences (carriage return, erase to end of line, cursor left).
 */
#include "shell.h"

#define HISTORY_MAX 16
#define KEY_CTRL_A 0x01
#define KEY_CTRL_C 0x03
#define KEY_CTRL_E 0x05
#define KEY_BACKSPACE 0x08
#define KEY_CTRL_U 0x15
#define KEY_ESCAPE 0x1b
#define KEY_DELETE 0x7f

static const char prompt[] = "insula> ";

static struct {
    char text[LINE_MAX];
    size_t len;
    size_t cursor;
} line;

/* The history: oldest first; `browse` is the entry shown (count: the new line). */
static struct {
    char text[HISTORY_MAX][LINE_MAX];
    size_t len[HISTORY_MAX];
    size_t count;
    size_t browse;
} history;

static bool after_cr;    /* a '\n' right after a '\r' is the same Enter */

str_t line_text(void)
{
    return str_slice(str_from_array(line.text), 0, line.len).str;
}

/* Shows the prompt and the line, the cursor in its place. */
static void redraw(void)
{
    str_t text = line_text();
    print("\r%s%.*s\x1b[K", prompt, (int)text.len, text.bytes);
    if (line.cursor < line.len)
        print("\x1b[%zuD", line.len - line.cursor);
    console_flush();
}

static void insert(char c)
{
    if (line.len + 1 >= LINE_MAX)
        return;
    for (size_t i = line.len; i > line.cursor; i--)
        line.text[i] = line.text[i - 1];
    line.text[line.cursor] = c;
    line.len++;
    line.cursor++;
}

static void delete_before_cursor(void)
{
    if (line.cursor == 0)
        return;
    for (size_t i = line.cursor; i < line.len; i++)
        line.text[i - 1] = line.text[i];
    line.len--;
    line.cursor--;
}

/* Replaces the line with history entry i (history.count: empty). */
static void show_history(size_t i)
{
    history.browse = i;
    line.len = i < history.count ? history.len[i] : 0;
    for (size_t k = 0; k < line.len; k++)
        line.text[k] = history.text[i][k];
    line.cursor = line.len;
}

static void history_add(void)
{
    if (line.len == 0)
        return;
    if (history.count == HISTORY_MAX) {
        for (size_t i = 1; i < HISTORY_MAX; i++) {
            for (size_t k = 0; k < LINE_MAX; k++)
                history.text[i - 1][k] = history.text[i][k];
            history.len[i - 1] = history.len[i];
        }
        history.count--;
    }
    for (size_t k = 0; k < line.len; k++)
        history.text[history.count][k] = line.text[k];
    history.len[history.count] = line.len;
    history.count++;
}

/* An escape sequence: ESC [ A/B/C/D/H/F (arrows, Home, End), ESC [ 1~/4~. */
static void escape(void)
{
    if (console_getc(CONSOLE_WAIT_FOREVER) != '[')
        return;
    int32_t key = console_getc(CONSOLE_WAIT_FOREVER);
    if (key >= '0' && key <= '9' && console_getc(CONSOLE_WAIT_FOREVER) == '~')
        key = key == '1' || key == '7' ? 'H' : key == '4' || key == '8' ? 'F' : 0;
    if (key == 'A' && history.browse > 0)
        show_history(history.browse - 1);
    else if (key == 'B' && history.browse < history.count)
        show_history(history.browse + 1);
    else if (key == 'C' && line.cursor < line.len)
        line.cursor++;
    else if (key == 'D' && line.cursor > 0)
        line.cursor--;
    else if (key == 'H')
        line.cursor = 0;
    else if (key == 'F')
        line.cursor = line.len;
}

/* Handles one key; true when the line is complete. */
static bool key(int32_t c)
{
    bool cr = after_cr;
    after_cr = c == '\r';
    if (c == '\r' || (c == '\n' && !cr))
        return true;
    if (c == '\n')
        return false;
    if (c == KEY_BACKSPACE || c == KEY_DELETE)
        delete_before_cursor();
    else if (c == KEY_CTRL_U)
        line.len = line.cursor = 0;
    else if (c == KEY_CTRL_A)
        line.cursor = 0;
    else if (c == KEY_CTRL_E)
        line.cursor = line.len;
    else if (c == KEY_CTRL_C) {
        print("^C\n");
        line.len = line.cursor = 0;
    } else if (c == KEY_ESCAPE)
        escape();
    else if (c >= 0x20 && c < 0x7f)
        insert((char)c);
    redraw();
    return false;
}

err_t line_read(void)
{
    line.len = line.cursor = 0;
    history.browse = history.count;
    redraw();
    for (;;) {
        int32_t c = console_getc(CONSOLE_WAIT_FOREVER);
        if (c < 0)
            return c;
        if (key(c))
            break;
    }
    print("\n");
    history_add();
    return OK;
}
