/*
 * Which code is checked. A file is trusted when its real path lies under a
 * --trusted-dir, or when clang treats it as a system header (those may only
 * be reached from SIP code through the freestanding set, see includes.c).
 * A cursor is checked when the file it is *spelled* in is not trusted: the
 * body of a trusted macro is trusted, its arguments written in the SIP are
 * not, and a macro written in the SIP is checked wherever it is expanded.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *file_name_dup(CXFile file)
{
    if (file == NULL)
        return strdup("<unknown>");
    CXString s = clang_getFileName(file);
    const char *c = clang_getCString(s);
    char *d = strdup(c != NULL ? c : "<unknown>");
    clang_disposeString(s);
    return d;
}

static bool file_is_trusted(struct walk_ctx *ctx, CXFile file)
{
    CXSourceLocation start = clang_getLocationForOffset(ctx->tu, file, 0);
    if (clang_Location_isInSystemHeader(start))
        return true;
    char *name = file_name_dup(file);
    char *real = name != NULL ? realpath(name, NULL) : NULL;
    bool trusted = false;
    for (size_t i = 0; real != NULL && i < ctx->cfg->n_trusted; i++)
        trusted = trusted || path_is_under(real, ctx->cfg->trusted_dirs[i]);
    free(real);
    free(name);
    return trusted;
}

bool trust_file(struct walk_ctx *ctx, CXFile file)
{
    struct trust_cache *tc = &ctx->trust;
    for (size_t i = 0; i < tc->count; i++) {
        if (clang_File_isEqual(tc->items[i].file, file))
            return tc->items[i].trusted;
    }
    if (tc->count == tc->cap) {
        tc->cap = tc->cap ? tc->cap * 2 : 16;
        tc->items = realloc(tc->items, tc->cap * sizeof *tc->items);
        if (tc->items == NULL)
            exit(2);
    }
    bool trusted = file_is_trusted(ctx, file);
    tc->items[tc->count++] = (struct trust_entry){ file, trusted };
    return trusted;
}

/* Code with no file at all (compiler builtins) is not SIP code. */
bool trust_cursor(struct walk_ctx *ctx, CXCursor c)
{
    CXSourceLocation loc = clang_getCursorLocation(c);
    CXFile file = NULL;
    clang_getSpellingLocation(loc, &file, NULL, NULL, NULL);
    if (file == NULL)
        clang_getExpansionLocation(loc, &file, NULL, NULL, NULL);
    return file == NULL || trust_file(ctx, file);
}

bool trust_cursor_expansion(struct walk_ctx *ctx, CXCursor c)
{
    CXFile file = NULL;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL,
                               NULL);
    return file == NULL || trust_file(ctx, file);
}

void trust_free(struct trust_cache *cache)
{
    free(cache->items);
    memset(cache, 0, sizeof *cache);
}
