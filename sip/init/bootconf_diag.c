/*
 * bootconf_diag.c — diagnostics: building a message (bounded, in the
 * parser state) and delivering it through the caller's callback.
 */
#include "bootconf_internal.h"

/* Longest piece of input quoted in a message before it is cut with "...". */
#define QUOTE_MAX 32

/* ---- building a message in p->message ---- */

static void msg_char(bootconf_parser_t *p, char c)
{
    if (p->message_length + 1 >= BOOTCONF_MESSAGE_MAX)
        return;
    p->message.message[p->message_length++] = c;
    p->message.message[p->message_length] = '\0';
}

void bootconf_msg_add(bootconf_parser_t *p, str_t text)
{
    size_t length = str_len(text);
    for (size_t i = 0; i < length; i++)
        msg_char(p, (char)str_at(text, i));
}

void bootconf_msg_begin(bootconf_parser_t *p, str_t text)
{
    p->message_length = 0;
    p->message.message[0] = '\0';
    bootconf_msg_add(p, text);
}

/* A name, up to its NUL. */
void bootconf_msg_name(bootconf_parser_t *p, const char (*name)[BOOTCONF_NAME_MAX + 1])
{
    for (size_t i = 0; i < sizeof *name && (*name)[i] != '\0'; i++)
        msg_char(p, (*name)[i]);
}

static void msg_hex_byte(bootconf_parser_t *p, unsigned char u)
{
    static const char digits[] = "0123456789abcdef";
    bootconf_msg_add(p, STR("\\x"));
    msg_char(p, digits[u >> 4]);
    msg_char(p, digits[u & 15]);
}

/* Input bytes between `quote`s; other bytes than printable ASCII as \xNN. */
static void msg_quoted(bootconf_parser_t *p, size_t start, size_t length,
                       char quote)
{
    msg_char(p, quote);
    for (size_t i = 0; i < length && i < QUOTE_MAX; i++) {
        unsigned char u = (unsigned char)bootconf_byte(p, start + i);
        if (u < 0x20 || u >= 0x7f)
            msg_hex_byte(p, u);
        else
            msg_char(p, (char)u);
    }
    if (length > QUOTE_MAX)
        bootconf_msg_add(p, STR("..."));
    msg_char(p, quote);
}

void bootconf_msg_bytes(bootconf_parser_t *p, size_t start, size_t length)
{
    msg_quoted(p, start, length, '\'');
}

/* Describes a token as found in the input: 'word', '{', end of line. */
void bootconf_msg_token(bootconf_parser_t *p, const bootconf_token_t *tok)
{
    switch (tok->kind) {
    case TOK_END:
        bootconf_msg_add(p, STR("end of file"));
        break;
    case TOK_NEWLINE:
        bootconf_msg_add(p, STR("end of line"));
        break;
    case TOK_STRING:
        bootconf_msg_add(p, STR("string "));
        msg_quoted(p, tok->start, tok->length, '"');
        break;
    default:
        bootconf_msg_bytes(p, tok->start, tok->length);
        break;
    }
}

void bootconf_msg_u64(bootconf_parser_t *p, uint64_t value)
{
    char digits[20];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        msg_char(p, digits[--n]);
}

/* A byte count with the largest suffix that divides it: 4K, 64G, 1000. */
void bootconf_msg_size(bootconf_parser_t *p, uint64_t bytes)
{
    static const char suffixes[] = "GMK";
    for (unsigned i = 0; i < 3; i++) {
        unsigned shift = 30 - 10 * i;
        uint64_t unit = (uint64_t)1 << shift;
        if (bytes != 0 && bytes % unit == 0) {
            bootconf_msg_u64(p, bytes >> shift);
            msg_char(p, suffixes[i]);
            return;
        }
    }
    bootconf_msg_u64(p, bytes);
}

void bootconf_msg_pos(bootconf_parser_t *p, uint32_t line, uint32_t column)
{
    bootconf_msg_u64(p, line);
    msg_char(p, ':');
    bootconf_msg_u64(p, column);
}

/* Counts the diagnostic and hands it to the caller's callback. */
void bootconf_msg_emit(bootconf_parser_t *p, bootconf_diag_id_t id,
                       uint32_t line, uint32_t column)
{
    bootconf_diag_t *d = &p->message;
    d->severity = id >= BOOTCONF_W_DUP_CAP ? BOOTCONF_WARNING : BOOTCONF_ERROR;
    d->id = id;
    d->line = line;
    d->column = column;
    if (d->severity == BOOTCONF_ERROR)
        p->out->errors++;
    else
        p->out->warnings++;
    if (p->diag != NULL)
        p->diag(d);
}

void bootconf_msg_emit_at(bootconf_parser_t *p, bootconf_diag_id_t id,
                          const bootconf_token_t *tok)
{
    bootconf_msg_emit(p, id, tok->line, tok->column);
}

bool bootconf_unexpected(bootconf_parser_t *p, bootconf_diag_id_t id,
                         str_t prefix)
{
    if (p->tok.kind == TOK_BAD)
        return false;
    bootconf_msg_begin(p, prefix);
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_emit_at(p, id, &p->tok);
    return false;
}
