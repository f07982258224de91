/*
 * bootconf_sip.c — one `sip NAME { KEY = VALUE ... }` block.
 *
 * The block is parsed straight into the next free out->sips slot (or into
 * p->scratch when the table is full, to find its errors) and only counted
 * when it had no error. An error in a setting marks the block bad and skips
 * the rest of that line, so every bad setting of a block is reported once.
 */
#include "bootconf_internal.h"

typedef enum {
    KEY_IMAGE,
    KEY_ARGS,
    KEY_PRIORITY,
    KEY_QUOTA,
    KEY_CAPS,
    KEY_RESTART,
    KEY__COUNT
} sip_key_t;

static const char *const key_names[KEY__COUNT] = {
    [KEY_IMAGE] = "image", [KEY_ARGS] = "args", [KEY_PRIORITY] = "priority",
    [KEY_QUOTA] = "quota", [KEY_CAPS] = "caps", [KEY_RESTART] = "restart",
};
static const char *const key_quoted[KEY__COUNT] = {
    [KEY_IMAGE] = "'image'", [KEY_ARGS] = "'args'",
    [KEY_PRIORITY] = "'priority'", [KEY_QUOTA] = "'quota'",
    [KEY_CAPS] = "'caps'", [KEY_RESTART] = "'restart'",
};

typedef struct {
    bootconf_sip_t *entry;      /* out->sips[sip_count] or &p->scratch */
    bool bad;                   /* an error was reported: not kept */
    bootconf_token_t keyword;   /* `sip` */
    bootconf_token_t name;
    bootconf_token_t open;      /* `{` */
    bootconf_token_t keys[KEY__COUNT];  /* where each key was set */
    bool key_set[KEY__COUNT];
} sip_block_t;

static bool sip_value(bootconf_parser_t *p, bootconf_sip_t *entry,
                      sip_key_t key)
{
    switch (key) {
    case KEY_IMAGE:
        return bootconf_take_string(p, entry->image, BOOTCONF_IMAGE_MAX,
                                    key_quoted[key], false);
    case KEY_ARGS:
        return bootconf_take_string(p, entry->args, BOOTCONF_ARGS_MAX,
                                    key_quoted[key], true);
    case KEY_PRIORITY:
        return bootconf_take_priority(p, &entry->priority);
    case KEY_QUOTA:
        return bootconf_take_quota(p, &entry->quota);
    case KEY_CAPS:
        return bootconf_take_caps(p, &entry->caps);
    case KEY_RESTART:
        return bootconf_take_restart(p, &entry->restart);
    case KEY__COUNT:
        break;
    }
    return false;
}

/* ---- settings ---- */

/* The key named by the word at p->tok; KEY__COUNT after reporting. */
static sip_key_t sip_key(bootconf_parser_t *p, const sip_block_t *b)
{
    for (unsigned k = 0; k < KEY__COUNT; k++) {
        if (!bootconf_word_is(p, &p->tok, key_names[k]))
            continue;
        if (!b->key_set[k])
            return (sip_key_t)k;
        bootconf_msg_begin(p, "key ");
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, " is already set at ");
        bootconf_msg_pos(p, b->keys[k].line, b->keys[k].column);
        bootconf_msg_emit_at(p, BOOTCONF_E_DUP_KEY, &p->tok);
        return KEY__COUNT;
    }
    bootconf_msg_begin(p, "unknown key ");
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_add(p, " (keys: image, args, priority, quota, caps, restart)");
    bootconf_msg_emit_at(p, BOOTCONF_E_UNKNOWN_KEY, &p->tok);
    return KEY__COUNT;
}

static bool sip_equals(bootconf_parser_t *p, sip_key_t key)
{
    if (p->tok.kind == TOK_EQUALS) {
        bootconf_lex_next(p);
        return true;
    }
    if (p->tok.kind == TOK_BAD)
        return false;
    bootconf_msg_begin(p, "expected '=' after ");
    bootconf_msg_add(p, key_quoted[key]);
    bootconf_msg_add(p, ", found ");
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_emit_at(p, BOOTCONF_E_SYNTAX, &p->tok);
    return false;
}

/* KEY `=` VALUE, then the end of the line or the block's `}`. */
static bool sip_setting(bootconf_parser_t *p, sip_block_t *b)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   "expected a key or '}', found ");
                                   sip_key_t key = sip_key(p, b);
    if (key == KEY__COUNT)
        return false;
    bootconf_lex_save(p, &b->keys[key]);
    b->key_set[key] = true;
    bootconf_lex_next(p);
    if (!sip_equals(p, key) || !sip_value(p, b->entry, key))
        return false;
    if (p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_RBRACE ||
        p->tok.kind == TOK_END)
        return true;
    return bootconf_unexpected(p, BOOTCONF_E_STRAY,
                               "unexpected text after the value: ");
                               }

/* ---- the block ---- */

static void sip_skip_line(bootconf_parser_t *p)
{
    while (p->tok.kind != TOK_NEWLINE && p->tok.kind != TOK_RBRACE &&
           p->tok.kind != TOK_END)
        bootconf_lex_next(p);
}

/* The block ends without its `}`: at the end of input or where the next
 * statement starts. Reported at the `{` that is not closed. */
