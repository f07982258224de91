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

bool bootconf_take_space(bootconf_parser_t *p, bool *own, bool *ring3)
{
    if (bootconf_word_is(p, &p->tok, WORD_OWN)) {
        *own = true;
        *ring3 = false;
    } else if (bootconf_word_is(p, &p->tok, WORD_RING3)) {
        *own = true;
        *ring3 = true;
    } else if (bootconf_word_is(p, &p->tok, WORD_SHARED)) {
        *own = false;
        *ring3 = false;
    } else {
        return bootconf_unexpected(p, BOOTCONF_E_SPACE,
                                   STR("'space' must be 'shared', 'own' or 'ring3', found "));
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
    if (bootconf_word_is(p, &p->tok, WORD_DMA))
        return BOOTCONF_CAP_DMA;
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
        bootconf_msg_add(p, STR(" (known: spawn, boot-config, console-input, inspect, power, module-read, dma)"));
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

bool bootconf_list_line_ended(const bootconf_parser_t *p)
{
    return p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_END;
}

bool bootconf_list_separator(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_RBRACKET)
        return true;
    if (bootconf_list_line_ended(p))
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
        if (bootconf_list_line_ended(p))
            return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                       STR("unterminated list: expected ']' before "));
        if (!caps_item(p, caps) || !bootconf_list_separator(p))
            return false;
    }
    bootconf_lex_next(p);
    return true;
}

/* ---- pci = VVVV:DDDD ---- */

/* The value of hex digit c, or -1. */
static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits of the current word from `at`, or -1. */
static int32_t hex16(const bootconf_parser_t *p, size_t at)
{
    int32_t v = 0;
    for (size_t i = 0; i < 4; i++) {
        int d = hex_digit(bootconf_byte(p, p->tok.start + at + i));
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A PCI vendor:device id, each four hex digits, vendor not 0 or ffff. */
bool bootconf_take_pci(bootconf_parser_t *p, uint16_t *vendor, uint16_t *device)
{
    int32_t v = -1, d = -1;
    if (p->tok.kind == TOK_WORD && p->tok.length == 9 && bootconf_byte(p, p->tok.start + 4) == ':') {
        v = hex16(p, 0);
        d = hex16(p, 5);
    }
    if (v <= 0 || v == 0xffff || d < 0)
        return bootconf_unexpected(p, BOOTCONF_E_PCI,
                                   STR("'pci' must be VENDOR:DEVICE in hexadecimal "
                                       "(e.g. 1af4:1001), found "));
    *vendor = (uint16_t)v;
    *device = (uint16_t)d;
    bootconf_lex_next(p);
    return true;
}
