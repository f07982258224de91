/*
 * bootconf_internal.h — the parser's state, shared by bootconf_*.c only.
 *
 * Files: bootconf.c (statements, recovery), bootconf_sip.c (`sip` blocks),
 * bootconf_lex.c (tokens), bootconf_value.c (names, strings),
 * bootconf_number.c (numbers), bootconf_keyword.c (restart, caps, pci),
 * bootconf_device.c (ports, irqs),
 * bootconf_diag.c (building and delivering messages), bootconf_format.c
 * (rendering them, names of ids and enum values).
 *
 * Ownership: one static bootconf_parser_t (bootconf.c) holds the state of
 * the parse in progress; nothing of it is used after the call except what
 * is written to *out.
 */
#ifndef INSULA_BOOTCONF_INTERNAL_H
#define INSULA_BOOTCONF_INTERNAL_H

#include "bootconf.h"

typedef enum {
    TOK_END,       /* end of input */
    TOK_NEWLINE,
    TOK_WORD,      /* run of printable bytes other than space and {}[],="# */
    TOK_STRING,    /* "..."; start/length cover the bytes between the quotes */
    TOK_LBRACE,
    TOK_RBRACE,
    TOK_LBRACKET,
    TOK_RBRACKET,
    TOK_COMMA,
    TOK_EQUALS,
    TOK_BAD,       /* malformed; the lexer has already reported it */
} bootconf_tok_kind_t;

typedef struct {
    bootconf_tok_kind_t kind;
    size_t start, length;  /* Invariant: start + length <= input length */
    uint32_t line, column;
    bool line_start;       /* first token on its line */
} bootconf_token_t;

/* Words the parser compares tokens with (bootconf_value.c spells them). */
typedef enum {
    WORD_SIP, WORD_ALLOW, WORD_PUBLISH, WORD_BIND, WORD_NO, WORD_ON_FAILURE,
    WORD_SPAWN, WORD_BOOT_CONFIG, WORD_CONSOLE_INPUT, WORD_INSPECT, WORD_POWER, WORD_MODULE_READ, WORD_IMAGE, WORD_ARGS, WORD_PRIORITY,
    WORD_QUOTA, WORD_CAPS, WORD_RESTART, WORD_DMA, WORD_PCI, WORD_PORTS, WORD_IRQS,
    WORD_KILL_AFTER,
    WORD_SPACE, WORD_OWN, WORD_SHARED, WORD_RING3,
    WORD__COUNT
} bootconf_word_t;

typedef struct {
    str_t text;            /* the input, not NUL-terminated */
    size_t length;
    size_t pos;            /* next byte the lexer reads */
    uint32_t line, column; /* of the byte at pos */
    bool line_start;       /* no token yet on the current line */
    bootconf_token_t tok;  /* the current token */
    bootconf_t *out;
    bootconf_diag_fn diag;
    bootconf_diag_t message;  /* the diagnostic being built */
    size_t message_length;
    /* The last value a take_name/take_string read, unescaped, NUL-terminated. */
    char value[BOOTCONF_ARGS_MAX + 1];
    size_t value_length;
    /* Statements in progress (one at a time). */
    bootconf_sip_t entry;         /* the `sip` block being parsed */
    bootconf_rule_t rule;         /* the `allow` rule being parsed */
    bootconf_token_t keyword;     /* its `sip` or `allow` */
    bootconf_token_t name;        /* the block's name */
    bootconf_token_t open;        /* the block's `{` */
    bootconf_token_t keys[11];    /* where each key of the block was set */
    bool key_set[11];
    bool bad;                     /* the block had an error: not kept */
    bootconf_token_t number;      /* the number a take_priority/quota reads */
} bootconf_parser_t;

/* bootconf.c: recovery shared by the statements. */
bool bootconf_at_statement(const bootconf_parser_t *p);
void bootconf_skip_statement(bootconf_parser_t *p);

/* bootconf_sip.c: one `sip NAME { ... }` block; p->tok is `sip`. */
void bootconf_parse_sip(bootconf_parser_t *p);

/* bootconf_lex.c */
void bootconf_lex_init(bootconf_parser_t *p, str_t text);
void bootconf_lex_next(bootconf_parser_t *p);
/* The byte at i of the input, i < p->length; 0 past the end. */
char bootconf_byte(const bootconf_parser_t *p, size_t i);
/* Copies a token field by field: a struct assignment may become a memcpy
 * call, which a SIP without libc does not have. */
