/*
 * SIP-DECL-TRUSTED and SIP-DECL-CONFLICT: one declaration per name.
 *
 * A name trusted code owns (trusted_names.c: declared in a trusted header
 * or defined by the stdlib) may be declared in checked code only by
 * including its header: a declaration of the SIP's own would let it call
 * trusted code with argument types of its choosing (a look-alike struct
 * for a view, a byte array where a C string is read), and a definition
 * would replace trusted code the stdlib itself calls. The one exception is
 * a function the trusted headers declare for the SIP to define (main),
 * defined where that declaration is visible, so clang checks the two agree.
 *
 * Across the files of one SIP (sipcheck checks them in one run), every
 * declaration of a name with linkage must have the same type, compared
 * structurally (a struct's members too): C does not check declarations in
 * different files against each other, so one file could pass an integer
 * where another's definition reads a pointer.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sig {
    char *s;
    size_t len, cap;
};

static void sig_put(struct sig *g, const char *text)
{
    size_t n = strlen(text);
    if (g->len + n + 1 > g->cap) {
        g->cap = (g->len + n + 1) * 2;
        g->s = realloc(g->s, g->cap);
        if (g->s == NULL)
            exit(2);
    }
    memcpy(g->s + g->len, text, n + 1);
    g->len += n;
}

static void sig_type(struct walk_ctx *ctx, struct sig *g, CXType t);

/* The place of a cursor, as report_cursor gives it. */
static void note(struct walk_ctx *ctx, struct name_list *l, const char *name,
                 CXCursor at, char *detail)
{
    CXFile file;
    unsigned line, column;
    clang_getExpansionLocation(clang_getCursorLocation(at), &file, &line, &column, NULL);
    char *where = file_name_dup(file);
    program_add(l, name, where, line, column);
    l->items[l->count - 1].detail = detail;
    l->items[l->count - 1].unit = ctx->program->unit;
    free(where);
}

static bool record_noted(const struct walk_ctx *ctx, const char *name)
{
    const struct name_list *l = &ctx->program->records;
    for (size_t i = l->count; i-- > 0 && l->items[i].unit == ctx->program->unit; ) {
        if (strcmp(l->items[i].name, name) == 0)
            return true;
    }
    return false;
}

struct field_walk {
    struct walk_ctx *ctx;
    struct sig *g;
};

static enum CXVisitorResult sig_field(CXCursor field, CXClientData data)
{
    struct field_walk *w = data;
    char *name = cursor_name_dup(field);
    sig_put(w->g, name);
    sig_put(w->g, ":");
    free(name);
    sig_type(w->ctx, w->g, clang_getCursorType(field));
    long long bits = clang_getFieldDeclBitWidth(field);
    char tail[48];
    snprintf(tail, sizeof tail, "@%lld+%lld;", bits, clang_Cursor_getOffsetOfField(field));
    sig_put(w->g, tail);
    return CXVisit_Continue;
}

/* A record type a signature names: its members, once per file. Records
 * are compared by name across the files (program_check_signatures), so a
 * signature needs only the name, and a record that holds a pointer to
 * itself ends the walk. */
static void note_record(struct walk_ctx *ctx, CXType t, const char *name)
{
    CXCursor def = clang_getTypeDeclaration(t);
    if (record_noted(ctx, name) || clang_Type_getSizeOf(t) < 0)
        return;
    note(ctx, &ctx->program->records, name, def, NULL);
    size_t slot = ctx->program->records.count - 1;
    struct sig g = { 0 };
    struct field_walk w = { ctx, &g };
    sig_put(&g, "{");
    clang_Type_visitFields(t, sig_field, &w);
    sig_put(&g, "}");
    ctx->program->records.items[slot].detail = g.s;
}

/* The type's structure: through pointers, arrays and functions; records by
 * name (their members are noted by note_record). */
