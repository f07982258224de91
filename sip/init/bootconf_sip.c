/*
 * bootconf_sip.c — one `sip NAME { KEY = VALUE ... }` block.
 *
 * The block is parsed into p->entry and copied into the next free
 * out->sips slot only when it had no error (and the table has room). An error in a setting marks the block bad and skips
 * the rest of that line, so every bad setting of a block is reported once.
 */
#include "bootconf_internal.h"

#include <insula/err.h>

typedef enum {
    KEY_IMAGE,
    KEY_ARGS,
    KEY_PRIORITY,
    KEY_QUOTA,
    KEY_CAPS,
    KEY_RESTART,
    KEY_PCI,
    KEY_PORTS,
    KEY_IRQS,
    KEY_KILL_AFTER,
    KEY_SPACE,
    KEY__COUNT
} sip_key_t;

_Static_assert(KEY__COUNT == sizeof ((bootconf_parser_t *)0)->key_set,
               "the parser tracks every key");
_Static_assert(KEY__COUNT == sizeof ((bootconf_parser_t *)0)->keys /
                             sizeof ((bootconf_parser_t *)0)->keys[0],
               "the parser keeps every key's place");

static const bootconf_word_t key_words[KEY__COUNT] = {
    [KEY_IMAGE] = WORD_IMAGE, [KEY_ARGS] = WORD_ARGS,
    [KEY_PRIORITY] = WORD_PRIORITY, [KEY_QUOTA] = WORD_QUOTA,
    [KEY_CAPS] = WORD_CAPS, [KEY_RESTART] = WORD_RESTART, [KEY_PCI] = WORD_PCI,
    [KEY_PORTS] = WORD_PORTS, [KEY_IRQS] = WORD_IRQS, [KEY_KILL_AFTER] = WORD_KILL_AFTER,
    [KEY_SPACE] = WORD_SPACE,
};

/* The key as messages quote it: 'image'. */
static str_t key_quoted(sip_key_t key)
{
    switch (key) {
    case KEY_IMAGE: return STR("'image'");
    case KEY_ARGS: return STR("'args'");
    case KEY_PRIORITY: return STR("'priority'");
    case KEY_QUOTA: return STR("'quota'");
    case KEY_CAPS: return STR("'caps'");
    case KEY_RESTART: return STR("'restart'");
    case KEY_PCI: return STR("'pci'");
    case KEY_PORTS: return STR("'ports'");
    case KEY_IRQS: return STR("'irqs'");
    case KEY_KILL_AFTER: return STR("'kill-after'");
    case KEY_SPACE: return STR("'space'");
    case KEY__COUNT: break;
    }
    return str_empty();
}

static bool sip_value(bootconf_parser_t *p, sip_key_t key)
{
    bootconf_sip_t *entry = &p->entry;
    switch (key) {
    case KEY_IMAGE:
        if (!bootconf_take_string(p, BOOTCONF_IMAGE_MAX, key_quoted(key), false))
            return false;
        bootconf_value_to_image(p, &entry->image);
        return true;
    case KEY_ARGS:
        if (!bootconf_take_string(p, BOOTCONF_ARGS_MAX, key_quoted(key), true))
            return false;
        bootconf_value_to_args(p, &entry->args);
        return true;
    case KEY_PRIORITY:
        return bootconf_take_priority(p, &entry->priority);
    case KEY_QUOTA:
        return bootconf_take_quota(p, &entry->quota);
    case KEY_CAPS:
        return bootconf_take_caps(p, &entry->caps);
    case KEY_RESTART:
        return bootconf_take_restart(p, &entry->restart);
    case KEY_PCI:
        return bootconf_take_pci(p, &entry->pci_vendor, &entry->pci_device);
    case KEY_PORTS:
        return bootconf_take_ports(p, entry);
    case KEY_IRQS:
        return bootconf_take_irqs(p, &entry->irqs);
    case KEY_KILL_AFTER:
        return bootconf_take_kills(p, entry);
    case KEY_SPACE:
        return bootconf_take_space(p, &entry->own_space, &entry->ring3);
    case KEY__COUNT:
        break;
    }
    return false;
}

/* ---- settings ---- */