void bootconf_token_copy(bootconf_token_t *dst, const bootconf_token_t *src);

/* bootconf_diag.c: build a message, then emit it at a position. */
void bootconf_msg_begin(bootconf_parser_t *p, str_t text);
void bootconf_msg_add(bootconf_parser_t *p, str_t text);
void bootconf_msg_name(bootconf_parser_t *p,
                       const char (*name)[BOOTCONF_NAME_MAX + 1]);
void bootconf_msg_token(bootconf_parser_t *p, const bootconf_token_t *tok);
void bootconf_msg_bytes(bootconf_parser_t *p, size_t start, size_t length);
void bootconf_msg_u64(bootconf_parser_t *p, uint64_t value);
void bootconf_msg_size(bootconf_parser_t *p, uint64_t bytes);
void bootconf_msg_pos(bootconf_parser_t *p, uint32_t line, uint32_t column);
void bootconf_msg_emit(bootconf_parser_t *p, bootconf_diag_id_t id,
                       uint32_t line, uint32_t column);
void bootconf_msg_emit_at(bootconf_parser_t *p, bootconf_diag_id_t id,
                          const bootconf_token_t *tok);
/* Reports "<prefix><the current token>" at it, unless it is a TOK_BAD the
 * lexer has reported; returns false, for `return bootconf_unexpected(...)`. */
bool bootconf_unexpected(bootconf_parser_t *p, bootconf_diag_id_t id,
                         str_t prefix);

/* bootconf_value.c, bootconf_number.c, bootconf_keyword.c: tokens to
 * values. A take_* reads the current token(s); on success it stores the value
 * and advances past it; on failure it reports one error (none for a TOK_BAD,
 * which the lexer reported) and returns false, never past the current line.
 * `what` names the value in messages, e.g. "'image'". take_name and
 * take_string leave the value in p->value; the bootconf_value_to_* copy it
 * into an array of the entry or the rule (it fits: take_* checked that). */
bool bootconf_word_is(const bootconf_parser_t *p, const bootconf_token_t *tok,
                      bootconf_word_t word);
bool bootconf_take_name(bootconf_parser_t *p);  /* tok is a word */
bool bootconf_take_string(bootconf_parser_t *p, size_t max, str_t what,
                          bool allow_empty);
void bootconf_value_to_name(const bootconf_parser_t *p,
                            char (*dst)[BOOTCONF_NAME_MAX + 1]);
void bootconf_value_to_image(const bootconf_parser_t *p,
                             char (*dst)[BOOTCONF_IMAGE_MAX + 1]);
void bootconf_value_to_args(const bootconf_parser_t *p,
                            char (*dst)[BOOTCONF_ARGS_MAX + 1]);
bool bootconf_take_priority(bootconf_parser_t *p, uint8_t *priority);
bool bootconf_take_quota(bootconf_parser_t *p, uint64_t *quota);
bool bootconf_take_caps(bootconf_parser_t *p, uint32_t *caps);
bool bootconf_take_restart(bootconf_parser_t *p, bootconf_restart_t *restart);
bool bootconf_take_space(bootconf_parser_t *p, bool *own, bool *ring3);
bool bootconf_take_pci(bootconf_parser_t *p, uint16_t *vendor, uint16_t *device);
/* bootconf_device.c: `ports = [BASE+COUNT, ...]`, `irqs = [N, ...]`. */
bool bootconf_take_ports(bootconf_parser_t *p, bootconf_sip_t *entry);
bool bootconf_take_irqs(bootconf_parser_t *p, uint32_t *irqs);
/* bootconf_kill.c: `kill-after = [MS, ...]`. */
bool bootconf_take_kills(bootconf_parser_t *p, bootconf_sip_t *entry);
/* bootconf_keyword.c: lists. The line ended (no `]` can follow)? After an
 * item: `,` (consumed, true), `]` (left, true) or an error (false). */
bool bootconf_list_line_ended(const bootconf_parser_t *p);
bool bootconf_list_separator(bootconf_parser_t *p);

/* bootconf_value.c: equality of names (NUL-terminated in their arrays). */
bool bootconf_name_eq(const char (*a)[BOOTCONF_NAME_MAX + 1],
                      const char (*b)[BOOTCONF_NAME_MAX + 1]);

_Static_assert(BOOTCONF_SERVICE_MAX == BOOTCONF_IMAGE_MAX,
               "services are stored like images");

#endif
