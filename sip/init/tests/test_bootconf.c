/*
 * test_bootconf.c — host unit test of the boot configuration parser (run
 * under ASan + UBSan): the documented example, defaults, limits, escapes,
 * every error with its exact line:column and id (each followed by a good
 * entry that must still parse), warnings, the formatter, and inputs that
 * are not NUL-terminated.
 */
#include "bootconf.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appended to every bad input: it must survive the error before it. */
static const char after_text[] =
    "sip after {\n"
    "    image = \"after.sip\"\n"
    "}\n"
    "allow after bind \"svc\"\n";

typedef struct {
    const char *text;           /* the bad input, before after_text */
    uint32_t line, column;      /* of the one diagnostic expected */
    bootconf_diag_id_t id;
    const char *kept;           /* a SIP of text that must be kept, or NULL */
} bad_case_t;

static const bad_case_t bad_cases[] = {
    /* names and block structure */
    { "sip Hello {\n    image = \"h\"\n}\n", 1, 5, BOOTCONF_E_NAME, NULL },
    { "sip abcdefghijklmnopqrstuvwxyz012345 {\n    image = \"h\"\n}\n",
      1, 5, BOOTCONF_E_NAME, NULL },
    { "sip {\n    image = \"h\"\n}\n", 1, 5, BOOTCONF_E_SYNTAX, NULL },
    { "sip a\n    image = \"h\"\n}\n", 1, 6, BOOTCONF_E_SYNTAX, NULL },
    { "sip a {\n    image = \"h\"\n", 1, 7, BOOTCONF_E_UNCLOSED, NULL },
    { "sip a {\n}\n", 1, 5, BOOTCONF_E_NO_IMAGE, NULL },
    { "sip a { image = \"a\" }\nsip a { image = \"b\" }\n",
      2, 5, BOOTCONF_E_DUP_SIP, "a" },
    { "sip a { image = \"a\" } sip\n", 1, 23, BOOTCONF_E_STRAY, "a" },
    { "service a {\n    image = \"h\"\n}\n", 1, 1, BOOTCONF_E_STATEMENT, NULL },
    { "}\n", 1, 1, BOOTCONF_E_STATEMENT, NULL },
    { "sip a {\n    image = \"h\" @\n}\n", 2, 17, BOOTCONF_E_STRAY, NULL },
    { "sip a {\n    image = \"h\"\x02\n}\n", 2, 16, BOOTCONF_E_CHAR, NULL },
    /* keys */
    { "sip a {\n    image = \"h\"\n    image = \"i\"\n}\n",
      3, 5, BOOTCONF_E_DUP_KEY, NULL },
    { "sip a {\n    image = \"h\"\n    colour = 3\n}\n",
      3, 5, BOOTCONF_E_UNKNOWN_KEY, NULL },
    { "sip a {\n    image \"h\"\n}\n", 2, 11, BOOTCONF_E_SYNTAX, NULL },
    { "sip a {\n    image = \"h\" \"i\"\n}\n", 2, 17, BOOTCONF_E_STRAY, NULL },
    { "sip a {\n    image = \"h\"\n    = 3\n}\n", 3, 5, BOOTCONF_E_SYNTAX, NULL },
    /* strings */
    { "sip a {\n    image = h.sip\n}\n", 2, 13, BOOTCONF_E_SYNTAX, NULL },
    { "sip a {\n    image = \"\"\n}\n", 2, 13, BOOTCONF_E_EMPTY, NULL },
    { "sip a {\n    image = \"h\n}\n", 2, 13, BOOTCONF_E_STRING, NULL },
    { "sip a {\n    image = \"h\\n\"\n}\n", 2, 15, BOOTCONF_E_ESCAPE, NULL },
    { "sip a {\n    image = \"h\x01\"\n}\n", 2, 15, BOOTCONF_E_STRING, NULL },
    { "sip a {\n    image = \"0123456789012345678901234567890123456789"
      "012345678901234567890123\"\n}\n", 2, 13, BOOTCONF_E_TOO_LONG, NULL },
    /* numbers */
    { "sip a {\n    image = \"h\"\n    priority = 8\n}\n",
      3, 16, BOOTCONF_E_RANGE, NULL },
    { "sip a {\n    image = \"h\"\n    priority = -1\n}\n",
      3, 16, BOOTCONF_E_NUMBER, NULL },
    { "sip a {\n    image = \"h\"\n    priority = 3K\n}\n",
      3, 17, BOOTCONF_E_SUFFIX, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 256KB\n}\n",
      3, 16, BOOTCONF_E_SUFFIX, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 256k\n}\n",
      3, 16, BOOTCONF_E_SUFFIX, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 1K\n}\n",
      3, 13, BOOTCONF_E_RANGE, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 65G\n}\n",
      3, 13, BOOTCONF_E_RANGE, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 99999999999999999999999\n}\n",
      3, 13, BOOTCONF_E_RANGE, NULL },
    { "sip a {\n    image = \"h\"\n    quota = 17179869184G\n}\n",
      3, 13, BOOTCONF_E_RANGE, NULL },
    { "sip a {\n    image = \"h\"\n    quota = \"4K\"\n}\n",
      3, 13, BOOTCONF_E_NUMBER, NULL },
    /* caps and restart */
    { "sip a {\n    image = \"h\"\n    caps = [spawn, fly]\n}\n",
      3, 20, BOOTCONF_E_UNKNOWN_CAP, NULL },
    { "sip a {\n    image = \"h\"\n    caps = [spawn\n}\n",
      3, 18, BOOTCONF_E_LIST, NULL },
    { "sip a {\n    image = \"h\"\n    caps = [spawn boot-config]\n}\n",
      3, 19, BOOTCONF_E_LIST, NULL },
    { "sip a {\n    image = \"h\"\n    caps = [,]\n}\n",
      3, 13, BOOTCONF_E_LIST, NULL },
    { "sip a {\n    image = \"h\"\n    caps = spawn\n}\n",
      3, 12, BOOTCONF_E_SYNTAX, NULL },
    { "sip a {\n    image = \"h\"\n    restart = always\n}\n",
      3, 15, BOOTCONF_E_RESTART, NULL },
    /* allow rules */
    { "allow a frob \"console\"\n", 1, 9, BOOTCONF_E_ACTION, NULL },
    { "allow a bind console\n", 1, 14, BOOTCONF_E_SYNTAX, NULL },
    { "allow a bind \"console\" now\n", 1, 24, BOOTCONF_E_STRAY, NULL },
    { "allow A bind \"console\"\n", 1, 7, BOOTCONF_E_NAME, NULL },
    { "allow \"a\" bind \"console\"\n", 1, 7, BOOTCONF_E_SYNTAX, NULL },
    { "allow a bind \"\"\n", 1, 14, BOOTCONF_E_EMPTY, NULL },
    { "allow a publish \"0123456789012345678901234567890123456789"
      "012345678901234567890123\"\n", 1, 17, BOOTCONF_E_TOO_LONG, NULL },
};

