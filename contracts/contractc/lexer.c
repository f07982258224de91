/* lexer.c: from bytes to tokens. */
#include "lexer.h"

#include <stdbool.h>
#include <string.h>

static const struct {
    const char *word;
    tok_kind_t kind;
} lexer_keywords[] = {
    {"contract", TOK_KW_CONTRACT}, {"extends", TOK_KW_EXTENDS},
    {"in", TOK_KW_IN},             {"out", TOK_KW_OUT},
    {"message", TOK_KW_MESSAGE},   {"state", TOK_KW_STATE},
    {"start", TOK_KW_START},       {"terminal", TOK_KW_TERMINAL},
    {"extend", TOK_KW_EXTEND},     {"one", TOK_KW_ONE},
    {"or", TOK_KW_OR},             {"enum", TOK_KW_ENUM},
};

void lexer_init(lexer_t *lx, const source_t *src, diag_t *diag)
{
    lx->src = src;
    lx->pos = 0;
    lx->diag = diag;
}

static int lexer_peek(const lexer_t *lx, uint32_t ahead)
{
    uint32_t at = lx->pos + ahead;

    return at < lx->src->len ? (unsigned char)lx->src->text[at] : -1;
}

static loc_t lexer_loc(const lexer_t *lx, uint32_t start)
{
    loc_t l = {lx->src, start, lx->pos - start};

    return l;
}

static bool is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_word(int c)
{
    return is_alpha(c) || is_digit(c) || c == '_';
}

/* lexer_skip_block_comment: past the closing star-slash, or to the end with
   an error at the opening. */
static void lexer_skip_block_comment(lexer_t *lx)
{
    uint32_t start = lx->pos;

    lx->pos += 2;
    while (lx->pos < lx->src->len) {
        if (lexer_peek(lx, 0) == '*' && lexer_peek(lx, 1) == '/') {
            lx->pos += 2;
            return;
        }
        lx->pos++;
    }
    loc_t at = {lx->src, start, 2};
    diag_error(lx->diag, at, "CONTRACT-UNTERMINATED-COMMENT",
               "comment has no closing '*/'");
}

/* lexer_skip_space: white space and comments. */
static void lexer_skip_space(lexer_t *lx)
{
    for (;;) {
        int c = lexer_peek(lx, 0);

        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            c == '\v') {
            lx->pos++;
        } else if (c == '/' && lexer_peek(lx, 1) == '/') {
            while (lx->pos < lx->src->len && lexer_peek(lx, 0) != '\n')
                lx->pos++;
        } else if (c == '/' && lexer_peek(lx, 1) == '*') {
            lexer_skip_block_comment(lx);
        } else {
            return;
        }
    }
}

static tok_kind_t lexer_keyword(const char *text, uint32_t len)
{
    for (size_t i = 0; i < sizeof lexer_keywords / sizeof lexer_keywords[0];
         i++) {
        if (strlen(lexer_keywords[i].word) == len &&
            memcmp(lexer_keywords[i].word, text, len) == 0)
            return lexer_keywords[i].kind;
    }
    return TOK_IDENT;
}

static token_t lexer_word(lexer_t *lx)
{
    uint32_t start = lx->pos;
    token_t t;

    while (is_word(lexer_peek(lx, 0)))
        lx->pos++;
    t.loc = lexer_loc(lx, start);
    t.kind = lexer_keyword(lx->src->text + start, t.loc.len);
    t.value = 0;
    return t;
}

/* lexer_digit_value: value of c in base, or -1. */
static int lexer_digit_value(int c, unsigned base)
{
    int v = -1;

    if (is_digit(c))
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    return v >= 0 && (unsigned)v < base ? v : -1;
}

/* lexer_number: decimal or 0x hexadecimal, at most 2^64 - 1. */
static token_t lexer_number(lexer_t *lx)
{
    uint32_t start = lx->pos;
    unsigned base = 10;
    bool bad = false;
    uint64_t v = 0;
    token_t t;
    int d;

    if (lexer_peek(lx, 0) == '0' && (lexer_peek(lx, 1) | 0x20) == 'x') {
        base = 16;
        lx->pos += 2;
        bad = lexer_digit_value(lexer_peek(lx, 0), 16) < 0;
    }
    while ((d = lexer_digit_value(lexer_peek(lx, 0), base)) >= 0) {
        if (v > (UINT64_MAX - (uint64_t)d) / base)
            bad = true;
        v = v * base + (uint64_t)d;
        lx->pos++;
    }
    while (is_word(lexer_peek(lx, 0))) {
        bad = true;
        lx->pos++;
    }
    t.kind = TOK_NUMBER;
    t.loc = lexer_loc(lx, start);
    t.value = bad ? 0 : v;
    if (bad)
        diag_error(lx->diag, t.loc, "CONTRACT-BAD-NUMBER",
                   "'%.*s' is not a number from 0 to 2^64-1", (int)t.loc.len,
                   lx->src->text + start);
    return t;
}

