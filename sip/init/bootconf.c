/*
 * bootconf.c — the boot configuration parser: the statement loop, `allow`
 * rules, recovery after an error, and the policy checks at the end.
 *
 * A configuration is a sequence of statements, each starting with a
 * keyword at the start of a line: `sip` (bootconf_sip.c) or `allow`. A new
 * statement kind is a new keyword here plus its parse function. After an
 * error the statement is skipped: parsing resumes after the `}` of a bad
 * block or at the next line that starts with a statement keyword.
 */
#include "bootconf_internal.h"

/* The state of the parse in progress (bootconf_internal.h). */
static bootconf_parser_t parser;

/* True when p->tok starts a statement: `sip` or `allow` first on a line. */
bool bootconf_at_statement(const bootconf_parser_t *p)
{
    return p->tok.line_start && (bootconf_word_is(p, &p->tok, WORD_SIP) ||
                                 bootconf_word_is(p, &p->tok, WORD_ALLOW));
}

/* Skips the rest of a bad statement: up to and including the `}` of a
 * block it opened, or up to the next statement keyword or the end. */
void bootconf_skip_statement(bootconf_parser_t *p)
{
    bool in_block = false;
    do {
        if (p->tok.kind == TOK_LBRACE) {
            in_block = true;
        } else if (p->tok.kind == TOK_RBRACE && in_block) {
            bootconf_lex_next(p);
            return;
        }
        bootconf_lex_next(p);
    } while (p->tok.kind != TOK_END && !bootconf_at_statement(p));
}

/* ---- allow SIP publish|bind "SERVICE" ---- */

static bool allow_action(bootconf_parser_t *p)
{
    if (bootconf_word_is(p, &p->tok, WORD_PUBLISH))
        p->rule.action = BOOTCONF_PUBLISH;
    else if (bootconf_word_is(p, &p->tok, WORD_BIND))
        p->rule.action = BOOTCONF_BIND;
    else
        return bootconf_unexpected(p, BOOTCONF_E_ACTION,
                                   STR("expected 'publish' or 'bind', found "));
    bootconf_lex_next(p);
    return true;
}

/* Reads the rule's words into p->rule; false after reporting an error. */
static bool allow_read(bootconf_parser_t *p)
{
    bootconf_rule_t *rule = &p->rule;
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   STR("expected a SIP name after 'allow', found "));
    rule->line = p->tok.line;
    rule->column = p->tok.column;
    if (!bootconf_take_name(p))
        return false;
    bootconf_value_to_name(p, &rule->sip);
    if (!allow_action(p))
        return false;
    if (!bootconf_take_string(p, BOOTCONF_SERVICE_MAX, STR("the service name"), false))
        return false;
    bootconf_value_to_image(p, &rule->service);
    if (p->tok.kind != TOK_NEWLINE && p->tok.kind != TOK_END)
        return bootconf_unexpected(p, BOOTCONF_E_STRAY,
                                   STR("unexpected text after the rule: "));
    return true;
}

static bool service_eq(const char (*a)[BOOTCONF_SERVICE_MAX + 1],
                       const char (*b)[BOOTCONF_SERVICE_MAX + 1])
{
    for (size_t i = 0; i < BOOTCONF_SERVICE_MAX + 1; i++) {
        if ((*a)[i] != (*b)[i])
            return false;
        if ((*a)[i] == '\0')
            return true;
    }
    return true;
}

/* The index of a kept rule equal to p->rule, or out->rule_count. */
static size_t allow_find(const bootconf_parser_t *p)
{
    const bootconf_t *out = p->out;
    const bootconf_rule_t *rule = &p->rule;
    size_t i = 0;
    for (; i < out->rule_count && i < BOOTCONF_MAX_RULES; i++) {
        if (out->rules[i].action == rule->action &&
            bootconf_name_eq(&out->rules[i].sip, &rule->sip) &&
            service_eq(&out->rules[i].service, &rule->service))
            return i;
    }
    return out->rule_count;
}

/* Copies p->rule into out->rules[i], field by field (no memcpy). */
static void allow_keep(bootconf_parser_t *p, size_t i)
{
    bootconf_t *out = p->out;
    const bootconf_rule_t *rule = &p->rule;
    for (size_t k = 0; k < sizeof rule->sip; k++)
        out->rules[i].sip[k] = rule->sip[k];
    for (size_t k = 0; k < sizeof rule->service; k++)
        out->rules[i].service[k] = rule->service[k];
    out->rules[i].action = rule->action;
    out->rules[i].line = rule->line;
    out->rules[i].column = rule->column;
}