/* ---- collecting diagnostics ---- */

#define SEEN_MAX 64

typedef struct {
    bootconf_diag_t diags[SEEN_MAX];
    char messages[SEEN_MAX][BOOTCONF_MESSAGE_MAX];
    size_t count;
} seen_t;

static bootconf_t conf;  /* large; one at a time */
static seen_t seen;

static void seen_diag(const bootconf_diag_t *diag)
{
    if (seen.count == SEEN_MAX)
        return;
    snprintf(seen.messages[seen.count], BOOTCONF_MESSAGE_MAX, "%s",
             diag->message);
    seen.diags[seen.count] = *diag;
    seen.count++;
}

/* A view of `length` bytes at `bytes` (NULL: a view without bytes). */
static str_t view(const char *bytes, size_t length)
{
    return (str_t){ .bytes = bytes, .len = length };
}

/* Parses `length` bytes copied into an exactly sized heap buffer, so that
 * ASan reports any read past the end. */
static bool parse_exact(const char *text, size_t length)
{
    char *copy = malloc(length != 0 ? length : 1);
    memcpy(copy, text, length);
    memset(&seen, 0, sizeof seen);
    bool ok = bootconf_parse(view(copy, length), &conf, seen_diag);
    free(copy);
    return ok;
}

static bool parse_text(const char *text)
{
    return parse_exact(text, strlen(text));
}

static const bootconf_sip_t *find_sip(const char *name)
{
    for (size_t i = 0; i < conf.sip_count; i++) {
        if (strcmp(conf.sips[i].name, name) == 0)
            return &conf.sips[i];
    }
    return NULL;
}

static const bootconf_rule_t *find_rule(const char *sip, const char *service)
{
    for (size_t i = 0; i < conf.rule_count; i++) {
        if (strcmp(conf.rules[i].sip, sip) == 0 &&
            strcmp(conf.rules[i].service, service) == 0)
            return &conf.rules[i];
    }
    return NULL;
}