static tok_kind_t lexer_punct_kind(int c)
{
    switch (c) {
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case '(': return TOK_LPAREN;
    case ')': return TOK_RPAREN;
    case '[': return TOK_LBRACKET;
    case ']': return TOK_RBRACKET;
    case '<': return TOK_LT;
    case '>': return TOK_GT;
    case ';': return TOK_SEMI;
    case ':': return TOK_COLON;
    case ',': return TOK_COMMA;
    case '.': return TOK_DOT;
    case '?': return TOK_QUESTION;
    case '!': return TOK_BANG;
    case '=': return TOK_EQUALS;
    case '|': return TOK_PIPE;
    default: return TOK_EOF;
    }
}

/* lexer_bad_char: report a byte no token starts with, and skip it. */
static void lexer_bad_char(lexer_t *lx)
{
    int c = lexer_peek(lx, 0);
    loc_t at = {lx->src, lx->pos, 1};

    if (c == '_')
        diag_error(lx->diag, at, "CONTRACT-BAD-CHARACTER",
                   "names must begin with a letter, not '_'");
    else if (c > 0x20 && c < 0x7f)
        diag_error(lx->diag, at, "CONTRACT-BAD-CHARACTER",
                   "unexpected character '%c'", c);
    else
        diag_error(lx->diag, at, "CONTRACT-BAD-CHARACTER",
                   "unexpected byte 0x%02x", (unsigned)c);
    lx->pos++;
}

token_t lexer_next(lexer_t *lx)
{
    for (;;) {
        lexer_skip_space(lx);
        uint32_t start = lx->pos;
        int c = lexer_peek(lx, 0);
        token_t t = {TOK_EOF, {lx->src, start, 0}, 0};

        if (c < 0)
            return t;
        if (is_alpha(c))
            return lexer_word(lx);
        if (is_digit(c))
            return lexer_number(lx);
        if (c == '-' && lexer_peek(lx, 1) == '>') {
            lx->pos += 2;
            t.kind = TOK_ARROW;
        } else if (c == '-') {
            lx->pos++;
            t.kind = TOK_MINUS;
        } else if ((t.kind = lexer_punct_kind(c)) != TOK_EOF) {
            lx->pos++;
        } else {
            lexer_bad_char(lx);
            continue;
        }
        t.loc = lexer_loc(lx, start);
        return t;
    }
}

const char *token_describe(tok_kind_t kind)
{
    static const char *const names[] = {
        [TOK_EOF] = "end of file",      [TOK_IDENT] = "a name",
        [TOK_NUMBER] = "a number",      [TOK_LBRACE] = "'{'",
        [TOK_RBRACE] = "'}'",           [TOK_LPAREN] = "'('",
        [TOK_RPAREN] = "')'",           [TOK_LBRACKET] = "'['",
        [TOK_RBRACKET] = "']'",         [TOK_LT] = "'<'",
        [TOK_GT] = "'>'",               [TOK_SEMI] = "';'",
        [TOK_COLON] = "':'",            [TOK_COMMA] = "','",
        [TOK_DOT] = "'.'",              [TOK_QUESTION] = "'?'",
        [TOK_BANG] = "'!'",             [TOK_ARROW] = "'->'",
        [TOK_EQUALS] = "'='",           [TOK_MINUS] = "'-'",
        [TOK_PIPE] = "'|'",
        [TOK_KW_CONTRACT] = "'contract'",
        [TOK_KW_EXTENDS] = "'extends'", [TOK_KW_IN] = "'in'",
        [TOK_KW_OUT] = "'out'",         [TOK_KW_MESSAGE] = "'message'",
        [TOK_KW_STATE] = "'state'",     [TOK_KW_START] = "'start'",
        [TOK_KW_TERMINAL] = "'terminal'", [TOK_KW_EXTEND] = "'extend'",
        [TOK_KW_ONE] = "'one'",         [TOK_KW_OR] = "'or'",
        [TOK_KW_ENUM] = "'enum'",
    };

    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind]
                                                           : "a token";
}
