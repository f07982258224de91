/*
 * bootconf_value.c — turning the current token(s) into a value: words,
 * names and strings (numbers: bootconf_number.c; restart and caps:
 * bootconf_keyword.c).
 *
 * Each bootconf_take_* reads the current token; on success it stores the
 * value and advances past it; on failure it reports one error (or none, when
 * the token is TOK_BAD, which the lexer has reported) and returns false
 * without leaving the current line. The caller then skips the line.
 */
#include "bootconf_internal.h"

static str_t word_spelling(bootconf_word_t word)
{
    switch (word) {
    case WORD_SIP: return STR("sip");
    case WORD_ALLOW: return STR("allow");
    case WORD_PUBLISH: return STR("publish");
    case WORD_BIND: return STR("bind");
    case WORD_NO: return STR("no");
    case WORD_ON_FAILURE: return STR("on-failure");
    case WORD_SPAWN: return STR("spawn");
    case WORD_BOOT_CONFIG: return STR("boot-config");
    case WORD_CONSOLE_INPUT: return STR("console-input");
    case WORD_INSPECT: return STR("inspect");
    case WORD_POWER: return STR("power");
    case WORD_MODULE_READ: return STR("module-read");
    case WORD_IMAGE: return STR("image");
    case WORD_ARGS: return STR("args");
    case WORD_PRIORITY: return STR("priority");
    case WORD_QUOTA: return STR("quota");
    case WORD_CAPS: return STR("caps");
    case WORD_RESTART: return STR("restart");
    case WORD_DMA: return STR("dma");
    case WORD_PCI: return STR("pci");
    case WORD_PORTS: return STR("ports");
    case WORD_IRQS: return STR("irqs");
    case WORD_KILL_AFTER: return STR("kill-after");
    case WORD_SPACE: return STR("space");
    case WORD_OWN: return STR("own");
    case WORD_SHARED: return STR("shared");
    case WORD_RING3: return STR("ring3");
    case WORD__COUNT: break;
    }
    return str_empty();
}

bool bootconf_word_is(const bootconf_parser_t *p, const bootconf_token_t *tok,
                      bootconf_word_t word)
{
    if (tok->kind != TOK_WORD)
        return false;
    str_result_t bytes = str_slice(p->text, tok->start, tok->length);
    return bytes.err == OK && str_equal(bytes.str, word_spelling(word));
}

static bool name_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/* Reports why the word at p->tok is not a name; false when it is one. */
static bool name_invalid(bootconf_parser_t *p)
{
    const bootconf_token_t *tok = &p->tok;
    for (size_t i = 0; i < tok->length; i++) {
        if (name_char_ok(bootconf_byte(p, tok->start + i)))
            continue;
        bootconf_msg_begin(p, STR("invalid character "));
        bootconf_msg_bytes(p, tok->start + i, 1);
        bootconf_msg_add(p, STR(" in name "));
        bootconf_msg_token(p, tok);
        bootconf_msg_add(p, STR(" (names use a-z, 0-9, '_' and '-')"));
        uint32_t column = tok->column + (uint32_t)i;
        bootconf_msg_emit(p, BOOTCONF_E_NAME, tok->line,
                          column < tok->column ? UINT32_MAX : column);
        return true;
    }
    if (tok->length <= BOOTCONF_NAME_MAX)
        return false;
    bootconf_msg_begin(p, STR("name "));
    bootconf_msg_token(p, tok);
    bootconf_msg_add(p, STR(" is longer than "));
    bootconf_msg_u64(p, BOOTCONF_NAME_MAX);
    bootconf_msg_add(p, STR(" characters"));
    bootconf_msg_emit_at(p, BOOTCONF_E_NAME, tok);
    return true;
}

/* The current token is a word; leaves it in p->value when it is a valid
 * name. Advances past the word either way. */
bool bootconf_take_name(bootconf_parser_t *p)
{
    bool ok = !name_invalid(p);
    if (ok) {
        size_t n = 0;
        for (; n < p->tok.length && n < BOOTCONF_NAME_MAX; n++)
            p->value[n] = bootconf_byte(p, p->tok.start + n);
        p->value[n] = '\0';
        p->value_length = n;
    }
    bootconf_lex_next(p);
    return ok;
}