/* ---- the documented example ---- */

static const char example[] =
    "# comments to end of line\n"
    "sip hello {\n"
    "    image    = \"hello.sip\"      # the boot module\n"
    "    args     = \"--greeting hi\"  # optional\n"
    "    priority = 5\n"
    "    quota    = 256K\n"
    "    caps     = [spawn, boot-config]\n"
    "    restart  = on-failure\n"
    "}\n"
    "sip client { image = \"client.sip\" }\n"
    "allow hello publish \"console\"\n"
    "allow client bind \"console\"\n";

static void test_example(void)
{
    CHECK(parse_text(example));
    CHECK_EQ_U(seen.count, 0);
    CHECK_EQ_U(conf.sip_count, 2);
    const bootconf_sip_t *s = &conf.sips[0];
    CHECK_EQ_S(s->name, "hello");
    CHECK_EQ_S(s->image, "hello.sip");
    CHECK_EQ_S(s->args, "--greeting hi");
    CHECK_EQ_U(s->priority, 5);
    CHECK_EQ_U(s->quota, 256 * 1024);
    CHECK_EQ_U(s->caps, BOOTCONF_CAP_SPAWN | BOOTCONF_CAP_BOOT_CONFIG);
    CHECK_EQ_U(s->restart, BOOTCONF_RESTART_ON_FAILURE);
    CHECK_EQ_U(s->line, 2);
    CHECK_EQ_U(s->column, 5);
    CHECK_EQ_U(conf.rule_count, 2);
    CHECK_EQ_S(conf.rules[0].sip, "hello");
    CHECK_EQ_U(conf.rules[0].action, BOOTCONF_PUBLISH);
    CHECK_EQ_S(conf.rules[0].service, "console");
    CHECK_EQ_U(conf.rules[1].action, BOOTCONF_BIND);
    CHECK_EQ_U(conf.rules[1].line, 12);
    CHECK_EQ_U(conf.rules[1].column, 7);
}

static void test_defaults(void)
{
    CHECK(parse_text("sip client { image = \"client.sip\" }"));
    const bootconf_sip_t *s = find_sip("client");
    CHECK(s != NULL);
    if (s == NULL)
        return;
    CHECK_EQ_S(s->args, "");
    CHECK_EQ_U(s->priority, BOOTCONF_PRIORITY_DEFAULT);
    CHECK_EQ_U(s->quota, 0);
    CHECK_EQ_U(s->caps, 0);
    CHECK_EQ_U(s->restart, BOOTCONF_RESTART_NO);
}

/* ---- every bad input: one diagnostic, exactly placed; `after` lives ---- */

static void check_bad_case(size_t index, const bad_case_t *c)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s", c->text, after_text);
    unsigned failures = test_failures;
    CHECK(!parse_text(text));
    CHECK_EQ_U(conf.errors, 1);
    CHECK_EQ_U(conf.warnings, 0);
    CHECK_EQ_U(seen.count, 1);
    if (seen.count >= 1 && (seen.diags[0].id != c->id ||
                            seen.diags[0].line != c->line ||
                            seen.diags[0].column != c->column))
        TEST_FAIL("bad case %zu: got %u:%u %s (%s), expected %u:%u %s", index,
                  seen.diags[0].line, seen.diags[0].column,
                  bootconf_diag_id_name(seen.diags[0].id), seen.messages[0],
                  c->line, c->column, bootconf_diag_id_name(c->id));
    const bootconf_sip_t *after = find_sip("after");
    CHECK(after != NULL && strcmp(after->image, "after.sip") == 0);
    CHECK(find_rule("after", "svc") != NULL);
    CHECK_EQ_U(conf.sip_count, c->kept != NULL ? 2 : 1);
    if (c->kept != NULL)
        CHECK(find_sip(c->kept) != NULL);
    if (test_failures != failures)
        fprintf(stderr, "  in bad case %zu:\n%s", index, text);
}

static void test_bad_cases(void)
{
    size_t n = sizeof bad_cases / sizeof bad_cases[0];
    CHECK(n >= 20);
    for (size_t i = 0; i < n; i++)
        check_bad_case(i, &bad_cases[i]);
}

