/* diag.c: printing diagnostics with the source line and a caret. */
#include "diag.h"

#include <stdarg.h>

void diag_line_col(loc_t at, uint32_t *line, uint32_t *col)
{
    uint32_t l = 1, c = 1;

    for (uint32_t i = 0; i < at.offset && i < at.src->len; i++) {
        if (at.src->text[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* diag_print_excerpt: the source line holding `at`, then the caret line. */
static void diag_print_excerpt(FILE *out, loc_t at)
{
    const source_t *s = at.src;
    uint32_t start = at.offset, end = at.offset, len;

    while (start > 0 && s->text[start - 1] != '\n')
        start--;
    while (end < s->len && s->text[end] != '\n')
        end++;
    for (uint32_t i = start; i < end; i++) {
        unsigned char ch = (unsigned char)s->text[i];
        fputc(ch == '\t' || (ch >= 0x20 && ch < 0x7f) ? ch : ' ', out);
    }
    fputc('\n', out);
    for (uint32_t i = start; i < at.offset; i++)
        fputc(s->text[i] == '\t' ? '\t' : ' ', out);
    fputc('^', out);
    len = at.len;
    if (at.offset + len > end)
        len = end > at.offset ? end - at.offset : 1;
    for (uint32_t i = 1; i < len; i++)
        fputc('~', out);
    fputc('\n', out);
}

/* diag_vreport: "path:line:col: kind: " + message + excerpt. */
static void diag_vreport(FILE *out, loc_t at, const char *kind,
                         const char *rule, const char *fmt, va_list ap)
{
    uint32_t line, col;

    diag_line_col(at, &line, &col);
    fprintf(out, "%s:%u:%u: %s: ", at.src->path, line, col, kind);
    if (rule != NULL)
        fprintf(out, "[%s] ", rule);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    diag_print_excerpt(out, at);
}

/* diag_json_string: s as a JSON string. */
static void diag_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

/* diag_json_error: one error as a JSON object (after a comma if not the
   first). */
static void diag_json_error(diag_t *d, loc_t at, const char *rule,
                            const char *fmt, va_list ap)
{
    char message[1024];
    uint32_t line, col;

    vsnprintf(message, sizeof message, fmt, ap);
    diag_line_col(at, &line, &col);
    fputs(d->json_count++ > 0 ? ",\n  {\"file\": " : "\n  {\"file\": ",
          d->out);
    diag_json_string(d->out, at.src->path);
    fprintf(d->out, ", \"line\": %u, \"column\": %u, \"rule\": ", line, col);
    diag_json_string(d->out, rule);
    fputs(", \"message\": ", d->out);
    diag_json_string(d->out, message);
    fputc('}', d->out);
}

void diag_json_begin(diag_t *d)
{
    fputc('[', d->out);
}

void diag_json_end(diag_t *d)
{
    fputs(d->json_count > 0 ? "\n]\n" : "]\n", d->out);
}

void diag_verror(diag_t *d, loc_t at, const char *rule, const char *fmt,
                 va_list ap)
{
    if (d->json) {
        d->errors++;
        diag_json_error(d, at, rule, fmt, ap);
        return;
    }
    d->errors++;
    if (d->errors > DIAG_MAX_ERRORS) {
        if (d->errors == DIAG_MAX_ERRORS + 1)
            fputs("contractc: error: too many errors, not printing more\n",
                  d->out);
        return;
    }
    diag_vreport(d->out, at, "error", rule, fmt, ap);
}

void diag_error(diag_t *d, loc_t at, const char *rule, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    diag_verror(d, at, rule, fmt, ap);
    va_end(ap);
}

void diag_note(diag_t *d, loc_t at, const char *fmt, ...)
{
    va_list ap;

    if (d->errors > DIAG_MAX_ERRORS || d->json)
        return;
    va_start(ap, fmt);
    diag_vreport(d->out, at, "note", NULL, fmt, ap);
    va_end(ap);
}

void diag_tool_error(diag_t *d, const char *fmt, ...)
{
    va_list ap;

    FILE *out = d->json ? stderr : d->out; /* JSON holds located errors */

    d->errors++;
    fputs("contractc: error: ", out);
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fputc('\n', out);
}
