/*
 * bootconf_value.c — turning the current token(s) into a value: names,
 * strings, numbers with size suffixes, capability lists, restart policies.
 *
 * Each bootconf_take_* reads the current token; on success it stores the
 * value and advances past it; on failure it reports one error (or none, when
 * the token is TOK_BAD, which the lexer has reported) and returns false
 * without leaving the current line. The caller then skips the line.
 */
#include "bootconf_internal.h"

static const char *token_bytes(const bootconf_parser_t *p,
                               const bootconf_token_t *tok)
{
    return p->text + tok->start;
}

bool bootconf_word_is(const bootconf_parser_t *p, const bootconf_token_t *tok,
                      const char *word)
{
    if (tok->kind != TOK_WORD)
        return false;
    const char *bytes = token_bytes(p, tok);
    size_t i = 0;
    for (; i < tok->length; i++) {
        if (word[i] == '\0' || word[i] != bytes[i])
            return false;
    }
    return word[i] == '\0';
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
    const char *bytes = token_bytes(p, tok);
    for (size_t i = 0; i < tok->length; i++) {
        if (name_char_ok(bytes[i]))
            continue;
        bootconf_msg_begin(p, "invalid character ");
        bootconf_msg_bytes(p, tok->start + i, 1);
        bootconf_msg_add(p, " in name ");
        bootconf_msg_token(p, tok);
        bootconf_msg_add(p, " (names use a-z, 0-9, '_' and '-')");
        uint32_t column = tok->column + (uint32_t)i;
        bootconf_msg_emit(p, BOOTCONF_E_NAME, tok->line,
                          column < tok->column ? UINT32_MAX : column);
        return true;
    }
    if (tok->length <= BOOTCONF_NAME_MAX)
        return false;
    bootconf_msg_begin(p, "name ");
    bootconf_msg_token(p, tok);
    bootconf_msg_add(p, " is longer than ");
    bootconf_msg_u64(p, BOOTCONF_NAME_MAX);
    bootconf_msg_add(p, " characters");
    bootconf_msg_emit_at(p, BOOTCONF_E_NAME, tok);
    return true;
}

/* The current token is a word; copies it to dst[BOOTCONF_NAME_MAX + 1]
 * when it is a valid name. Advances past the word either way. */
bool bootconf_take_name(bootconf_parser_t *p, char *dst)
{
    bool ok = !name_invalid(p);
    if (ok) {
        const char *bytes = token_bytes(p, &p->tok);
        for (size_t i = 0; i < p->tok.length; i++)
            dst[i] = bytes[i];
        dst[p->tok.length] = '\0';
    }
    bootconf_lex_next(p);
    return ok;
}

/* Bytes a string token stands for once \" and \\ are unescaped. */
static size_t string_decoded_length(const bootconf_parser_t *p)
{
    const char *bytes = token_bytes(p, &p->tok);
    size_t n = 0;
    for (size_t i = 0; i < p->tok.length; i++, n++) {
        if (bytes[i] == '\\')
            i++;
    }
    return n;
}

static void string_decode(const bootconf_parser_t *p, char *dst)
{
    const char *bytes = token_bytes(p, &p->tok);
    size_t n = 0;
    for (size_t i = 0; i < p->tok.length; i++) {
        if (bytes[i] == '\\')
            i++;
        dst[n++] = bytes[i];
    }
    dst[n] = '\0';
}

/* Checks the current token against a string value called `what` (e.g.
 * "'image'") of at most `max` bytes; false after reporting otherwise. */
static bool string_check(bootconf_parser_t *p, size_t max, const char *what,
                         bool allow_empty)
{
    if (p->tok.kind == TOK_BAD)
        return false;
    if (p->tok.kind != TOK_STRING) {
        bootconf_msg_begin(p, "expected a quoted string for ");
        bootconf_msg_add(p, what);
        bootconf_msg_add(p, ", found ");
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_emit_at(p, BOOTCONF_E_SYNTAX, &p->tok);
        return false;
    }
    size_t length = string_decoded_length(p);
    if (length == 0 && !allow_empty) {
        bootconf_msg_begin(p, what);
        bootconf_msg_add(p, " must not be empty");
        bootconf_msg_emit_at(p, BOOTCONF_E_EMPTY, &p->tok);
        return false;
    }
    if (length <= max)
        return true;
    bootconf_msg_begin(p, what);
    bootconf_msg_add(p, " is ");
    bootconf_msg_u64(p, length);
    bootconf_msg_add(p, " bytes long (limit ");
    bootconf_msg_u64(p, max);
    bootconf_msg_add(p, ")");
    bootconf_msg_emit_at(p, BOOTCONF_E_TOO_LONG, &p->tok);
    return false;
}

/* Stores the current string token into dst[max + 1]. */
bool bootconf_take_string(bootconf_parser_t *p, char *dst, size_t max,
                          const char *what, bool allow_empty)
{
    if (!string_check(p, max, what, allow_empty))
        return false;
    string_decode(p, dst);
    bootconf_lex_next(p);
    return true;
}
