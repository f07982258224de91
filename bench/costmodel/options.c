/*
 * options.c — parses the plugin's arguments (options.h).
 */
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parse_u64(const char *s, int base, uint64_t *out, const char **end)
{
    char *e;
    errno = 0;
    if (*s == '\0' || *s == '-' || *s == '+' || *s == ' ')
        return false;
    unsigned long long v = strtoull(s, &e, base);
    if (errno != 0 || e == s)
        return false;
    *out = v;
    *end = e;
    return true;
}

static bool parse_whole(const char *s, int base, uint64_t *out)
{
    const char *end;
    return parse_u64(s, base, out, &end) && *end == '\0';
}

static bool parse_pages(const char *s, unsigned *shift)
{
    if (strcmp(s, "4k") == 0)
        *shift = 12;
    else if (strcmp(s, "2m") == 0)
        *shift = 21;
    else if (strcmp(s, "1g") == 0)
        *shift = 30;
    else
        return false;
    return true;
}

static bool parse_range(const char *s, uint64_t *lo, uint64_t *hi)
{
    const char *end;
    if (!parse_u64(s, 16, lo, &end) || *end != '-')
        return false;
    return parse_whole(end + 1, 16, hi) && *lo <= *hi;
}

static bool parse_one(const char *arg, cm_options_t *o)
{
    const char *eq = strchr(arg, '=');
    if (eq == NULL)
        return false;
    size_t klen = (size_t)(eq - arg);
    const char *v = eq + 1;
    uint64_t n;
    if (klen == 3 && strncmp(arg, "out", 3) == 0) {
        size_t len = strlen(v);
        if (len == 0 || len >= sizeof(o->out))
            return false;
        memcpy(o->out, v, len + 1);
        return true;
    }
    if (klen == 5 && strncmp(arg, "marks", 5) == 0)
        return parse_whole(v, 16, &o->marks);
    if (klen == 5 && strncmp(arg, "pages", 5) == 0)
        return parse_pages(v, &o->config.page_shift);
    if (klen == 6 && strncmp(arg, "global", 6) == 0)
        return parse_range(v, &o->config.global_lo, &o->config.global_hi);
    if (klen == 6 && strncmp(arg, "kernel", 6) == 0)
        return parse_range(v, &o->kernel_lo, &o->kernel_hi);
    if (klen == 3 && strncmp(arg, "cpi", 3) == 0) {
        if (!parse_whole(v, 10, &n) || n == 0 || n > 100000)
            return false;
        o->config.costs.insn_milli = (uint32_t)n;
        return true;
    }
    return false;
}

bool cm_options_parse(int argc, char **argv, cm_options_t *o, char *why, size_t why_len)
{
    memset(o, 0, sizeof(*o));
    cm_config_default(&o->config);
    for (int i = 0; i < argc; i++) {
        if (!parse_one(argv[i], o)) {
            snprintf(why, why_len, "bad argument '%s' (expected out=PATH, marks=HEX, "
                     "pages=4k|2m|1g, global=LO-HI, cpi=MILLI, kernel=LO-HI)", argv[i]);
            return false;
        }
    }
    if (o->out[0] == '\0') {
        snprintf(why, why_len, "missing out=PATH");
        return false;
    }
    return true;
}
