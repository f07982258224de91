/*
 * bootconf_keyword.c — values spelled as keywords: `restart = no |
 * on-failure` and the capability list `caps = [spawn, boot-config]` (see
 * bootconf_internal.h for the conventions of bootconf_take_*).
 */
#include "bootconf_internal.h"

bool bootconf_take_restart(bootconf_parser_t *p, bootconf_restart_t *restart)
{
    if (bootconf_word_is(p, &p->tok, WORD_NO)) {
        *restart = BOOTCONF_RESTART_NO;
    } else if (bootconf_word_is(p, &p->tok, WORD_ON_FAILURE)) {
        *restart = BOOTCONF_RESTART_ON_FAILURE;
    } else {
        return bootconf_unexpected(p, BOOTCONF_E_RESTART,
                                   STR("'restart' must be 'no' or 'on-failure', found "));
    }
    bootconf_lex_next(p);
    return true;
}

/* ---- caps = [NAME, ...] ---- */

static uint32_t caps_lookup(const bootconf_parser_t *p)
{
    if (bootconf_word_is(p, &p->tok, WORD_SPAWN))
        return BOOTCONF_CAP_SPAWN;
    if (bootconf_word_is(p, &p->tok, WORD_BOOT_CONFIG))
        return BOOTCONF_CAP_BOOT_CONFIG;
    if (bootconf_word_is(p, &p->tok, WORD_CONSOLE_INPUT))
        return BOOTCONF_CAP_CONSOLE_INPUT;
    if (bootconf_word_is(p, &p->tok, WORD_INSPECT))
        return BOOTCONF_CAP_INSPECT;
    if (bootconf_word_is(p, &p->tok, WORD_POWER))
        return BOOTCONF_CAP_POWER;
    if (bootconf_word_is(p, &p->tok, WORD_MODULE_READ))
        return BOOTCONF_CAP_MODULE_READ;
    return 0;
}

/* One capability name at p->tok: adds its bit, warns about a repeat. */
static bool caps_item(bootconf_parser_t *p, uint32_t *caps)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                   STR("expected a capability or ']', found "));
    uint32_t bit = caps_lookup(p);
    if (bit == 0) {
        bootconf_msg_begin(p, STR("unknown capability "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, STR(" (known: spawn, boot-config, console-input, inspect, power, module-read)"));
        bootconf_msg_emit_at(p, BOOTCONF_E_UNKNOWN_CAP, &p->tok);
        return false;
    }
    if ((*caps & bit) != 0) {
        bootconf_msg_begin(p, STR("capability "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_add(p, STR(" is listed twice"));
        bootconf_msg_emit_at(p, BOOTCONF_W_DUP_CAP, &p->tok);
    }
    *caps |= bit;
    bootconf_lex_next(p);
    return true;
}

static bool caps_line_ended(const bootconf_parser_t *p)
{
    return p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_END;
}

/* After an item: `,` (consumed, true), `]` (left, true) or an error. */
static bool caps_separator(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_RBRACKET)
        return true;
    if (caps_line_ended(p))
        return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                   STR("unterminated list: expected ']' before "));
    if (p->tok.kind != TOK_COMMA)
        return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                   STR("expected ',' or ']' in the list, found "));
    bootconf_lex_next(p);
    return true;
}

/* `[` [NAME {`,` NAME} [`,`]] `]`, all on one line. */
bool bootconf_take_caps(bootconf_parser_t *p, uint32_t *caps)
{
    if (p->tok.kind != TOK_LBRACKET)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected '[' to start the list of 'caps', found "));
    bootconf_lex_next(p);
    while (p->tok.kind != TOK_RBRACKET) {
        if (caps_line_ended(p))
            return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                       STR("unterminated list: expected ']' before "));
        if (!caps_item(p, caps) || !caps_separator(p))
            return false;
    }
    bootconf_lex_next(p);
    return true;
}
