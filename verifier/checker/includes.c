/*
 * SIP-INC-*: what SIP code may include, and what it may do to the trusted
 * headers it includes. Preprocessing cursors come from the detailed
 * preprocessing record: inclusion directives, macro definitions and every
 * macro expansion, in SIP files and trusted headers alike.
 */
#include "sipcheck.h"

#include <stdlib.h>

#ifndef SIPCHECK_RESOURCE_DIR
#error "SIPCHECK_RESOURCE_DIR (clang -print-resource-dir) must be defined"
#endif

static bool file_under_trusted_dir(struct walk_ctx *ctx, CXFile file)
{
    char *name = file_name_dup(file);
    char *real = realpath(name, NULL);
    bool under = false;
    for (size_t i = 0; real != NULL && i < ctx->cfg->n_trusted; i++)
        under = under || path_is_under(real, ctx->cfg->trusted_dirs[i]);
    free(real);
    free(name);
    return under;
}

static bool is_freestanding_header(CXFile file)
{
    char *name = file_name_dup(file);
    char *real = realpath(name, NULL);
    bool ok = real != NULL && path_is_under(real, SIPCHECK_RESOURCE_DIR "/include")
        && header_is_freestanding(real);
    free(real);
    free(name);
    return ok;
}

static void check_inclusion(struct walk_ctx *ctx, CXCursor c)
{
    CXFile included = clang_getIncludedFile(c);
    if (included == NULL || trust_cursor(ctx, c) || !trust_file(ctx, included))
        return; /* missing (clang reports it), or a SIP header (checked) */
    if (file_under_trusted_dir(ctx, included) || is_freestanding_header(included))
        return;
    char *name = file_name_dup(included);
    report_cursor(ctx, c, "SIP-INC-SYSTEM",
                  "'%s' is neither a trusted header nor a freestanding type "
                  "header; SIPs reach the system only through the stdlib", name);
    free(name);
}

/* A macro of the SIP expanded inside a trusted header changes trusted code. */
static void check_expansion(struct walk_ctx *ctx, CXCursor c)
{
    if (!trust_cursor_expansion(ctx, c))
        return;
    CXCursor def = clang_getCursorReferenced(c);
    CXFile def_file = NULL, at_file = NULL;
    clang_getExpansionLocation(clang_getCursorLocation(def), &def_file, NULL, NULL, NULL);
    if (clang_Cursor_isNull(def) || def_file == NULL || trust_file(ctx, def_file))
        return;
    clang_getExpansionLocation(clang_getCursorLocation(c), &at_file, NULL, NULL, NULL);
    char *macro = cursor_name_dup(def);
    char *header = file_name_dup(at_file);
    report_cursor(ctx, def, "SIP-INC-MACRO",
                  "macro '%s' is expanded inside trusted header '%s' and "
                  "changes its code", macro, header);
    free(header);
    free(macro);
}

static void check_definition(struct walk_ctx *ctx, CXCursor c)
{
    CXFile file = NULL;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
    if (file == NULL || trust_file(ctx, file))
        return;
    char *name = cursor_name_dup(c);
    if (name_is_reserved(name))
        report_cursor(ctx, c, "SIP-DECL-RESERVED",
                      "macro name '%s' is reserved to the implementation, the "
                      "kernel or the ABI", name);
    free(name);
}

void includes_check(struct walk_ctx *ctx, CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_InclusionDirective:
        check_inclusion(ctx, c);
        break;
    case CXCursor_MacroExpansion:
        check_expansion(ctx, c);
        break;
    case CXCursor_MacroDefinition:
        check_definition(ctx, c);
        break;
    default:
        break;
    }
}
