/*
 * bootconf_lex.c — split the configuration text into tokens.
 *
 * Every read goes through bootconf_byte, guarded by `pos < length`; the
 * text is not NUL-terminated.
 * Lines and columns are 1-based and count bytes (a tab is one column);
 * CR is blank, so CRLF files read like LF files. Malformed input becomes a
 * TOK_BAD or a string token after the lexer has reported it.
 */
#include "bootconf_internal.h"

void bootconf_lex_init(bootconf_parser_t *p, str_t text)
{
    p->text = text;
    p->length = str_len(text);
    p->pos = 0;
    p->line = 1;
    p->column = 1;
    p->line_start = true;
}

char bootconf_byte(const bootconf_parser_t *p, size_t i)
{
    int byte = str_at(p->text, i);
    return byte < 0 ? '\0' : (char)byte;
}

/* The byte the lexer is at (pos < length). */
static char lex_peek(const bootconf_parser_t *p)
{
    return bootconf_byte(p, p->pos);
}

static bool lex_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Printable ASCII that is not blank, not `#`, `"` and not punctuation. */
static bool lex_is_word(char c)
{
    unsigned char u = (unsigned char)c;
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '{': case '}': case '[': case ']': case ',': case '=':
    case '"': case '#':
        return false;
    default:
        return true;
    }
}

/* A byte that starts no token: a control byte other than tab, CR and LF,
 * DEL, or a byte >= 0x80 outside a string or comment. */
static bool lex_is_invalid(char c)
{
    unsigned char u = (unsigned char)c;
    return (u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u >= 0x7f;
}

/* Advances one byte that is not a newline. */
static void lex_step(bootconf_parser_t *p)
{
    p->pos++;
    if (p->column < UINT32_MAX)
        p->column++;
}

static void lex_skip_blanks_and_comment(bootconf_parser_t *p)
{
    while (p->pos < p->length && lex_is_blank(lex_peek(p)))
        lex_step(p);
    if (p->pos < p->length && lex_peek(p) == '#') {
        while (p->pos < p->length && lex_peek(p) != '\n')
            lex_step(p);
    }
}

static void lex_start(bootconf_parser_t *p, bootconf_tok_kind_t kind)
{
    p->tok.kind = kind;
    p->tok.start = p->pos;
    p->tok.length = 0;
    p->tok.line = p->line;
    p->tok.column = p->column;
    p->tok.line_start = p->line_start;
}

static void lex_newline(bootconf_parser_t *p)
{
    lex_start(p, TOK_NEWLINE);
    p->tok.length = 1;
    p->pos++;
    if (p->line < UINT32_MAX)
        p->line++;
    p->column = 1;
    p->line_start = true;
}

static void lex_word(bootconf_parser_t *p)
{
    lex_start(p, TOK_WORD);
    while (p->pos < p->length && lex_is_word(lex_peek(p)))
        lex_step(p);
    p->tok.length = p->pos - p->tok.start;
}

static void lex_bad_chars(bootconf_parser_t *p)
{
    lex_start(p, TOK_BAD);
    bootconf_msg_begin(p, STR("invalid character "));
    bootconf_msg_bytes(p, p->pos, 1);
    bootconf_msg_emit(p, BOOTCONF_E_CHAR, p->line, p->column);
    while (p->pos < p->length && lex_is_invalid(lex_peek(p)))
        lex_step(p);
    p->tok.length = p->pos - p->tok.start;
}

/* Reports the first problem of a string token and marks it bad. */
static void lex_string_error(bootconf_parser_t *p, bootconf_diag_id_t id,
                             str_t text, uint32_t column)
{
    if (p->tok.kind == TOK_BAD)
        return;
    p->tok.kind = TOK_BAD;
    bootconf_msg_begin(p, text);
    bootconf_msg_emit(p, id, p->tok.line, column);
}

static void lex_escape(bootconf_parser_t *p)
{
    uint32_t column = p->column;
    lex_step(p);  /* the backslash */
    if (p->pos >= p->length || lex_peek(p) == '\n')
        return;   /* reported as unterminated */
    char c = lex_peek(p);
    if (c != '"' && c != '\\') {
        lex_string_error(p, BOOTCONF_E_ESCAPE,
            STR("invalid escape in string (only \\\" and \\\\ are allowed)"), column);
    }
    lex_step(p);
}

static bool lex_is_control(char c)
{
    unsigned char u = (unsigned char)c;
    return u < 0x20 || u == 0x7f;
}

/* A string ends at its closing quote; a newline or the end of input
 * before that leaves it unterminated. */
static void lex_string(bootconf_parser_t *p)
{
    lex_start(p, TOK_STRING);
    lex_step(p);
    p->tok.start = p->pos;
    while (p->pos < p->length && lex_peek(p) != '"' &&
           lex_peek(p) != '\n') {
        char c = lex_peek(p);
        if (c == '\\') {
            lex_escape(p);
            continue;
        }
        if (lex_is_control(c))
            lex_string_error(p, BOOTCONF_E_STRING,
                             STR("control character in string"), p->column);
        lex_step(p);
    }
    p->tok.length = p->pos - p->tok.start;
    if (p->pos < p->length && lex_peek(p) == '"') {
        lex_step(p);
        return;
    }
    lex_string_error(p, BOOTCONF_E_STRING,
                     STR("unterminated string (no closing '\"' on this line)"),
                     p->tok.column);
}

static bool lex_punctuation(bootconf_parser_t *p, char c)
{
    bootconf_tok_kind_t kind;
    switch (c) {
    case '{': kind = TOK_LBRACE; break;
    case '}': kind = TOK_RBRACE; break;
    case '[': kind = TOK_LBRACKET; break;
    case ']': kind = TOK_RBRACKET; break;
    case ',': kind = TOK_COMMA; break;
    case '=': kind = TOK_EQUALS; break;
    default: return false;
    }
    lex_start(p, kind);
    p->tok.length = 1;
    lex_step(p);
    return true;
}

void bootconf_token_copy(bootconf_token_t *dst, const bootconf_token_t *src)
{
    dst->kind = src->kind;
    dst->start = src->start;
    dst->length = src->length;
    dst->line = src->line;
    dst->column = src->column;
    dst->line_start = src->line_start;
}

/* Makes the next token current. */
void bootconf_lex_next(bootconf_parser_t *p)
{
    lex_skip_blanks_and_comment(p);
    if (p->pos >= p->length) {
        lex_start(p, TOK_END);
        return;
    }
    char c = lex_peek(p);
    if (c == '\n')
        lex_newline(p);
    else if (c == '"')
        lex_string(p);
    else if (lex_is_word(c))
        lex_word(p);
    else if (!lex_punctuation(p, c))
        lex_bad_chars(p);
    if (p->tok.kind != TOK_NEWLINE)
        p->line_start = false;
}