/* The key named by the word at p->tok; KEY__COUNT after reporting. */
static sip_key_t sip_key(bootconf_parser_t *p)
{
    for (unsigned k = 0; k < KEY__COUNT; k++) {
        if (!bootconf_word_is(p, &p->tok, key_words[k]))
            continue;
        if (!p->key_set[k])
            return (sip_key_t)k;
        bootconf_msg_begin(p, STR("key "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, STR(" is already set at "));
        bootconf_msg_pos(p, p->keys[k].line, p->keys[k].column);
        bootconf_msg_emit_at(p, BOOTCONF_E_DUP_KEY, &p->tok);
        return KEY__COUNT;
    }
    bootconf_msg_begin(p, STR("unknown key "));
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_add(p, STR(" (keys: image, args, priority, quota, caps, restart, pci, ports, irqs, kill-after, space)"));
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
    bootconf_msg_begin(p, STR("expected '=' after "));
    bootconf_msg_add(p, key_quoted(key));
    bootconf_msg_add(p, STR(", found "));
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_emit_at(p, BOOTCONF_E_SYNTAX, &p->tok);
    return false;
}

/* KEY `=` VALUE, then the end of the line or the block's `}`. */
static bool sip_setting(bootconf_parser_t *p)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected a key or '}', found "));
    sip_key_t key = sip_key(p);
    if (key == KEY__COUNT)
        return false;
    p->keys[key].line = p->tok.line;
    p->keys[key].column = p->tok.column;
    p->key_set[key] = true;
    bootconf_lex_next(p);
    if (!sip_equals(p, key) || !sip_value(p, key))
        return false;
    if (p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_RBRACE ||
        p->tok.kind == TOK_END)
        return true;
    return bootconf_unexpected(p, BOOTCONF_E_STRAY,
                               STR("unexpected text after the value: "));
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
static void sip_unclosed(bootconf_parser_t *p)
{
    bootconf_msg_begin(p, STR("block of SIP "));
    bootconf_msg_token(p, &p->name);
    bootconf_msg_add(p, STR(" is not closed: expected '}' before "));
    if (p->tok.kind == TOK_END) {
        bootconf_msg_add(p, STR("end of file"));
    } else {
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, STR(" at "));
        bootconf_msg_pos(p, p->tok.line, p->tok.column);
    }
    bootconf_msg_emit_at(p, BOOTCONF_E_UNCLOSED, &p->open);
    p->bad = true;
}

/* Settings up to the closing `}`, which it consumes; false when the
 * block ends without one. */
static bool sip_body(bootconf_parser_t *p)
{
    for (;;) {
        if (p->tok.kind == TOK_NEWLINE) {
            bootconf_lex_next(p);
        } else if (p->tok.kind == TOK_RBRACE) {
            bootconf_lex_next(p);
            return true;
        } else if (p->tok.kind == TOK_END || bootconf_at_statement(p)) {
            sip_unclosed(p);
            return false;
        } else if (!sip_setting(p)) {
            p->bad = true;
            sip_skip_line(p);
        }
    }
}

/* Where a kept SIP of the name of p->entry is, or false. */
static bool sip_declared_at(const bootconf_parser_t *p, SIP_OUT uint32_t *line,
                            SIP_OUT uint32_t *column)
{
    const bootconf_t *out = p->out;
    for (size_t i = 0; i < out->sip_count && i < BOOTCONF_MAX_SIPS; i++) {
        if (bootconf_name_eq(&out->sips[i].name, &p->entry.name)) {
            *line = out->sips[i].line;
            *column = out->sips[i].column;
            return true;
        }
    }
    return false;
}

/* A valid name must be new, and the table must have room for it. */
static void sip_check_name(bootconf_parser_t *p)
{
    uint32_t line = 0, column = 0;
    if (sip_declared_at(p, &line, &column)) {
        bootconf_msg_begin(p, STR("SIP "));
        bootconf_msg_token(p, &p->name);
        bootconf_msg_add(p, STR(" is already declared at "));
        bootconf_msg_pos(p, line, column);
        bootconf_msg_emit_at(p, BOOTCONF_E_DUP_SIP, &p->name);
        p->bad = true;
    } else if (p->out->sip_count >= BOOTCONF_MAX_SIPS) {
        bootconf_msg_begin(p, STR("too many SIPs (limit "));
        bootconf_msg_u64(p, BOOTCONF_MAX_SIPS);
        bootconf_msg_add(p, STR("): this block is skipped"));
        bootconf_msg_emit_at(p, BOOTCONF_E_SIP_LIMIT, &p->keyword);
        p->bad = true;
    }
}

