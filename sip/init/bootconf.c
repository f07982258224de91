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

/* True when p->tok starts a statement: `sip` or `allow` first on a line. */
bool bootconf_at_statement(const bootconf_parser_t *p)
{
    return p->tok.line_start && (bootconf_word_is(p, &p->tok, "sip") ||
                                 bootconf_word_is(p, &p->tok, "allow"));
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

static bool allow_action(bootconf_parser_t *p, bootconf_rule_t *rule)
{
    if (bootconf_word_is(p, &p->tok, "publish"))
        rule->action = BOOTCONF_PUBLISH;
    else if (bootconf_word_is(p, &p->tok, "bind"))
        rule->action = BOOTCONF_BIND;
    else
        return bootconf_unexpected(p, BOOTCONF_E_ACTION,
                                   "expected 'publish' or 'bind', found ");
    bootconf_lex_next(p);
    return true;
}

/* Reads the rule's words into *rule; false after reporting an error. */
static bool allow_read(bootconf_parser_t *p, bootconf_rule_t *rule)
{
    if (p->tok.kind != TOK_WORD)
        return bootconf_unexpected(p, BOOTCONF_E_SYNTAX,
                                   "expected a SIP name after 'allow', found ");
    rule->line = p->tok.line;
    rule->column = p->tok.column;
    if (!bootconf_take_name(p, rule->sip) || !allow_action(p, rule))
        return false;
    if (!bootconf_take_string(p, rule->service, BOOTCONF_SERVICE_MAX,
                              "the service name", false))
        return false;
    if (p->tok.kind != TOK_NEWLINE && p->tok.kind != TOK_END)
        return bootconf_unexpected(p, BOOTCONF_E_STRAY,
                                   "unexpected text after the rule: ");
    return true;
}

static const bootconf_rule_t *allow_find(const bootconf_t *out,
                                         const bootconf_rule_t *rule)
{
    for (size_t i = 0; i < out->rule_count; i++) {
        const bootconf_rule_t *r = &out->rules[i];
        if (r->action == rule->action && bootconf_str_eq(r->sip, rule->sip) &&
            bootconf_str_eq(r->service, rule->service))
            return r;
    }
    return NULL;
}

/* Stores a well-formed rule: a repeat is a warning, a full table an error. */
static void allow_store(bootconf_parser_t *p, const bootconf_rule_t *rule,
                        const bootconf_token_t *keyword)
{
    const bootconf_rule_t *first = allow_find(p->out, rule);
    if (first != NULL) {
        bootconf_msg_begin(p, "rule repeats the one at ");
        bootconf_msg_pos(p, first->line, first->column);
        bootconf_msg_emit(p, BOOTCONF_W_DUP_RULE, rule->line, rule->column);
        return;
    }
    if (p->out->rule_count == BOOTCONF_MAX_RULES) {
        bootconf_msg_begin(p, "too many rules (limit ");
        bootconf_msg_u64(p, BOOTCONF_MAX_RULES);
        bootconf_msg_add(p, "): this rule is skipped");
        bootconf_msg_emit_at(p, BOOTCONF_E_RULE_LIMIT, keyword);
        return;
    }
    bootconf_rule_t *slot = &p->out->rules[p->out->rule_count++];
    bootconf_str_copy(slot->sip, sizeof slot->sip, rule->sip);
    bootconf_str_copy(slot->service, sizeof slot->service, rule->service);
    slot->action = rule->action;
    slot->line = rule->line;
    slot->column = rule->column;
}

static void parse_allow(bootconf_parser_t *p)
{
    bootconf_token_t keyword;
    bootconf_lex_save(p, &keyword);
    bootconf_rule_t rule;
    rule.sip[0] = '\0';
    rule.service[0] = '\0';
    bootconf_lex_next(p);
    if (allow_read(p, &rule))
        allow_store(p, &rule, &keyword);
    else
        bootconf_skip_statement(p);
}

/* ---- the statement loop ---- */

static void parse_statement(bootconf_parser_t *p)
{
    if (p->tok.kind == TOK_NEWLINE) {
        bootconf_lex_next(p);
    } else if (bootconf_word_is(p, &p->tok, "sip")) {
        bootconf_parse_sip(p);
    } else if (bootconf_word_is(p, &p->tok, "allow")) {
        parse_allow(p);
    } else {
        bootconf_unexpected(p, BOOTCONF_E_STATEMENT,
                            "expected a statement ('sip' or 'allow'), found ");
        bootconf_skip_statement(p);
    }
}

static bool sip_declared(const bootconf_t *out, const char *name)
{
    for (size_t i = 0; i < out->sip_count; i++) {
        if (bootconf_str_eq(out->sips[i].name, name))
            return true;
    }
    return false;
}

/* Warns about rules that name a SIP this configuration does not start. */
static void check_rules(bootconf_parser_t *p)
{
    for (size_t i = 0; i < p->out->rule_count; i++) {
        const bootconf_rule_t *rule = &p->out->rules[i];
        if (sip_declared(p->out, rule->sip))
            continue;
        bootconf_msg_begin(p, "rule names SIP '");
        bootconf_msg_add(p, rule->sip);
        bootconf_msg_add(p, "', which this configuration does not start");
        bootconf_msg_emit(p, BOOTCONF_W_UNKNOWN_SIP, rule->line, rule->column);
    }
}

static void clear_bytes(void *object, size_t size)
{
    unsigned char *bytes = object;
    for (size_t i = 0; i < size; i++)
        bytes[i] = 0;
}

bool bootconf_parse(const char *text, size_t length, bootconf_t *out,
                    bootconf_diag_fn diag, void *context)
{
    bootconf_parser_t p;
    if (out == NULL)
        return false;
    clear_bytes(out, sizeof *out);
    clear_bytes(&p, sizeof p);
    bootconf_lex_init(&p, text, text != NULL ? length : 0);
    p.out = out;
    p.diag = diag;
    p.context = context;
    bootconf_lex_next(&p);
    while (p.tok.kind != TOK_END)
        parse_statement(&p);
    check_rules(&p);
    return out->errors == 0;
}
