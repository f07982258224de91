/*
 * bootconf_format.c — rendering diagnostics as
 * `FILE:LINE:COL: error: [CONFIG-ID] message`, and the names of diagnostic
 * ids and of the enum values as they are spelled in the file.
 */
#include "bootconf_internal.h"

#include <insula/err.h>

static const char *const diag_id_names[BOOTCONF_DIAG__COUNT] = {
    [BOOTCONF_E_CHAR] = "CONFIG-CHAR",
    [BOOTCONF_E_STRING] = "CONFIG-STRING",
    [BOOTCONF_E_ESCAPE] = "CONFIG-ESCAPE",
    [BOOTCONF_E_TOO_LONG] = "CONFIG-TOO-LONG",
    [BOOTCONF_E_NAME] = "CONFIG-NAME",
    [BOOTCONF_E_SYNTAX] = "CONFIG-SYNTAX",
    [BOOTCONF_E_STATEMENT] = "CONFIG-STATEMENT",
    [BOOTCONF_E_STRAY] = "CONFIG-STRAY",
    [BOOTCONF_E_UNKNOWN_KEY] = "CONFIG-UNKNOWN-KEY",
    [BOOTCONF_E_DUP_KEY] = "CONFIG-DUP-KEY",
    [BOOTCONF_E_DUP_SIP] = "CONFIG-DUP-SIP",
    [BOOTCONF_E_NO_IMAGE] = "CONFIG-NO-IMAGE",
    [BOOTCONF_E_EMPTY] = "CONFIG-EMPTY",
    [BOOTCONF_E_NUMBER] = "CONFIG-NUMBER",
    [BOOTCONF_E_SUFFIX] = "CONFIG-SUFFIX",
    [BOOTCONF_E_RANGE] = "CONFIG-RANGE",
    [BOOTCONF_E_UNKNOWN_CAP] = "CONFIG-UNKNOWN-CAP",
    [BOOTCONF_E_RESTART] = "CONFIG-RESTART",
    [BOOTCONF_E_PCI] = "CONFIG-PCI",
    [BOOTCONF_E_PORTS] = "CONFIG-PORTS",
    [BOOTCONF_E_IRQ] = "CONFIG-IRQ",
    [BOOTCONF_E_SPACE] = "CONFIG-SPACE",
    [BOOTCONF_E_LIST] = "CONFIG-LIST",
    [BOOTCONF_E_ACTION] = "CONFIG-ACTION",
    [BOOTCONF_E_UNCLOSED] = "CONFIG-UNCLOSED",
    [BOOTCONF_E_SIP_LIMIT] = "CONFIG-SIP-LIMIT",
    [BOOTCONF_E_RULE_LIMIT] = "CONFIG-RULE-LIMIT",
    [BOOTCONF_W_DUP_CAP] = "CONFIG-DUP-CAP",
    [BOOTCONF_W_DUP_RULE] = "CONFIG-DUP-RULE",
    [BOOTCONF_W_UNKNOWN_SIP] = "CONFIG-UNKNOWN-SIP",
};

const char *bootconf_diag_id_name(bootconf_diag_id_t id)
{
    if ((unsigned)id >= BOOTCONF_DIAG__COUNT)
        return "CONFIG-?";
    return diag_id_names[id];
}

const char *bootconf_restart_name(bootconf_restart_t restart)
{
    switch (restart) {
    case BOOTCONF_RESTART_NO: return "no";
    case BOOTCONF_RESTART_ON_FAILURE: return "on-failure";
    }
    return "?";
}

const char *bootconf_action_name(bootconf_action_t action)
{
    switch (action) {
    case BOOTCONF_PUBLISH: return "publish";
    case BOOTCONF_BIND: return "bind";
    }
    return "?";
}

const char *bootconf_cap_name(uint32_t cap_bit)
{
    switch (cap_bit) {
    case BOOTCONF_CAP_SPAWN: return "spawn";
    case BOOTCONF_CAP_BOOT_CONFIG: return "boot-config";
    case BOOTCONF_CAP_CONSOLE_INPUT: return "console-input";
    case BOOTCONF_CAP_INSPECT: return "inspect";
    case BOOTCONF_CAP_POWER: return "power";
    case BOOTCONF_CAP_MODULE_READ: return "module-read";
    case BOOTCONF_CAP_DMA: return "dma";
    }
    return "?";
}

/* A bounded writer: counts every byte, stores what fits (leaving a NUL). */
typedef struct {
    bootconf_line_t *line;  /* NULL: only count */
    size_t size;            /* <= sizeof line->text */
    size_t length;
} format_writer_t;

static void format_char(SIP_OUT format_writer_t *w, char c)
{
    if (w->line != NULL && w->length + 1 < w->size && w->length < BOOTCONF_LINE_MAX)
        w->line->text[w->length] = c;
    w->length++;
}

static void format_str(SIP_OUT format_writer_t *w, str_t s)
{
    size_t length = str_len(s);
    for (size_t i = 0; i < length; i++)
        format_char(w, (char)str_at(s, i));
}

static void format_message(SIP_OUT format_writer_t *w, const bootconf_diag_t *diag)
{
    for (size_t i = 0; i < sizeof diag->message && diag->message[i] != '\0'; i++)
        format_char(w, diag->message[i]);
}

static void format_u32(SIP_OUT format_writer_t *w, uint32_t value)
{
    char digits[10];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        format_char(w, digits[--n]);
}

size_t bootconf_format_diag(bootconf_line_t *line, size_t size, str_t file,
                            const bootconf_diag_t *diag)
{
    format_writer_t w = { .line = line, .size = 0, .length = 0 };
    if (line != NULL)
        w.size = size < BOOTCONF_LINE_MAX ? size : BOOTCONF_LINE_MAX;
    format_str(&w, str_len(file) != 0 ? file : STR("<config>"));
    format_char(&w, ':');
    format_u32(&w, diag->line);
    format_char(&w, ':');
    format_u32(&w, diag->column);
    format_str(&w, diag->severity == BOOTCONF_WARNING ? STR(": warning: [")
                                                      : STR(": error: ["));
    format_str(&w, str_from_cstr(bootconf_diag_id_name(diag->id)));
    format_str(&w, STR("] "));
    format_message(&w, diag);
    if (w.size > 0)
        line->text[w.length < w.size ? w.length : w.size - 1] = '\0';
    return w.length;
}