/* `sip` NAME `{`; false (after reporting) when no block follows. */
static bool sip_header(bootconf_parser_t *p)
{
    bootconf_lex_next(p);
    bootconf_token_copy(&p->name, &p->tok);
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected a SIP name after 'sip', found "));
    p->entry.line = p->tok.line;
    p->entry.column = p->tok.column;
    if (bootconf_take_name(p)) {
        bootconf_value_to_name(p, &p->entry.name);
        sip_check_name(p);
    } else {
        p->bad = true;
    }
    bootconf_token_copy(&p->open, &p->tok);
    if (p->tok.kind != TOK_LBRACE)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected '{' after the SIP name, found "));
    bootconf_lex_next(p);
    return true;
}

static void sip_entry_reset(bootconf_sip_t *entry)
{
    entry->name[0] = '\0';
    entry->image[0] = '\0';
    entry->args[0] = '\0';
    entry->priority = BOOTCONF_PRIORITY_DEFAULT;
    entry->quota = 0;
    entry->caps = 0;
    entry->restart = BOOTCONF_RESTART_NO;
    entry->pci_vendor = 0;
    entry->pci_device = 0;
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++) {
        entry->port_base[r] = 0;
        entry->port_count[r] = 0;
    }
    entry->irqs = 0;
    for (size_t k = 0; k < BOOTCONF_KILLS; k++)
        entry->kill_after_ms[k] = 0;
    entry->own_space = false;
    entry->ring3 = false;
    entry->line = 0;
    entry->column = 0;
}

static void sip_block_init(bootconf_parser_t *p)
{
    sip_entry_reset(&p->entry);
    p->bad = false;
    bootconf_token_copy(&p->keyword, &p->tok);
    for (unsigned k = 0; k < KEY__COUNT; k++)
        p->key_set[k] = false;
}

/* Copies p->entry into out->sips[i], field by field (no memcpy). */
static void sip_keep(bootconf_parser_t *p, size_t i)
{
    bootconf_t *out = p->out;
    const bootconf_sip_t *e = &p->entry;
    for (size_t k = 0; k < sizeof e->name; k++)
        out->sips[i].name[k] = e->name[k];
    for (size_t k = 0; k < sizeof e->image; k++)
        out->sips[i].image[k] = e->image[k];
    for (size_t k = 0; k < sizeof e->args; k++)
        out->sips[i].args[k] = e->args[k];
    out->sips[i].priority = e->priority;
    out->sips[i].quota = e->quota;
    out->sips[i].caps = e->caps;
    out->sips[i].restart = e->restart;
    out->sips[i].pci_vendor = e->pci_vendor;
    out->sips[i].pci_device = e->pci_device;
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++) {
        out->sips[i].port_base[r] = e->port_base[r];
        out->sips[i].port_count[r] = e->port_count[r];
    }
    out->sips[i].irqs = e->irqs;
    for (size_t k = 0; k < BOOTCONF_KILLS; k++)
        out->sips[i].kill_after_ms[k] = e->kill_after_ms[k];
    out->sips[i].own_space = e->own_space;
    out->sips[i].ring3 = e->ring3;
    out->sips[i].line = e->line;
    out->sips[i].column = e->column;
}

/* After the `}`: only the end of the line may follow. The block is
 * complete, so it is kept; the rest of the line is skipped. */
static void sip_after_block(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_END)
        return;
    bootconf_unexpected(p, BOOTCONF_E_STRAY, STR("unexpected text after '}': "));
    while (p->tok.kind != TOK_NEWLINE && p->tok.kind != TOK_END)
        bootconf_lex_next(p);
}

void bootconf_parse_sip(bootconf_parser_t *p)
{
    sip_block_init(p);
    if (!sip_header(p)) {
        bootconf_skip_statement(p);
        return;
    }
    bool closed = sip_body(p);
    if (!p->key_set[KEY_IMAGE]) {
        bootconf_msg_begin(p, STR("SIP "));
        bootconf_msg_token(p, &p->name);
        bootconf_msg_add(p, STR(" has no 'image'"));
        bootconf_msg_emit_at(p, BOOTCONF_E_NO_IMAGE, &p->name);
        p->bad = true;
    }
    if (!p->bad && p->out->sip_count < BOOTCONF_MAX_SIPS)
        sip_keep(p, p->out->sip_count++);
    if (closed)
        sip_after_block(p);
}
