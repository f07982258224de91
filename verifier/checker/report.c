/*
 * Violations: collected per run, sorted, printed like clang
 *   file:line:col: error: [RULE] message
 *       12 | source line
 *          |     ^
 * or as one JSON array of {file, line, column, rule, message}.
 */
#include "sipcheck.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_or_die(const char *s)
{
    char *d = strdup(s != NULL ? s : "");
    if (d == NULL) {
        fprintf(stderr, "sipcheck: out of memory\n");
        exit(2);
    }
    return d;
}

void report_add(struct report *r, const char *file, unsigned line,
                unsigned column, const char *rule, const char *message)
{
    if (r->count == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->items = realloc(r->items, r->cap * sizeof *r->items);
        if (r->items == NULL) {
            fprintf(stderr, "sipcheck: out of memory\n");
            exit(2);
        }
    }
    r->items[r->count++] = (struct violation){
        dup_or_die(file), line, column, rule, dup_or_die(message),
    };
}

/* Reported where the user wrote it: the expansion site of a macro. */
void report_cursor(struct walk_ctx *ctx, CXCursor c, const char *rule,
                   const char *fmt, ...)
{
    CXFile file;
    unsigned line, column, offset;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line,
                               &column, &offset);
    char *name = file_name_dup(file);
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    report_add(ctx->report, name, line, column, rule, message);
    free(name);
}

bool report_has_line(const struct report *r, const char *file, unsigned line)
{
    for (size_t i = 0; i < r->count; i++) {
        if (r->items[i].line == line && strcmp(r->items[i].file, file) == 0)
            return true;
    }
    return false;
}

static int compare(const void *a, const void *b)
{
    const struct violation *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (c != 0)
        return c;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->column != y->column)
        return x->column < y->column ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

static void violation_free(struct violation *v)
{
    free(v->file);
    free(v->message);
}

/* Sorts by position; drops a second report of one rule at one place. */
void report_sort_unique(struct report *r)
{
    if (r->count == 0)
        return;
    qsort(r->items, r->count, sizeof *r->items, compare);
    size_t kept = 1;
    for (size_t i = 1; i < r->count; i++) {
        if (compare(&r->items[kept - 1], &r->items[i]) == 0)
            violation_free(&r->items[i]);
        else
            r->items[kept++] = r->items[i];
    }
    r->count = kept;
}

/* Reads line number `line` of file into buf; false if unavailable. */
static bool read_line(const char *file, unsigned line, char *buf, size_t size)
{
    FILE *f = fopen(file, "r");
    if (f == NULL)
        return false;
    unsigned n = 1;
    bool found = false;
    while (fgets(buf, (int)size, f) != NULL) {
        size_t len = strlen(buf);
        bool complete = len > 0 && buf[len - 1] == '\n';
        if (n == line) {
            buf[strcspn(buf, "\r\n")] = '\0';
            found = true;
            break;
        }
        if (complete)
            n++;
    }
    fclose(f);
    return found;
}

static void print_source(const struct violation *v)
{
    char text[4096];
    if (v->line == 0 || !read_line(v->file, v->line, text, sizeof text))
        return;
    fprintf(stderr, "%5u | %s\n      | ", v->line, text);
    size_t len = strlen(text);
    for (unsigned i = 0; i + 1 < v->column && i < len; i++)
        fputc(text[i] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

void report_print_text(const struct report *r)
{
    for (size_t i = 0; i < r->count; i++) {
        const struct violation *v = &r->items[i];
        if (strcmp(v->rule, "clang-error") == 0)
            fprintf(stderr, "%s:%u:%u: error: %s\n", v->file, v->line,
                    v->column, v->message);
        else
            fprintf(stderr, "%s:%u:%u: error: [%s] %s\n", v->file, v->line,
                    v->column, v->rule, v->message);
        print_source(v);
    }
    if (r->count > 0)
        fprintf(stderr, "%zu error%s generated.\n", r->count,
                r->count == 1 ? "" : "s");
}

static void print_json_string(const char *s)
{
    size_t need = json_escape(NULL, 0, s) + 1;
    char *buf = malloc(need);
    if (buf == NULL)
        exit(2);
    json_escape(buf, need, s);
    printf("\"%s\"", buf);
    free(buf);
}

void report_print_json(const struct report *r)
{
    printf("[");
    for (size_t i = 0; i < r->count; i++) {
        const struct violation *v = &r->items[i];
        printf("%s\n  {\"file\": ", i ? "," : "");
        print_json_string(v->file);
        printf(", \"line\": %u, \"column\": %u, \"rule\": ", v->line, v->column);
        print_json_string(v->rule);
        printf(", \"message\": ");
        print_json_string(v->message);
        printf("}");
    }
    printf("%s]\n", r->count ? "\n" : "");
}

size_t report_count_rule_violations(const struct report *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->count; i++)
        n += strcmp(r->items[i].rule, "clang-error") != 0;
    return n;
}

void report_free(struct report *r)
{
    for (size_t i = 0; i < r->count; i++)
        violation_free(&r->items[i]);
    free(r->items);
    memset(r, 0, sizeof *r);
}