static void sig_type(struct walk_ctx *ctx, struct sig *g, CXType t)
{
    t = type_canon(t);
    if (clang_isConstQualifiedType(t))
        sig_put(g, "const ");
    if (clang_isVolatileQualifiedType(t))
        sig_put(g, "volatile ");
    char *spelled = type_name_dup(clang_getUnqualifiedType(t));
    switch (t.kind) {
    case CXType_Pointer:
        sig_put(g, "*(");
        sig_type(ctx, g, clang_getPointeeType(t));
        sig_put(g, ")");
        break;
    case CXType_ConstantArray:
    case CXType_IncompleteArray: {
        char size[48];
        snprintf(size, sizeof size, "[%lld](", clang_getArraySize(t));
        sig_put(g, size);
        sig_type(ctx, g, clang_getElementType(t));
        sig_put(g, ")");
        break;
    }
    case CXType_FunctionProto: {
        sig_put(g, "fn(");
        int n = clang_getNumArgTypes(t);
        for (int i = 0; i < n; i++) {
            sig_type(ctx, g, clang_getArgType(t, (unsigned)i));
            sig_put(g, ",");
        }
        sig_put(g, clang_isFunctionTypeVariadic(t) ? "...)->" : ")->");
        sig_type(ctx, g, clang_getResultType(t));
        break;
    }
    case CXType_Record:
        sig_put(g, spelled);
        note_record(ctx, t, spelled);
        break;
    default:
        sig_put(g, spelled);
        break;
    }
    free(spelled);
}

static void note_signature(struct walk_ctx *ctx, CXCursor c, const char *name)
{
    struct sig g = { 0 };
    sig_type(ctx, &g, clang_getCursorType(c));
    note(ctx, &ctx->program->signatures, name, c, g.s);
}

/* main: declared by a trusted header for the SIP to define. */
static bool defines_trusted_declaration(struct walk_ctx *ctx, CXCursor c)
{
    return clang_isCursorDefinition(c)
        && clang_getCursorKind(c) == CXCursor_FunctionDecl
        && trust_cursor(ctx, clang_getCanonicalCursor(c));
}

void trusted_check_decl(struct walk_ctx *ctx, CXCursor c)
{
    enum CXLinkageKind l = clang_getCursorLinkage(c);
    if (ctx->program == NULL || l == CXLinkage_NoLinkage || l == CXLinkage_Internal
        || l == CXLinkage_Invalid)
        return;
    char *name = cursor_name_dup(c);
    const struct trusted_names *t = &ctx->program->trusted;
    bool declared = name_set_has(&t->declared, name);
    bool defined = name_set_has(&t->defined, name);
    if (!declared && !defined)
        note_signature(ctx, c, name);
    else if (defined || !defines_trusted_declaration(ctx, c))
        report_cursor(ctx, c, "SIP-DECL-TRUSTED",
                      "'%s' belongs to trusted code (%s); %s", name,
                      defined ? "the stdlib defines it" : "a trusted header declares it",
                      clang_isCursorDefinition(c)
                          ? "SIP code may not define it"
                          : "include its header instead of declaring it");
    free(name);
}

static void check_list(const struct name_list *l, const char *what, struct report *r)
{
    for (size_t i = 0; i < l->count; i++) {
        for (size_t j = 0; j < i; j++) {
            const struct named_place *x = &l->items[i], *y = &l->items[j];
            if (strcmp(x->name, y->name) != 0 || x->unit == y->unit)
                continue;
            if (x->detail != NULL && y->detail != NULL && strcmp(x->detail, y->detail) != 0) {
                char message[1024];
                snprintf(message, sizeof message,
                         "'%s' has %s here than in %s:%u, another file of this "
                         "SIP; define it once, in a header every file includes",
                         x->name, what, y->file, y->line);
                report_add(r, x->file, x->line, x->column, "SIP-DECL-CONFLICT", message);
            }
            break;
        }
    }
}

/* After every file: one type per name, one definition per record, across
 * the files of the SIP. */
void program_check_signatures(const struct program *prog, struct report *r)
{
    check_list(&prog->signatures, "another type", r);
    check_list(&prog->records, "other members", r);
}
