/*
 * bootconf.h — the boot configuration: which SIPs `init` starts, with what
 * arguments, priority, memory quota, capabilities and restart policy, and
 * which SIP may publish or bind which service name.
 *
 * The language is described in docs/boot-config.md. The parser is written
 * in the SIP subset (verifier/SUBSET.md) for use inside a SIP: it reads its
 * input through a str_t view (the text need not be NUL-terminated) and
 * needs nothing but the stdlib's str_t functions; no libc, no allocation,
 * no recursion. Its state is one static object, so one parse runs at a
 * time. It fills a caller-provided bootconf_t and delivers every diagnostic
 * through an optional callback. A bad entry is skipped and parsing goes on,
 * so the good entries still boot.
 */
#ifndef INSULA_BOOTCONF_H
#define INSULA_BOOTCONF_H

#include <insula/str.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Limits. Exceeding one is a reported error, never silent truncation. */
#define BOOTCONF_MAX_SIPS    32   /* `sip` blocks kept */
#define BOOTCONF_MAX_RULES   64   /* `allow` rules kept */
#define BOOTCONF_NAME_MAX    31   /* identifier: [a-z0-9_-]{1,31} */
#define BOOTCONF_IMAGE_MAX   63   /* bytes of `image` after unescaping */
#define BOOTCONF_ARGS_MAX    255  /* bytes of `args` after unescaping */
#define BOOTCONF_SERVICE_MAX 63   /* bytes of a service name */
#define BOOTCONF_MESSAGE_MAX 192  /* bytes of a diagnostic message, with NUL */
#define BOOTCONF_LINE_MAX    320  /* bytes of a rendered diagnostic, with NUL */
#define BOOTCONF_PORT_RANGES 4    /* `ports` ranges kept (the manifest's limit) */
#define BOOTCONF_IRQ_MAX     31   /* highest line `irqs` may name */
#define BOOTCONF_KILLS       4    /* `kill-after` times kept */
#define BOOTCONF_KILL_MAX_MS 3600000u  /* the longest `kill-after` time (an hour) */

#define BOOTCONF_PRIORITY_MAX     7
#define BOOTCONF_PRIORITY_DEFAULT 3
#define BOOTCONF_QUOTA_MIN        ((uint64_t)4 << 10)   /* 4K: one page */
#define BOOTCONF_QUOTA_MAX        ((uint64_t)64 << 30)  /* 64G */

/* Capability bits of bootconf_sip_t.caps. */
#define BOOTCONF_CAP_SPAWN       (1u << 0)  /* `spawn`: may start SIPs */
#define BOOTCONF_CAP_BOOT_CONFIG (1u << 1)  /* `boot-config`: may read this file */
#define BOOTCONF_CAP_CONSOLE_INPUT (1u << 3) /* `console-input`: may read the console */
#define BOOTCONF_CAP_INSPECT     (1u << 4)  /* `inspect`: may list every SIP */
#define BOOTCONF_CAP_POWER       (1u << 5)  /* `power`: may halt or reboot */
#define BOOTCONF_CAP_MODULE_READ (1u << 6)  /* `module-read`: may read boot modules */
#define BOOTCONF_CAP_DMA         (1u << 7)  /* `dma`: may learn physical addresses (a driver) */

typedef enum {
    BOOTCONF_RESTART_NO,          /* `no` (default): an exit is final */
    BOOTCONF_RESTART_ON_FAILURE,  /* `on-failure`: init restarts it, bounded */
} bootconf_restart_t;

typedef enum {
    BOOTCONF_PUBLISH,  /* the SIP may publish the service name */
    BOOTCONF_BIND,     /* the SIP may bind the service name */
} bootconf_action_t;

/* One `sip NAME { ... }` block. Strings are NUL-terminated. */
typedef struct {
    char name[BOOTCONF_NAME_MAX + 1];
    char image[BOOTCONF_IMAGE_MAX + 1];  /* boot module holding the sealed image */
    char args[BOOTCONF_ARGS_MAX + 1];    /* "" when not given */
    uint8_t priority;                    /* 0 (lowest) .. 7 (highest) */
    uint64_t quota;                      /* bytes; 0 = not given (init decides) */
    uint32_t caps;                       /* BOOTCONF_CAP_* bits */
    bootconf_restart_t restart;
    uint16_t pci_vendor, pci_device;     /* `pci = VVVV:DDDD`; 0:0 when not given */
    uint16_t port_base[BOOTCONF_PORT_RANGES];   /* `ports`; count 0: unused */
    uint16_t port_count[BOOTCONF_PORT_RANGES];
    uint32_t irqs;                       /* `irqs`: bit n grants line n */
    uint32_t kill_after_ms[BOOTCONF_KILLS];  /* `kill-after`: 0 = unused */
    bool own_space;                      /* `space = own` or `ring3` (docs/modes.md) */
    bool ring3;                          /* `space = ring3`: its own space in ring 3 */
    uint32_t line, column;               /* of the name, for init's reports */
} bootconf_sip_t;

/* One `allow SIP publish|bind "SERVICE"` rule. */
typedef struct {
    char sip[BOOTCONF_NAME_MAX + 1];
    bootconf_action_t action;
    char service[BOOTCONF_SERVICE_MAX + 1];
    uint32_t line, column;               /* of the SIP name */
} bootconf_rule_t;

/* The parsed configuration: only the first *_count entries are valid. */
typedef struct {
    bootconf_sip_t sips[BOOTCONF_MAX_SIPS];
    size_t sip_count;
    bootconf_rule_t rules[BOOTCONF_MAX_RULES];
    size_t rule_count;
    size_t errors;    /* error diagnostics; each skipped something */
    size_t warnings;  /* warning diagnostics; nothing was skipped */
} bootconf_t;

