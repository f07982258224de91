/*
 * The names trusted code owns (SIP-DECL-TRUSTED): every function and
 * variable with linkage that a header under a --trusted-dir declares, and
 * every symbol the stdlib's objects define (--trusted-symbols FILE, one
 * name a line, which the build writes from the stdlib's archives). SIP
 * code may reach them only through the trusted declarations, so that it
 * never calls trusted code with argument types of its own choosing.
 *
 * The headers are read once per run: one translation unit that includes
 * every *.h under every trusted dir.
 */
#include "sipcheck.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void set_add(struct name_set *s, const char *name)
{
    if (name[0] == '\0' || name_set_has(s, name))
        return;
    if (s->count == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->items = realloc(s->items, s->cap * sizeof *s->items);
        if (s->items == NULL)
            exit(2);
    }
    s->items[s->count++] = strdup(name);
}

bool name_set_has(const struct name_set *s, const char *name)
{
    for (size_t i = 0; i < s->count; i++) {
        if (strcmp(s->items[i], name) == 0)
            return true;
    }
    return false;
}

static void set_free(struct name_set *s)
{
    for (size_t i = 0; i < s->count; i++)
        free(s->items[i]);
    free(s->items);
    memset(s, 0, sizeof *s);
}

struct text {
    char *data;
    size_t len, cap;
};

static void text_add(struct text *t, const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c);
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
        if (t->data == NULL)
            exit(2);
    }
    t->len += (size_t)sprintf(t->data + t->len, "%s%s%s", a, b, c);
}

/* #include "PATH" for every *.h under dir. */
static void include_headers(struct text *t, const char *dir, int depth)
{
    DIR *d = depth < 16 ? opendir(dir) : NULL;
    if (d == NULL)
        return;
    for (struct dirent *e; (e = readdir(d)) != NULL; ) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        size_t n = strlen(e->d_name);
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            include_headers(t, path, depth + 1);
        else if (n > 2 && strcmp(e->d_name + n - 2, ".h") == 0)
            text_add(t, "#include \"", path, "\"\n");
    }
    closedir(d);
}

static enum CXChildVisitResult collect_decl(CXCursor c, CXCursor parent,
                                            CXClientData data)
{
    (void)parent;
    enum CXCursorKind k = clang_getCursorKind(c);
    enum CXLinkageKind l = clang_getCursorLinkage(c);
    if ((k == CXCursor_FunctionDecl || k == CXCursor_VarDecl)
        && l != CXLinkage_NoLinkage && l != CXLinkage_Internal) {
        char *name = cursor_name_dup(c);
        set_add(data, name);
        free(name);
    }
    return CXChildVisit_Continue;
}

/* Returns 0, or 2 when the headers do not parse (reported). */
static int load_headers(CXIndex index, const char *const *args, int argc,
                        const struct config *cfg, struct name_set *out)
{
    struct text t = { 0 };
    int failed = 0;
    for (size_t i = 0; i < cfg->n_trusted; i++)
        include_headers(&t, cfg->trusted_dirs[i], 0);
    if (t.len == 0)
        return 0;
    struct CXUnsavedFile unit = { "sipcheck-trusted-headers.c", t.data, (unsigned long)t.len };
    CXTranslationUnit tu = NULL;
    if (clang_parseTranslationUnit2(index, unit.Filename, args, argc, &unit, 1,
                                    CXTranslationUnit_KeepGoing
                                        | CXTranslationUnit_SkipFunctionBodies,
                                    &tu) == CXError_Success && tu != NULL) {
        clang_visitChildren(clang_getTranslationUnitCursor(tu), collect_decl, out);
        unsigned n = clang_getNumDiagnostics(tu);
        for (unsigned i = 0; i < n; i++) {
            CXDiagnostic d = clang_getDiagnostic(tu, i);
            if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
                CXString text = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
                fprintf(stderr, "sipcheck: error: the trusted headers do not parse, so "
                        "the names they own are unknown: %s\n", clang_getCString(text));
                failed = 2;
                clang_disposeString(text);
            }
            clang_disposeDiagnostic(d);
        }
        clang_disposeTranslationUnit(tu);
    } else {
        fprintf(stderr, "sipcheck: error: cannot parse the trusted headers\n");
        failed = 2;
    }
    free(t.data);
    return failed;
}

static int load_symbols(const char *path, struct name_set *out)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "sipcheck: error: cannot read trusted symbols '%s'\n", path);
        return 2;
    }
    char line[512];
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, " \t\r\n")] = '\0';
        set_add(out, line);
    }
    fclose(f);
    return 0;
}

int trusted_names_load(CXIndex index, const char *const *args, int argc,
                       const struct config *cfg, struct trusted_names *out)
{
    memset(out, 0, sizeof *out);
    if (load_headers(index, args, argc, cfg, &out->declared) != 0)
        return 2;
    return cfg->trusted_symbols != NULL ? load_symbols(cfg->trusted_symbols, &out->defined) : 0;
}

void trusted_names_free(struct trusted_names *t)
{
    set_free(&t->declared);
    set_free(&t->defined);
}
