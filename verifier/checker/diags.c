/*
 * clang's own diagnostics. An error that no rule explains means the file
 * is not valid C: it is reported as clang reports it and the run fails with
 * status 2. A warning or error that *is* a subset violation (say
 * -Wint-conversion) becomes that rule's violation, unless the walk already
 * reported one on the same line.
 */
#include "sipcheck.h"

#include <stdlib.h>

static void diag_position(CXDiagnostic d, char **file, unsigned *line, unsigned *col,
                          CXFile *cxfile)
{
    clang_getExpansionLocation(clang_getDiagnosticLocation(d), cxfile, line, col, NULL);
    *file = *cxfile != NULL ? file_name_dup(*cxfile) : NULL;
}

static const char *string_or_empty(CXString s)
{
    const char *p = clang_getCString(s);
    return p != NULL ? p : "";
}

/* Returns how many errors made the file invalid C. */
static int collect_one(struct walk_ctx *ctx, CXDiagnostic d, struct report *pending)
{
    enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
    if (sev == CXDiagnostic_Ignored || sev == CXDiagnostic_Note)
        return 0;
    CXString option = clang_getDiagnosticOption(d, NULL);
    CXString text = clang_getDiagnosticSpelling(d);
    char *file = NULL;
    unsigned line = 0, col = 0;
    CXFile cxfile = NULL;
    diag_position(d, &file, &line, &col, &cxfile);
    const char *rule = diag_option_rule(string_or_empty(option), string_or_empty(text));
    bool trusted = cxfile != NULL && trust_file(ctx, cxfile);
    int failed = 0;
    if (rule != NULL && file != NULL && !trusted) {
        report_add(pending, file, line, col, rule, string_or_empty(text));
    } else if (rule == NULL && sev >= CXDiagnostic_Error) {
        report_add(ctx->report, file != NULL ? file : "<command line>", line, col,
                   "clang-error", string_or_empty(text));
        failed = 1;
    }
    free(file);
    clang_disposeString(option);
    clang_disposeString(text);
    return failed;
}

int diags_collect(struct walk_ctx *ctx, struct report *pending)
{
    int failed = 0;
    unsigned n = clang_getNumDiagnostics(ctx->tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(ctx->tu, i);
        failed += collect_one(ctx, d, pending);
        clang_disposeDiagnostic(d);
    }
    return failed;
}

void diags_merge(struct report *into, struct report *pending)
{
    for (size_t i = 0; i < pending->count; i++) {
        struct violation *v = &pending->items[i];
        if (!report_has_line(into, v->file, v->line))
            report_add(into, v->file, v->line, v->column, v->rule, v->message);
    }
    report_free(pending);
}