/* Every bad setting of one block is reported; the block is skipped. */
static void test_errors_in_one_block(void)
{
    CHECK(!parse_text("sip a {\n"
                      "    image = \"a\"\n"
                      "    priority = 9\n"
                      "    quota = 1X\n"
                      "    restart = never\n"
                      "}\n"
                      "sip b { image = \"b\" }\n"));
    CHECK_EQ_U(conf.errors, 3);
    CHECK_EQ_U(seen.count, 3);
    CHECK_EQ_U(seen.diags[0].line, 3);
    CHECK_EQ_U(seen.diags[1].line, 4);
    CHECK_EQ_U(seen.diags[2].line, 5);
    CHECK(find_sip("a") == NULL);
    CHECK(find_sip("b") != NULL);
}

static void test_messages(void)
{
    parse_text("sip a {\n    image = \"a\"\n    priority = 12\n}\n");
    CHECK_EQ_S(seen.messages[0], "priority '12' is out of range (0..7)");
    parse_text("sip a {\n    image = \"a\"\n    image = \"b\"\n}\n");
    CHECK_EQ_S(seen.messages[0], "key 'image' is already set at 2:5");
    parse_text("sip a {\n    image = \"a\"\n    quota = 128G\n}\n");
    CHECK_EQ_S(seen.messages[0], "quota '128G' is above the maximum 64G");
    parse_text("sip a {\n    image = \"a\"\n");
    CHECK_EQ_S(seen.messages[0],
               "block of SIP 'a' is not closed: expected '}' before end of file");
    parse_text("sip a { image = \"a\" }\nsip a { image = \"a\" }\n");
    CHECK_EQ_S(seen.messages[0], "SIP 'a' is already declared at 1:5");
    parse_text("sip a {\n    image = \"a\"\n    quota = 4KiB\n}\n");
    CHECK_EQ_S(seen.messages[0],
               "bad size suffix 'KiB' in '4KiB' (expected K, M or G)");
    parse_text("sip a { image = \"a\"\x7f }\n");
    CHECK_EQ_S(seen.messages[0], "invalid character '\\x7f'");
}

/* ---- limits: the last entry that fits, and the first that does not ---- */

static void test_sip_limit(void)
{
    static char text[8192];
    size_t n = 0;
    for (unsigned i = 0; i <= BOOTCONF_MAX_SIPS; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "sip s%u { image = \"s.sip\" }\n", i);
    snprintf(text + n, sizeof text - n, "allow s0 bind \"svc\"\n");
    CHECK(!parse_text(text));
    CHECK_EQ_U(conf.sip_count, BOOTCONF_MAX_SIPS);
    CHECK_EQ_U(seen.count, 1);
    CHECK_EQ_U(seen.diags[0].id, BOOTCONF_E_SIP_LIMIT);
    CHECK_EQ_U(seen.diags[0].line, BOOTCONF_MAX_SIPS + 1);
    CHECK_EQ_U(seen.diags[0].column, 1);
    CHECK(find_sip("s31") != NULL);
    CHECK(find_sip("s32") == NULL);
    CHECK_EQ_U(conf.rule_count, 1);
}

static void test_rule_limit(void)
{
    static char text[8192];
    size_t n = (size_t)snprintf(text, sizeof text, "sip a { image = \"a\" }\n");
    for (unsigned i = 0; i <= BOOTCONF_MAX_RULES; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "allow a bind \"s%u\"\n", i);
    snprintf(text + n, sizeof text - n, "sip b { image = \"b\" }\n");
    CHECK(!parse_text(text));
    CHECK_EQ_U(conf.rule_count, BOOTCONF_MAX_RULES);
    CHECK_EQ_U(seen.count, 1);
    CHECK_EQ_U(seen.diags[0].id, BOOTCONF_E_RULE_LIMIT);
    CHECK_EQ_U(seen.diags[0].line, BOOTCONF_MAX_RULES + 2);
    CHECK(find_sip("b") != NULL);
}

/* A string of `length` copies of 'x' as the value of `key`. */
static bool parse_long_value(const char *key, size_t length)
{
    char text[1024], value[512];
    memset(value, 'x', length);
    value[length] = '\0';
    snprintf(text, sizeof text, "sip a {\n    image = \"a\"\n    %s = \"%s\"\n}\n",
             strcmp(key, "image") == 0 ? "args" : key, value);
    if (strcmp(key, "image") == 0)
        snprintf(text, sizeof text, "sip a {\n    image = \"%s\"\n}\n", value);
    return parse_text(text);
}

