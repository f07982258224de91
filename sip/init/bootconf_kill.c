/*
 * bootconf_kill.c — fault injection written as a list (see
 * bootconf_internal.h for the conventions of bootconf_take_*):
 *   kill-after = [MS, ...]   at most BOOTCONF_KILLS times, each
 *                            1..BOOTCONF_KILL_MAX_MS milliseconds
 * init kills the k-th instance of the SIP (the first start, then each
 * restart) MS_k milliseconds after starting it, through the kernel's kill
 * entry; instances past the list run untouched (sip/init/main.c).
 */
#include "bootconf_internal.h"

#include <insula/err.h>

static bool kill_item(bootconf_parser_t *p, bootconf_sip_t *entry, size_t k)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                   STR("expected milliseconds or ']', found "));
    str_result_t text = str_slice(p->text, p->tok.start, p->tok.length);
    u64_result_t n = str_parse_u64(text.str, 10);
    if (k == BOOTCONF_KILLS || text.err != OK || n.err != OK || n.value == 0 ||
        n.value > BOOTCONF_KILL_MAX_MS) {
        bootconf_msg_begin(p, k == BOOTCONF_KILLS
                                  ? STR("more than 4 kill times; the 5th is ")
                                  : STR("a kill time is milliseconds 1..3600000, found "));
        bootconf_msg_token(p, &p->tok);
        bootconf_msg_emit_at(p, BOOTCONF_E_RANGE, &p->tok);
        return false;
    }
    entry->kill_after_ms[k] = (uint32_t)n.value;
    bootconf_lex_next(p);
    return true;
}

bool bootconf_take_kills(bootconf_parser_t *p, bootconf_sip_t *entry)
{
    if (p->tok.kind != TOK_LBRACKET)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected '[' to start the list of 'kill-after', found "));
    bootconf_lex_next(p);
    for (size_t k = 0; p->tok.kind != TOK_RBRACKET; k++) {
        if (bootconf_list_line_ended(p))
            return bootconf_unexpected(p, BOOTCONF_E_LIST,
                                       STR("unterminated list: expected ']' before "));
        if (!kill_item(p, entry, k) || !bootconf_list_separator(p))
            return false;
    }
    bootconf_lex_next(p);
    return true;
}
