/*
 * cmdline.c — parse `insula.KEY=VALUE` words into kernel_options_t.
 *
 * Pure code: no platform calls, so it is unit-tested on the host.
 */
#include "cmdline.h"

#include "fmt.h"

#include <stdbool.h>

#define WORD_MAX 256

static const char *const mode_names[PROT__COUNT] = {
    [PROT_PHYS] = "phys", [PROT_PAGE] = "page", [PROT_DOMAIN] = "domain",
    [PROT_RING3] = "ring3", [PROT_MICRO] = "micro",
};

typedef struct {
    cmdline_warn_t warn;
    void *ctx;
    size_t column;
    unsigned rejected;
} report_t;

static void reject(report_t *r, const char *format, const char *word)
{
    char msg[WORD_MAX + 96];
    fmt_snprintf(msg, sizeof(msg), format, word);
    if (r->warn != NULL)
        r->warn(r->ctx, r->column, msg);
    r->rejected++;
}

static bool str_eq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static size_t str_len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

const char *prot_mode_name(prot_mode_t mode)
{
    return (unsigned)mode < PROT__COUNT ? mode_names[mode] : "?";
}

static bool parse_mode(const char *value, kernel_options_t *out)
{
    for (int m = 0; m < PROT__COUNT; m++) {
        if (str_eq(value, mode_names[m])) {
            out->mode = (prot_mode_t)m;
            return true;
        }
    }
    return false;
}

static bool test_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ',';
}

static bool parse_test(const char *value, kernel_options_t *out)
{
    size_t n = str_len(value);
    if (n == 0 || n >= CMDLINE_TEST_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!test_char_ok(value[i]))
            return false;
    }
    for (size_t i = 0; i <= n; i++)
        out->test[i] = value[i];
    return true;
}

static bool parse_hz(const char *value, kernel_options_t *out)
{
    uint32_t v = 0;
    if (*value == '\0')
        return false;
    for (; *value; value++) {
        if (*value < '0' || *value > '9' || v > 100000)
            return false;
        v = v * 10 + (uint32_t)(*value - '0');
    }
    if (v < 10 || v > 10000)
        return false;
    out->hz = v;
    return true;
}

/* Reads decimal digits up to `end` (or the string's end) into *out, at most `max`. */
static const char *parse_u64(const char *p, char end, uint64_t max, uint64_t *out)
{
    uint64_t v = 0;
    const char *start = p;
    for (; *p && *p != end; p++) {
        if (*p < '0' || *p > '9' || v > max / 10)
            return NULL;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (p == start || v > max)
        return NULL;
    *out = v;
    return p;
}

static bool parse_fuzz(const char *value, kernel_options_t *out)
{
    uint64_t calls, seed = 1;
    const char *p = parse_u64(value, ',', 10000000000ull, &calls);
    if (p == NULL || calls == 0)
        return false;
    if (*p == ',' && parse_u64(p + 1, '\0', UINT64_MAX / 10, &seed) == NULL)
        return false;
    out->fuzz_calls = calls;
    out->fuzz_seed = seed;
    return true;
}

static bool parse_timer(const char *value, kernel_options_t *out)
{
    if (str_eq(value, "auto"))
        out->timer = TIMER_AUTO;
    else if (str_eq(value, "pit"))
        out->timer = TIMER_PIT;
    else
        return false;
    return true;
}

static bool parse_on_off(const char *value, bool *out)
{
    if (str_eq(value, "on"))
        *out = true;
    else if (str_eq(value, "off"))
        *out = false;
    else
        return false;
    return true;
}

static bool parse_debug(const char *value, kernel_options_t *out)
{
    return parse_on_off(value, &out->debug);
}

static bool parse_pcid(const char *value, kernel_options_t *out)
{
    bool on;
    if (!parse_on_off(value, &on))
        return false;
    out->pcid_off = !on;
    return true;
}

static bool parse_costmodel(const char *value, kernel_options_t *out)
{
    return parse_on_off(value, &out->costmodel);
}

static bool name_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '-' || c == '_';
}

static bool parse_name(const char *value, char *out)
{
    size_t n = str_len(value);
    if (n == 0 || n >= CMDLINE_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!name_char_ok(value[i]))
            return false;
    }
    for (size_t i = 0; i <= n; i++)
        out[i] = value[i];
    return true;
}