static void sip_unclosed(bootconf_parser_t *p, sip_block_t *b)
{
    bootconf_msg_begin(p, "block of SIP ");
    bootconf_msg_token(p, &b->name);
    bootconf_msg_add(p, " is not closed: expected '}' before ");
    if (p->tok.kind == TOK_END) {
        bootconf_msg_add(p, "end of file");
    } else {
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, " at ");
        bootconf_msg_pos(p, p->tok.line, p->tok.column);
    }
    bootconf_msg_emit_at(p, BOOTCONF_E_UNCLOSED, &b->open);
    b->bad = true;
}

/* Settings up to the closing `}`, which it consumes; false when the
 * block ends without one. */
static bool sip_body(bootconf_parser_t *p, sip_block_t *b)
{
    for (;;) {
        if (p->tok.kind == TOK_NEWLINE) {
            bootconf_lex_next(p);
        } else if (p->tok.kind == TOK_RBRACE) {
            bootconf_lex_next(p);
            return true;
        } else if (p->tok.kind == TOK_END || bootconf_at_statement(p)) {
            sip_unclosed(p, b);
            return false;
        } else if (!sip_setting(p, b)) {
            b->bad = true;
            sip_skip_line(p);
        }
    }
}

static bool sip_declared_at(const bootconf_parser_t *p, const char *name,
                            uint32_t *line, uint32_t *column)
{
    for (size_t i = 0; i < p->out->sip_count; i++) {
        const bootconf_sip_t *s = &p->out->sips[i];
        if (bootconf_str_eq(s->name, name)) {
            *line = s->line;
            *column = s->column;
            return true;
        }
    }
    return false;
}

/* A valid name must be new, and the table must have room for it. */
static void sip_check_name(bootconf_parser_t *p, sip_block_t *b)
{
    uint32_t line = 0, column = 0;
    if (sip_declared_at(p, b->entry->name, &line, &column)) {
        bootconf_msg_begin(p, "SIP ");
        bootconf_msg_token(p, &b->name);
        bootconf_msg_add(p, " is already declared at ");
        bootconf_msg_pos(p, line, column);
        bootconf_msg_emit_at(p, BOOTCONF_E_DUP_SIP, &b->name);
        b->bad = true;
    } else if (b->entry == &p->scratch) {
        bootconf_msg_begin(p, "too many SIPs (limit ");
        bootconf_msg_u64(p, BOOTCONF_MAX_SIPS);
        bootconf_msg_add(p, "): this block is skipped");
        bootconf_msg_emit_at(p, BOOTCONF_E_SIP_LIMIT, &b->keyword);
        b->bad = true;
    }
}

/* `sip` NAME `{`; false (after reporting) when no block follows. */
static bool sip_header(bootconf_parser_t *p, sip_block_t *b)
{
    bootconf_lex_next(p);
    bootconf_lex_save(p, &b->name);
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   "expected a SIP name after 'sip', found ");
    b->entry->line = p->tok.line;
    b->entry->column = p->tok.column;
    if (bootconf_take_name(p, b->entry->name))
        sip_check_name(p, b);
    else
        b->bad = true;
    bootconf_lex_save(p, &b->open);
    if (p->tok.kind != TOK_LBRACE)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   "expected '{' after the SIP name, found ");
    bootconf_lex_next(p);
    return true;
}

static void sip_entry_reset(bootconf_sip_t *entry)
{
    unsigned char *bytes = (unsigned char *)entry;
    for (size_t i = 0; i < sizeof *entry; i++)
        bytes[i] = 0;
    entry->priority = BOOTCONF_PRIORITY_DEFAULT;
    entry->restart = BOOTCONF_RESTART_NO;
}

static void sip_block_init(bootconf_parser_t *p, sip_block_t *b)
{
    bootconf_t *out = p->out;
    b->entry = out->sip_count < BOOTCONF_MAX_SIPS ? &out->sips[out->sip_count]
                                                  : &p->scratch;
    sip_entry_reset(b->entry);
    b->bad = false;
    bootconf_lex_save(p, &b->keyword);
    for (unsigned k = 0; k < KEY__COUNT; k++)
        b->key_set[k] = false;
}

/* After the `}`: only the end of the line may follow. The block is
 * complete, so it is kept; the rest of the line is skipped. */
static void sip_after_block(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_END)
        return;
    bootconf_unexpected(p, BOOTCONF_E_STRAY, "unexpected text after '}': ");
    while (p->tok.kind != TOK_NEWLINE && p->tok.kind != TOK_END)
        bootconf_lex_next(p);
}

void bootconf_parse_sip(bootconf_parser_t *p)
{
    sip_block_t b;
    sip_block_init(p, &b);
    if (!sip_header(p, &b)) {
        bootconf_skip_statement(p);
        return;
    }
    bool closed = sip_body(p, &b);
    if (!b.key_set[KEY_IMAGE]) {
        bootconf_msg_begin(p, "SIP ");
        bootconf_msg_token(p, &b.name);
        bootconf_msg_add(p, " has no 'image'");
        bootconf_msg_emit_at(p, BOOTCONF_E_NO_IMAGE, &b.name);
        b.bad = true;
    }
    if (!b.bad)
        p->out->sip_count++;
    if (closed)
        sip_after_block(p);
}