/* Stores a well-formed rule: a repeat is a warning, a full table an error. */
static void allow_store(bootconf_parser_t *p)
{
    bootconf_t *out = p->out;
    size_t first = allow_find(p);
    if (first < out->rule_count) {
        bootconf_msg_begin(p, STR("rule repeats the one at "));
        bootconf_msg_pos(p, out->rules[first].line, out->rules[first].column);
        bootconf_msg_emit(p, BOOTCONF_W_DUP_RULE, p->rule.line, p->rule.column);
        return;
    }
    if (out->rule_count >= BOOTCONF_MAX_RULES) {
        bootconf_msg_begin(p, STR("too many rules (limit "));
        bootconf_msg_u64(p, BOOTCONF_MAX_RULES);
        bootconf_msg_add(p, STR("): this rule is skipped"));
        bootconf_msg_emit_at(p, BOOTCONF_E_RULE_LIMIT, &p->keyword);
        return;
    }
    allow_keep(p, out->rule_count++);
}

static void parse_allow(bootconf_parser_t *p)
{
    bootconf_token_copy(&p->keyword, &p->tok);
    p->rule.sip[0] = '\0';
    p->rule.service[0] = '\0';
    bootconf_lex_next(p);
    if (allow_read(p))
        allow_store(p);
    else
        bootconf_skip_statement(p);
}

/* ---- the statement loop ---- */

static void parse_statement(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_NEWLINE) {
        bootconf_lex_next(p);
    } else if (bootconf_word_is(p, &p->tok, WORD_SIP)) {
        bootconf_parse_sip(p);
    } else if (bootconf_word_is(p, &p->tok, WORD_ALLOW)) {
        parse_allow(p);
    } else {
        bootconf_unexpected(p, BOOTCONF_E_STATEMENT,
                            STR("expected a statement ('sip' or 'allow'), found "));
        bootconf_skip_statement(p);
    }
}

static bool sip_declared(const bootconf_t *out, size_t rule)
{
    for (size_t i = 0; i < out->sip_count && i < BOOTCONF_MAX_SIPS; i++) {
        if (bootconf_name_eq(&out->sips[i].name, &out->rules[rule].sip))
            return true;
    }
    return false;
}

/* Warns about rules that name a SIP this configuration does not start. */
static void check_rules(bootconf_parser_t *p)
{
    const bootconf_t *out = p->out;
    for (size_t i = 0; i < out->rule_count && i < BOOTCONF_MAX_RULES; i++) {
        if (sip_declared(out, i))
            continue;
        bootconf_msg_begin(p, STR("rule names SIP '"));
        bootconf_msg_name(p, &out->rules[i].sip);
        bootconf_msg_add(p, STR("', which this configuration does not start"));
        bootconf_msg_emit(p, BOOTCONF_W_UNKNOWN_SIP, out->rules[i].line,
                          out->rules[i].column);
    }
}

static void clear_sip(bootconf_t *out, size_t i)
{
    for (size_t k = 0; k < sizeof out->sips[i].name; k++)
        out->sips[i].name[k] = '\0';
    for (size_t k = 0; k < sizeof out->sips[i].image; k++)
        out->sips[i].image[k] = '\0';
    for (size_t k = 0; k < sizeof out->sips[i].args; k++)
        out->sips[i].args[k] = '\0';
    out->sips[i].priority = 0;
    out->sips[i].quota = 0;
    out->sips[i].caps = 0;
    out->sips[i].restart = BOOTCONF_RESTART_NO;
    out->sips[i].pci_vendor = 0;
    out->sips[i].pci_device = 0;
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++) {
        out->sips[i].port_base[r] = 0;
        out->sips[i].port_count[r] = 0;
    }
    out->sips[i].irqs = 0;
    for (size_t k = 0; k < BOOTCONF_KILLS; k++)
        out->sips[i].kill_after_ms[k] = 0;
    out->sips[i].line = 0;
    out->sips[i].column = 0;
}

static void clear_rule(bootconf_t *out, size_t i)
{
    for (size_t k = 0; k < sizeof out->rules[i].sip; k++)
        out->rules[i].sip[k] = '\0';
    for (size_t k = 0; k < sizeof out->rules[i].service; k++)
        out->rules[i].service[k] = '\0';
    out->rules[i].action = BOOTCONF_PUBLISH;
    out->rules[i].line = 0;
    out->rules[i].column = 0;
}

/* Clears *out field by field (no memset). */
static void clear_config(bootconf_t *out)
{
    for (size_t i = 0; i < BOOTCONF_MAX_SIPS; i++)
        clear_sip(out, i);
    for (size_t i = 0; i < BOOTCONF_MAX_RULES; i++)
        clear_rule(out, i);
    out->sip_count = 0;
    out->rule_count = 0;
    out->errors = 0;
    out->warnings = 0;
}

bool bootconf_parse(str_t text, bootconf_t *out, bootconf_diag_fn diag)
{
    bootconf_parser_t *p = &parser;
    if (out == NULL)
        return false;
    clear_config(out);
    bootconf_lex_init(p, text);
    p->out = out;
    p->diag = diag;
    p->message_length = 0;
    p->message.message[0] = '\0';
    bootconf_lex_next(p);
    while (p->tok.kind != TOK_END)
        parse_statement(p);
    check_rules(p);
    p->out = NULL;
    p->diag = NULL;
    return out->errors == 0;
}
