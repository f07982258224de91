/*
 * bootconf_dump.c — host driver for the golden tests: parses one boot
 * configuration file and prints every diagnostic (as init would show it),
 * then the parsed result, one line per SIP and per rule.
 *
 *   bootconf_dump FILE [NAME]
 *
 * NAME is the file name shown in diagnostics (default: FILE), so golden
 * files do not depend on where the tree is. Exit status: 0 when the
 * configuration has no errors, 1 when it has, 2 when FILE cannot be read.
 */
#include "bootconf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DUMP_MAX (1u << 20)  /* largest file the driver reads */

static const char *dump_name;  /* the file name shown in diagnostics */

static void dump_diag(const bootconf_diag_t *diag)
{
    static bootconf_line_t line;
    str_t name = { .bytes = dump_name, .len = strlen(dump_name) };
    bootconf_format_diag(&line, sizeof line.text, name, diag);
    printf("%s\n", line.text);
}

/* A string with `"` and `\` escaped as in the configuration language. */
static void dump_string(const char *s)
{
    putchar('"');
    for (; *s != '\0'; s++) {
        if (*s == '"' || *s == '\\')
            putchar('\\');
        putchar(*s);
    }
    putchar('"');
}

static void dump_caps(uint32_t caps)
{
    const char *sep = "";
    printf(" caps=[");
    for (uint32_t bit = 1; bit != 0; bit <<= 1) {
        if ((caps & bit) == 0)
            continue;
        printf("%s%s", sep, bootconf_cap_name(bit));
        sep = ",";
    }
    printf("]");
}

static void dump_sip(const bootconf_sip_t *s)
{
    printf("sip %s (%u:%u) image=", s->name, (unsigned)s->line, (unsigned)s->column);
    dump_string(s->image);
    printf(" args=");
    dump_string(s->args);
    printf(" priority=%u quota=%llu", (unsigned)s->priority,
           (unsigned long long)s->quota);
    dump_caps(s->caps);
    printf(" restart=%s", bootconf_restart_name(s->restart));
    if (s->pci_vendor != 0 || s->pci_device != 0)
        printf(" pci=%04x:%04x", (unsigned)s->pci_vendor, (unsigned)s->pci_device);
    for (size_t r = 0; r < BOOTCONF_PORT_RANGES; r++) {
        if (s->port_count[r] != 0)
            printf(" port=%#x+%#x", (unsigned)s->port_base[r], (unsigned)s->port_count[r]);
    }
    if (s->irqs != 0)
        printf(" irqs=%#x", (unsigned)s->irqs);
    for (size_t k = 0; k < BOOTCONF_KILLS && s->kill_after_ms[k] != 0; k++)
        printf("%s%u", k == 0 ? " kill-after=" : ",", (unsigned)s->kill_after_ms[k]);
    if (s->own_space)
        printf(" space=%s", s->ring3 ? "ring3" : "own");
    printf("\n");
}

static void dump_rule(const bootconf_rule_t *r)
{
    printf("allow %s %s ", r->sip, bootconf_action_name(r->action));
    dump_string(r->service);
    printf(" (%u:%u)\n", (unsigned)r->line, (unsigned)r->column);
}

static void dump_result(const bootconf_t *conf)
{
    printf("-- %zu sips, %zu rules, %zu errors, %zu warnings\n",
           conf->sip_count, conf->rule_count, conf->errors, conf->warnings);
    for (size_t i = 0; i < conf->sip_count; i++)
        dump_sip(&conf->sips[i]);
    for (size_t i = 0; i < conf->rule_count; i++)
        dump_rule(&conf->rules[i]);
}

/* Reads FILE into an exactly sized buffer (not NUL-terminated). */
static char *dump_read(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    char *buf = malloc(DUMP_MAX);
    size_t n = buf != NULL ? fread(buf, 1, DUMP_MAX, f) : 0;
    fclose(f);
    char *exact = buf != NULL ? malloc(n != 0 ? n : 1) : NULL;
    for (size_t i = 0; exact != NULL && i < n; i++)
        exact[i] = buf[i];
    free(buf);
    *length = n;
    return exact;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bootconf_dump FILE [NAME]\n");
        return 2;
    }
    size_t length = 0;
    char *text = dump_read(argv[1], &length);
    if (text == NULL) {
        fprintf(stderr, "bootconf_dump: cannot read %s\n", argv[1]);
        return 2;
    }
    static bootconf_t conf;
    dump_name = argc == 3 ? argv[2] : argv[1];
    bool ok = bootconf_parse((str_t){ .bytes = text, .len = length }, &conf, dump_diag);
    dump_result(&conf);
    free(text);
    return ok ? 0 : 1;
}