static void test_length_limits(void)
{
    CHECK(parse_long_value("args", BOOTCONF_ARGS_MAX));
    CHECK_EQ_U(strlen(conf.sips[0].args), BOOTCONF_ARGS_MAX);
    CHECK(!parse_long_value("args", BOOTCONF_ARGS_MAX + 1));
    CHECK_EQ_U(seen.diags[0].id, BOOTCONF_E_TOO_LONG);
    CHECK(parse_long_value("image", BOOTCONF_IMAGE_MAX));
    CHECK(!parse_long_value("image", BOOTCONF_IMAGE_MAX + 1));
    CHECK(parse_text("sip abcdefghijklmnopqrstuvwxyz01234 { image = \"a\" }"));
    CHECK_EQ_U(strlen(conf.sips[0].name), BOOTCONF_NAME_MAX);
    char text[256];
    snprintf(text, sizeof text, "allow a bind \"%0*d\"\nsip a { image = \"a\" }",
             BOOTCONF_SERVICE_MAX, 7);
    CHECK(parse_text(text));
    CHECK_EQ_U(strlen(conf.rules[0].service), BOOTCONF_SERVICE_MAX);
}

static void test_quota_bounds(void)
{
    CHECK(parse_text("sip a { image = \"a\"\nquota = 4096 }"));
    CHECK_EQ_U(conf.sips[0].quota, BOOTCONF_QUOTA_MIN);
    CHECK(!parse_text("sip a { image = \"a\"\nquota = 4095 }"));
    CHECK(parse_text("sip a { image = \"a\"\nquota = 64G }"));
    CHECK_EQ_U(conf.sips[0].quota, BOOTCONF_QUOTA_MAX);
    CHECK(!parse_text("sip a { image = \"a\"\nquota = 68719476737 }"));
    CHECK(parse_text("sip a { image = \"a\"\nquota = 3M }"));
    CHECK_EQ_U(conf.sips[0].quota, 3u << 20);
    CHECK(parse_text("sip a { image = \"a\"\npriority = 0 }"));
    CHECK_EQ_U(conf.sips[0].priority, 0);
    CHECK(parse_text("sip a { image = \"a\"\npriority = 007 }"));
    CHECK_EQ_U(conf.sips[0].priority, 7);
}

/* ---- lexical details ---- */

static void test_strings_and_comments(void)
{
    CHECK(parse_text("sip a {\n    image = \"a\\\"b\\\\c\"  # \"not a string\n"
                     "    args = \"# not a comment\"\n}\n"));
    CHECK_EQ_S(conf.sips[0].image, "a\"b\\c");
    CHECK_EQ_S(conf.sips[0].args, "# not a comment");
    CHECK(parse_text("sip a {\r\n    image = \"a\"\r\n    caps = []\r\n}\r\n"));
    CHECK_EQ_U(conf.sips[0].caps, 0);
    CHECK(parse_text("sip a {\n\timage = \"\xc3\xa9t\xc3\xa9\"\n"
                     "\tcaps = [boot-config,]\n}"));
    CHECK_EQ_S(conf.sips[0].image, "\xc3\xa9t\xc3\xa9");
    CHECK_EQ_U(conf.sips[0].caps, BOOTCONF_CAP_BOOT_CONFIG);
    CHECK(parse_text(""));
    CHECK(parse_text("\n\n# only comments\n   \n"));
    CHECK_EQ_U(conf.sip_count + conf.rule_count + seen.count, 0);
}

/* The text is not NUL-terminated: every prefix of the example parses
 * without reading past its end (ASan watches the exact-size copy). */
static void test_prefixes(void)
{
    size_t n = strlen(example);
    for (size_t length = 0; length <= n; length++) {
        bool ok = parse_exact(example, length);
        CHECK_EQ_U(ok, conf.errors == 0);
        CHECK(conf.sip_count <= 2 && conf.rule_count <= 2);
    }
    /* cut inside `priority = 5`: "priority = " then the text stops */
    const char *cut = strstr(example, "5\n");
    CHECK(!parse_exact(example, (size_t)(cut - example)));
    CHECK_EQ_U(seen.diags[0].id, BOOTCONF_E_NUMBER);
}