/* Module names separated by ',' (each as parse_name accepts). */
static bool parse_isolate(const char *value, kernel_options_t *out)
{
    size_t n = str_len(value), run = 0;
    if (n == 0 || n >= CMDLINE_TEST_MAX)
        return false;
    for (size_t i = 0; i <= n; i++) {
        bool end = value[i] == ',' || value[i] == '\0';
        if ((end && (run == 0 || run >= CMDLINE_NAME_MAX)) || (!end && !name_char_ok(value[i])))
            return false;
        run = end ? 0 : run + 1;
    }
    for (size_t i = 0; i <= n; i++)
        out->isolate[i] = value[i];
    return true;
}

static bool parse_init(const char *value, kernel_options_t *out)
{
    return parse_name(value, out->init);
}

static bool parse_config(const char *value, kernel_options_t *out)
{
    return parse_name(value, out->config);
}

typedef struct {
    const char *key;
    bool (*parse)(const char *value, kernel_options_t *out);
    const char *expects;
} option_t;

static const option_t options[] = {
    { "insula.mode", parse_mode, "phys, page, domain, ring3 or micro" },
    { "insula.test", parse_test, "all or test names [a-z0-9_-] separated by ','" },
    { "insula.hz", parse_hz, "an integer from 10 to 10000" },
    { "insula.timer", parse_timer, "auto or pit" },
    { "insula.debug", parse_debug, "on or off" },
    { "insula.pcid", parse_pcid, "on or off" },
    { "insula.isolate", parse_isolate, "all, or module names [A-Za-z0-9._-] separated by ','" },
    { "insula.costmodel", parse_costmodel, "on or off" },
    { "insula.init", parse_init, "a module name [A-Za-z0-9._-]" },
    { "insula.config", parse_config, "a module name [A-Za-z0-9._-]" },
    { "insula.fuzz", parse_fuzz, "CALLS[,SEED]: calls 1..10000000000, a decimal seed" },
};

/* Splits `word` at '=' into key and value (both point into `word`). */
static bool split_word(char *word, char **value)
{
    for (char *p = word; *p; p++) {
        if (*p == '=') {
            *p = '\0';
            *value = p + 1;
            return true;
        }
    }
    return false;
}

static void apply_word(char *word, kernel_options_t *out, report_t *r)
{
    char *value;
    if (!split_word(word, &value)) {
        reject(r, "unknown command-line word '%s' ignored", word);
        return;
    }
    for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
        if (!str_eq(word, options[i].key))
            continue;
        if (!options[i].parse(value, out)) {
            char both[WORD_MAX + 64];
            fmt_snprintf(both, sizeof(both), "%s: bad value '%s' (expected %s), default kept",
                         word, value, options[i].expects);
            reject(r, "%s", both);
        }
        return;
    }
    reject(r, "unknown command-line option '%s' ignored", word);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

unsigned cmdline_parse(const char *cmdline, kernel_options_t *out,
                       cmdline_warn_t warn, void *ctx)
{
    *out = (kernel_options_t){ .mode = PROT_PHYS, .hz = 100, .init = "init.sip",
                               .config = "boot.conf", .fuzz_seed = 1 };
    report_t r = { .warn = warn, .ctx = ctx };
    size_t i = 0;
    bool first = true;
    while (cmdline[i]) {
        while (is_space(cmdline[i]))
            i++;
        size_t start = i, n = 0;
        char word[WORD_MAX];
        while (cmdline[i] && !is_space(cmdline[i])) {
            if (n + 1 < WORD_MAX)
                word[n++] = cmdline[i];
            i++;
        }
        if (i == start)
            break;
        word[n] = '\0';
        r.column = start + 1;
        bool has_eq = false;
        for (size_t k = 0; k < n; k++)
            has_eq |= word[k] == '=';
        if (i - start >= WORD_MAX)
            reject(&r, "command-line word '%s...' longer than 255 bytes ignored", word);
        else if (!(first && !has_eq))
            apply_word(word, out, &r);
        first = false;
    }
    return r.rejected;
}