typedef enum {
    BOOTCONF_ERROR,
    BOOTCONF_WARNING,
} bootconf_severity_t;

/* Diagnostic ids; bootconf_diag_id_name() gives the `CONFIG-...` spelling. */
typedef enum {
    BOOTCONF_E_CHAR,            /* CONFIG-CHAR: byte that starts no token */
    BOOTCONF_E_STRING,          /* CONFIG-STRING: unterminated or control byte */
    BOOTCONF_E_ESCAPE,          /* CONFIG-ESCAPE: escape other than \" or \\ */
    BOOTCONF_E_TOO_LONG,        /* CONFIG-TOO-LONG: string over its limit */
    BOOTCONF_E_NAME,            /* CONFIG-NAME: not an identifier */
    BOOTCONF_E_SYNTAX,          /* CONFIG-SYNTAX: expected X, found Y */
    BOOTCONF_E_STATEMENT,       /* CONFIG-STATEMENT: not `sip` or `allow` */
    BOOTCONF_E_STRAY,           /* CONFIG-STRAY: token after a complete item */
    BOOTCONF_E_UNKNOWN_KEY,     /* CONFIG-UNKNOWN-KEY */
    BOOTCONF_E_DUP_KEY,         /* CONFIG-DUP-KEY */
    BOOTCONF_E_DUP_SIP,         /* CONFIG-DUP-SIP */
    BOOTCONF_E_NO_IMAGE,        /* CONFIG-NO-IMAGE */
    BOOTCONF_E_EMPTY,           /* CONFIG-EMPTY: empty image or service */
    BOOTCONF_E_NUMBER,          /* CONFIG-NUMBER: not a number */
    BOOTCONF_E_SUFFIX,          /* CONFIG-SUFFIX: bad or unwanted suffix */
    BOOTCONF_E_RANGE,           /* CONFIG-RANGE: value out of range */
    BOOTCONF_E_UNKNOWN_CAP,     /* CONFIG-UNKNOWN-CAP */
    BOOTCONF_E_RESTART,         /* CONFIG-RESTART: not `no` or `on-failure` */
    BOOTCONF_E_LIST,            /* CONFIG-LIST: malformed `[...]` */
    BOOTCONF_E_ACTION,          /* CONFIG-ACTION: not `publish` or `bind` */
    BOOTCONF_E_UNCLOSED,        /* CONFIG-UNCLOSED: block without `}` */
    BOOTCONF_E_SIP_LIMIT,       /* CONFIG-SIP-LIMIT */
    BOOTCONF_E_RULE_LIMIT,      /* CONFIG-RULE-LIMIT */
    BOOTCONF_E_PCI,             /* CONFIG-PCI: not VVVV:DDDD in hexadecimal */
    BOOTCONF_E_PORTS,           /* CONFIG-PORTS: not BASE+COUNT inside 0..0xffff, too many */
    BOOTCONF_E_IRQ,             /* CONFIG-IRQ: not a line number 0..31 */
    BOOTCONF_E_SPACE,           /* CONFIG-SPACE: not `shared`, `own` or `ring3` */
    BOOTCONF_W_DUP_CAP,         /* CONFIG-DUP-CAP (warning) */
    BOOTCONF_W_DUP_RULE,        /* CONFIG-DUP-RULE (warning) */
    BOOTCONF_W_UNKNOWN_SIP,     /* CONFIG-UNKNOWN-SIP (warning) */
    BOOTCONF_DIAG__COUNT
} bootconf_diag_id_t;

/* One diagnostic. The object is valid only during the callback. */
typedef struct {
    bootconf_severity_t severity;
    bootconf_diag_id_t id;
    uint32_t line, column;  /* 1-based; column counts bytes */
    char message[BOOTCONF_MESSAGE_MAX];  /* NUL-terminated */
} bootconf_diag_t;

typedef void (*bootconf_diag_fn)(const bootconf_diag_t *diag);

/* A rendered diagnostic (bootconf_format_diag). */
typedef struct {
    char text[BOOTCONF_LINE_MAX];
} bootconf_line_t;

/*
 * Parses the bytes of `text` into *out (cleared first). Calls `diag(d)`
 * for each diagnostic, in input order, except that the policy warnings
 * (CONFIG-UNKNOWN-SIP) come last; `diag` may be NULL. A view without
 * bytes reads as an empty configuration.
 * Returns true when the configuration had no errors (warnings allowed);
 * false when out->errors > 0 or `out` is NULL.
 */
bool bootconf_parse(str_t text, bootconf_t *out, bootconf_diag_fn diag);

/*
 * Renders `FILE:LINE:COL: error: [CONFIG-ID] message` (or `warning:`) into
 * the first `size` bytes of line->text (at most all of it), always
 * NUL-terminated when size > 0, truncated if it does not fit. An empty
 * `file` is rendered as `<config>`; `line` may be NULL (size is then 0).
 * Returns the length the full text needs, without the NUL, so a result
 * >= size means truncation.
 */
size_t bootconf_format_diag(bootconf_line_t *line, size_t size, str_t file,
                            const bootconf_diag_t *diag);

/* "CONFIG-..." for an id; "CONFIG-?" for an unknown one. */
const char *bootconf_diag_id_name(bootconf_diag_id_t id);

/* Spellings as written in the file, for reports: "no", "on-failure",
 * "publish", "bind", "spawn", "boot-config"; "?" for anything else. */
const char *bootconf_restart_name(bootconf_restart_t restart);
const char *bootconf_action_name(bootconf_action_t action);
const char *bootconf_cap_name(uint32_t cap_bit);

#endif