static void test_warnings(void)
{
    CHECK(parse_text("allow ghost bind \"svc\"\n"
                     "sip a {\n    image = \"a\"\n    caps = [spawn, spawn]\n}\n"
                     "allow a publish \"svc\"\nallow a publish \"svc\"\n"));
    CHECK_EQ_U(conf.errors, 0);
    CHECK_EQ_U(conf.warnings, 3);
    CHECK_EQ_U(seen.count, 3);
    CHECK_EQ_U(seen.diags[0].id, BOOTCONF_W_DUP_CAP);
    CHECK_EQ_U(seen.diags[0].severity, BOOTCONF_WARNING);
    CHECK_EQ_U(seen.diags[0].column, 20);
    CHECK_EQ_U(seen.diags[1].id, BOOTCONF_W_DUP_RULE);
    CHECK_EQ_U(seen.diags[1].line, 7);
    CHECK_EQ_U(seen.diags[2].id, BOOTCONF_W_UNKNOWN_SIP);
    CHECK_EQ_U(seen.diags[2].line, 1);
    CHECK_EQ_U(seen.diags[2].column, 7);
    CHECK_EQ_U(conf.rule_count, 2);
    CHECK_EQ_U(conf.sips[0].caps, BOOTCONF_CAP_SPAWN);
}

static void test_null_arguments(void)
{
    CHECK(!bootconf_parse(view("sip", 3), NULL, NULL));
    CHECK(bootconf_parse(view(NULL, 0), &conf, NULL));
    CHECK(bootconf_parse(view(NULL, 99), &conf, NULL));
    CHECK(!bootconf_parse(view("sip a {", 7), &conf, NULL));
    CHECK_EQ_U(conf.errors, 2);  /* unclosed, no image: counted without a callback */
}

/* ---- the formatter and the names ---- */

static void test_format(void)
{
    bootconf_diag_t d = { .severity = BOOTCONF_ERROR, .id = BOOTCONF_E_RANGE,
                          .line = 12, .column = 7, .message = "too big" };
    static bootconf_line_t line;
    char *buf = line.text;
    const char *full = "boot.conf:12:7: error: [CONFIG-RANGE] too big";
    CHECK_EQ_U(bootconf_format_diag(&line, 128, STR("boot.conf"), &d), strlen(full));
    CHECK_EQ_S(buf, full);
    CHECK_EQ_U(bootconf_format_diag(&line, 10, STR("boot.conf"), &d), strlen(full));
    CHECK_EQ_S(buf, "boot.conf");
    CHECK_EQ_U(bootconf_format_diag(NULL, 0, STR("boot.conf"), &d), strlen(full));
    buf[0] = 'x';
    bootconf_format_diag(&line, 1, STR("boot.conf"), &d);
    CHECK_EQ_U(buf[0], '\0');
    d.severity = BOOTCONF_WARNING;
    d.id = BOOTCONF_W_UNKNOWN_SIP;
    bootconf_format_diag(&line, sizeof line.text, view(NULL, 0), &d);
    CHECK_EQ_S(buf, "<config>:12:7: warning: [CONFIG-UNKNOWN-SIP] too big");
}

static void test_names(void)
{
    CHECK_EQ_S(bootconf_diag_id_name(BOOTCONF_E_CHAR), "CONFIG-CHAR");
    CHECK_EQ_S(bootconf_diag_id_name(BOOTCONF_DIAG__COUNT), "CONFIG-?");
    for (int id = 0; id < BOOTCONF_DIAG__COUNT; id++) {
        const char *name = bootconf_diag_id_name((bootconf_diag_id_t)id);
        CHECK(strncmp(name, "CONFIG-", 7) == 0 && strcmp(name, "CONFIG-?") != 0);
        for (int other = 0; other < id; other++)
            CHECK(strcmp(name, bootconf_diag_id_name((bootconf_diag_id_t)other)) != 0);
    }
    CHECK_EQ_S(bootconf_restart_name(BOOTCONF_RESTART_ON_FAILURE), "on-failure");
    CHECK_EQ_S(bootconf_action_name(BOOTCONF_PUBLISH), "publish");
    CHECK_EQ_S(bootconf_cap_name(BOOTCONF_CAP_BOOT_CONFIG), "boot-config");
    CHECK_EQ_S(bootconf_cap_name(BOOTCONF_CAP_CONSOLE_INPUT), "console-input");
    CHECK_EQ_S(bootconf_cap_name(BOOTCONF_CAP_INSPECT), "inspect");
    CHECK_EQ_S(bootconf_cap_name(BOOTCONF_CAP_POWER), "power");
    CHECK_EQ_S(bootconf_cap_name(1u << 9), "?");
}

int main(void)
{
    test_example();
    test_defaults();
    test_bad_cases();
    test_errors_in_one_block();
    test_messages();
    test_sip_limit();
    test_rule_limit();
    test_length_limits();
    test_quota_bounds();
    test_strings_and_comments();
    test_prefixes();
    test_warnings();
    test_null_arguments();
    test_format();
    test_names();
    return test_summary("test_bootconf");
}
