/*
 * diag.h: compiler diagnostics.
 *
 *     fs.contract:12:7: error: [CONTRACT-UNKNOWN-TYPE] unknown type 'u33'
 *         u33 size;
 *         ^~~
 *
 * Columns count bytes from 1 (a tab is one column, and is copied into the
 * caret line so the caret lines up). Errors carry a rule id; notes point at
 * related places ("first declared here"). After DIAG_MAX_ERRORS errors the
 * rest are counted but not printed.
 */
#ifndef CONTRACTC_DIAG_H
#define CONTRACTC_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define DIAG_MAX_ERRORS 50u

/* One input file, held in memory for the whole compilation. */
typedef struct source {
    const char *path; /* as given on the command line */
    const char *text; /* may contain any bytes, including NUL */
    uint32_t len;
} source_t;

/* A place in a source: len bytes from byte offset. */
typedef struct loc {
    const source_t *src;
    uint32_t offset;
    uint32_t len;
} loc_t;

typedef struct diag {
    FILE *out;        /* stderr, or a sink such as /dev/null */
    unsigned errors;  /* errors reported so far, printed or not */
    bool json;        /* errors as JSON objects (diag_json_begin/_end);
                         notes are left out */
    unsigned json_count; /* JSON objects printed */
} diag_t;

/* diag_json_begin, diag_json_end: the `[` and `]` around JSON errors, one
   object per error: {"file", "line", "column", "rule", "message"}. */
void diag_json_begin(diag_t *d);
void diag_json_end(diag_t *d);

/* diag_error: report an error at `at` under rule id `rule`. */
void diag_error(diag_t *d, loc_t at, const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* diag_verror: diag_error with a va_list. */
void diag_verror(diag_t *d, loc_t at, const char *rule, const char *fmt,
                 va_list ap) __attribute__((format(printf, 4, 0)));

/* diag_note: attach a note at `at` to the error just reported. */
void diag_note(diag_t *d, loc_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* diag_tool_error: an error with no source position (I/O, usage). */
void diag_tool_error(diag_t *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* diag_line_col: 1-based line and column of a location. */
void diag_line_col(loc_t at, uint32_t *line, uint32_t *col);

#endif
