/*
 * bootconf_device.c — device grants written as lists (see
 * bootconf_internal.h for the conventions of bootconf_take_*):
 *   ports = [BASE+COUNT, ...]   at most BOOTCONF_PORT_RANGES ranges inside
 *                               0..0xffff; numbers decimal or 0x-hex
 *   irqs  = [N, ...]            lines 0..BOOTCONF_IRQ_MAX
 * Whether the kernel lets a line or port be granted at all is its own
 * check at spawn time (docs/drivers.md); this is only the syntax.
 */
#include "bootconf_internal.h"

#include <insula/err.h>

/* The current word as a view of the input. */
static str_t token_text(const bootconf_parser_t *p)
{
    return str_slice(p->text, p->tok.start, p->tok.length).str;
}

/* A number in C spelling (decimal, 0x hex), or ERR_* in .err. */
static u64_result_t number_of(str_t s)
{
    return str_parse_u64(s, 0);
}

static bool device_item_error(bootconf_parser_t *p, bootconf_diag_id_t id, str_t what)
{
    bootconf_msg_begin(p, what);
    bootconf_msg_token(p, &p->tok);
    bootconf_msg_emit_at(p, id, &p->tok);
    return false;
}

/* One BASE+COUNT at p->tok into range slot `r`. */
static bool port_item(bootconf_parser_t *p, bootconf_sip_t *entry, size_t r)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_LIST, STR("expected BASE+COUNT or ']', found "));
    if (r == BOOTCONF_PORT_RANGES)
        return device_item_error(p, BOOTCONF_E_PORTS,
                                  STR("more than 4 port ranges; the 5th is "));
    str_t text = token_text(p);
    int64_t plus = str_find_byte(text, '+');
    str_result_t base = str_slice(text, 0, plus < 0 ? 0 : (size_t)plus);
    str_result_t count = str_slice(text, (size_t)(plus + 1), plus < 0 ? 0 : text.len - (size_t)plus - 1);
    u64_result_t b = number_of(base.str), c = number_of(count.str);
    if (plus < 0 || b.err != OK || c.err != OK || c.value == 0 || b.value > 0xffff ||
        c.value > 0x10000 - b.value)
        return device_item_error(p, BOOTCONF_E_PORTS,
                                 STR("a port range is BASE+COUNT inside 0..0xffff "
                                     "(e.g. 0xc000+0x40), found "));
    entry->port_base[r] = (uint16_t)b.value;
    entry->port_count[r] = (uint16_t)c.value;
    bootconf_lex_next(p);
    return true;
}

bool bootconf_take_ports(bootconf_parser_t *p, bootconf_sip_t *entry)
{
    if (p->tok.kind != TOK_LBRACKET)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected '[' to start the list of 'ports', found "));
    bootconf_lex_next(p);
    for (size_t r = 0; p->tok.kind != TOK_RBRACKET; r++) {
        if (bootconf_list_line_ended(p))
            return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                       STR("unterminated list: expected ']' before "));
        if (!port_item(p, entry, r) || !bootconf_list_separator(p))
            return false;
    }
    bootconf_lex_next(p);
    return true;
}

static bool irq_item(bootconf_parser_t *p, uint32_t *irqs)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_LIST, STR("expected a line number or ']', found "));
    u64_result_t n = number_of(token_text(p));
    if (n.err != OK || n.value > BOOTCONF_IRQ_MAX)
        return device_item_error(p, BOOTCONF_E_IRQ,
                                 STR("an interrupt line is a number 0..31, found "));
    *irqs |= 1u << n.value;
    bootconf_lex_next(p);
    return true;
}

bool bootconf_take_irqs(bootconf_parser_t *p, uint32_t *irqs)
{
    if (p->tok.kind != TOK_LBRACKET)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected '[' to start the list of 'irqs', found "));
    bootconf_lex_next(p);
    while (p->tok.kind != TOK_RBRACKET) {
        if (bootconf_list_line_ended(p))
            return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                       STR("unterminated list: expected ']' before "));
        if (!irq_item(p, irqs) || !bootconf_list_separator(p))
            return false;
    }
    bootconf_lex_next(p);
    return true;
}
