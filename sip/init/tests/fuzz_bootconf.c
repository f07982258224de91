/*
 * fuzz_bootconf.c — libFuzzer target of the boot configuration parser.
 *
 * Besides ASan/UBSan's own checks it traps when a result breaks what
 * bootconf.h promises: counts within the limits and equal to the
 * diagnostics delivered, positions inside the input, strings terminated
 * within their arrays, values within their ranges, messages bounded, and
 * the formatter's length exact at every buffer size.
 */
#include "bootconf.h"

#include <stdint.h>
#include <string.h>

typedef struct {
    size_t errors, warnings;
    uint32_t max_line;   /* lines in the input */
    const char *input_end;
} fuzz_seen_t;

static void fuzz_require(bool cond)
{
    if (!cond)
        __builtin_trap();
}

static fuzz_seen_t *seen;  /* of the input being parsed */

static void fuzz_diag(const bootconf_diag_t *d)
{
    static bootconf_line_t line;
    char *buf = line.text;
    fuzz_require(d->line >= 1 && d->line <= seen->max_line && d->column >= 1);
    fuzz_require((unsigned)d->id < BOOTCONF_DIAG__COUNT);
    fuzz_require(strnlen(d->message, BOOTCONF_MESSAGE_MAX) < BOOTCONF_MESSAGE_MAX);
    size_t full = bootconf_format_diag(&line, sizeof line.text, STR("fuzz.conf"), d);
    fuzz_require(full < sizeof line.text && strlen(buf) == full);
    size_t small = d->line % 40;  /* a truncating size, varied by input */
    fuzz_require(bootconf_format_diag(&line, small, STR("fuzz.conf"), d) == full);
    fuzz_require(small == 0 || strlen(buf) == (small - 1 < full ? small - 1 : full));
    if (d->severity == BOOTCONF_ERROR)
        seen->errors++;
    else
        seen->warnings++;
}

static bool fuzz_is_name(const char *s)
{
    size_t n = strnlen(s, BOOTCONF_NAME_MAX + 1);
    if (n == 0 || n > BOOTCONF_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

static void fuzz_check_sip(const bootconf_sip_t *s, uint32_t max_line)
{
    fuzz_require(fuzz_is_name(s->name));
    size_t image = strnlen(s->image, sizeof s->image);
    fuzz_require(image >= 1 && image < sizeof s->image);
    fuzz_require(strnlen(s->args, sizeof s->args) < sizeof s->args);
    fuzz_require(s->priority <= BOOTCONF_PRIORITY_MAX);
    fuzz_require(s->quota == 0 || (s->quota >= BOOTCONF_QUOTA_MIN &&
                                   s->quota <= BOOTCONF_QUOTA_MAX));
    fuzz_require((s->caps & ~(BOOTCONF_CAP_SPAWN | BOOTCONF_CAP_BOOT_CONFIG |
                              BOOTCONF_CAP_CONSOLE_INPUT | BOOTCONF_CAP_INSPECT |
                              BOOTCONF_CAP_POWER | BOOTCONF_CAP_MODULE_READ |
                              BOOTCONF_CAP_DMA)) == 0);
    fuzz_require(s->pci_vendor != 0xffff && (s->pci_vendor != 0 || s->pci_device == 0));
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++)
        fuzz_require((uint32_t)s->port_base[r] + s->port_count[r] <= 0x10000u);
    fuzz_require(s->restart == BOOTCONF_RESTART_NO ||
                 s->restart == BOOTCONF_RESTART_ON_FAILURE);
    fuzz_require(s->line >= 1 && s->line <= max_line);
}

static void fuzz_check_rule(const bootconf_rule_t *r, uint32_t max_line)
{
    fuzz_require(fuzz_is_name(r->sip));
    size_t service = strnlen(r->service, sizeof r->service);
    fuzz_require(service >= 1 && service < sizeof r->service);
    fuzz_require(r->action == BOOTCONF_PUBLISH || r->action == BOOTCONF_BIND);
    fuzz_require(r->line >= 1 && r->line <= max_line);
}

static bootconf_t conf;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_seen_t input = { .max_line = 1 };
    for (size_t i = 0; i < size; i++)
        input.max_line += data[i] == '\n';
    seen = &input;
    bool ok = bootconf_parse((str_t){ .bytes = (const char *)data, .len = size }, &conf,
                             fuzz_diag);
    fuzz_require(ok == (conf.errors == 0));
    fuzz_require(input.errors == conf.errors && input.warnings == conf.warnings);
    fuzz_require(conf.sip_count <= BOOTCONF_MAX_SIPS);
    fuzz_require(conf.rule_count <= BOOTCONF_MAX_RULES);
    for (size_t i = 0; i < conf.sip_count; i++)
        fuzz_check_sip(&conf.sips[i], input.max_line);
    for (size_t i = 0; i < conf.rule_count; i++)
        fuzz_check_rule(&conf.rules[i], input.max_line);
    return 0;
}