/* Bytes a string token stands for once \" and \\ are unescaped. */
static size_t string_decoded_length(const bootconf_parser_t *p)
{
    size_t n = 0;
    for (size_t i = 0; i < p->tok.length; i++, n++) {
        if (bootconf_byte(p, p->tok.start + i) == '\\')
            i++;
    }
    return n;
}

/* Unescapes the current string token into p->value (it fits). */
static void string_decode(bootconf_parser_t *p)
{
    size_t n = 0;
    for (size_t i = 0; i < p->tok.length && n < BOOTCONF_ARGS_MAX; i++) {
        if (bootconf_byte(p, p->tok.start + i) == '\\')
            i++;
        p->value[n++] = bootconf_byte(p, p->tok.start + i);
    }
    p->value[n] = '\0';
    p->value_length = n;
}

/* Checks the current token against a string value called `what` (e.g.
 * "'image'") of at most `max` bytes; false after reporting otherwise. */
static bool string_check(bootconf_parser_t *p, size_t max, str_t what,
                         bool allow_empty)
{
    if (p->tok.kind == TOK_BAD)
        return false;
    if (p->tok.kind != TOK_STRING) {
        bootconf_msg_begin(p, STR("expected a quoted string for "));
        bootconf_msg_add(p, what);
        bootconf_msg_add(p, STR(", found "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_emit_at(p, BOOTCONF_E_SYNTAX, &p->tok);
        return false;
    }
    size_t length = string_decoded_length(p);
    if (length == 0 && !allow_empty) {
        bootconf_msg_begin(p, what);
        bootconf_msg_add(p, STR(" must not be empty"));
        bootconf_msg_emit_at(p, BOOTCONF_E_EMPTY, &p->tok);
        return false;
    }
    if (length <= max)
        return true;
    bootconf_msg_begin(p, what);
    bootconf_msg_add(p, STR(" is "));
    bootconf_msg_u64(p, length);
    bootconf_msg_add(p, STR(" bytes long (limit "));
    bootconf_msg_u64(p, max);
    bootconf_msg_add(p, STR(")"));
    bootconf_msg_emit_at(p, BOOTCONF_E_TOO_LONG, &p->tok);
    return false;
}

/* Leaves the current string token, unescaped, in p->value; max is at most
 * BOOTCONF_ARGS_MAX. */
bool bootconf_take_string(bootconf_parser_t *p, size_t max, str_t what,
                          bool allow_empty)
{
    if (!string_check(p, max, what, allow_empty))
        return false;
    string_decode(p);
    bootconf_lex_next(p);
    return true;
}

void bootconf_value_to_name(const bootconf_parser_t *p,
                            char (*dst)[BOOTCONF_NAME_MAX + 1])
{
    size_t n = 0;
    for (; n < p->value_length && n < BOOTCONF_NAME_MAX; n++)
        (*dst)[n] = p->value[n];
    (*dst)[n] = '\0';
}

void bootconf_value_to_image(const bootconf_parser_t *p,
                             char (*dst)[BOOTCONF_IMAGE_MAX + 1])
{
    size_t n = 0;
    for (; n < p->value_length && n < BOOTCONF_IMAGE_MAX; n++)
        (*dst)[n] = p->value[n];
    (*dst)[n] = '\0';
}

void bootconf_value_to_args(const bootconf_parser_t *p,
                            char (*dst)[BOOTCONF_ARGS_MAX + 1])
{
    size_t n = 0;
    for (; n < p->value_length && n < BOOTCONF_ARGS_MAX; n++)
        (*dst)[n] = p->value[n];
    (*dst)[n] = '\0';
}

bool bootconf_name_eq(const char (*a)[BOOTCONF_NAME_MAX + 1],
                      const char (*b)[BOOTCONF_NAME_MAX + 1])
{
    for (size_t i = 0; i < BOOTCONF_NAME_MAX + 1; i++) {
        if ((*a)[i] != (*b)[i])
            return false;
        if ((*a)[i] == '\0')
            return true;
    }
    return true;
}
