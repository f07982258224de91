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

static void sig_type(struct sig *g, CXType t, int depth);

struct field_walk {
    struct sig *g;
    int depth;
};

static enum CXVisitorResult sig_field(CXCursor field, CXClientData data)
{
    struct field_walk *w = data;
    char *name = cursor_name_dup(field);
    sig_put(w->g, name);
    sig_put(w->g, ":");
    free(name);
    sig_type(w->g, clang_getCursorType(field), w->depth + 1);
    long long bits = clang_getFieldDeclBitWidth(field);
    if (bits >= 0) {
        char width[32];
        snprintf(width, sizeof width, "@%lld", bits);
        sig_put(w->g, width);
    }
    sig_put(w->g, ";");
    return CXVisit_Continue;
}

/* The type's structure: through pointers, arrays, functions and, a few
 * levels deep, the members of records. */
static void sig_type(struct sig *g, CXType t, int depth)
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
        sig_type(g, clang_getPointeeType(t), depth);
        sig_put(g, ")");
        break;
    case CXType_ConstantArray:
    case CXType_IncompleteArray: {
        char size[48];
        snprintf(size, sizeof size, "[%lld](", clang_getArraySize(t));
        sig_put(g, size);
        sig_type(g, clang_getElementType(t), depth);
        sig_put(g, ")");
        break;
    }
    case CXType_FunctionProto: {
        sig_put(g, "fn(");
        int n = clang_getNumArgTypes(t);
        for (int i = 0; i < n; i++) {
            sig_type(g, clang_getArgType(t, (unsigned)i), depth);
            sig_put(g, ",");
        }
        sig_put(g, clang_isFunctionTypeVariadic(t) ? "...)->" : ")->");
        sig_type(g, clang_getResultType(t), depth);
        break;
    }
    case CXType_Record:
        sig_put(g, spelled);
        if (depth < 4) {
            struct field_walk w = { g, depth };
            sig_put(g, "{");
            clang_Type_visitFields(t, sig_field, &w);
            sig_put(g, "}");
        }
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
    sig_type(&g, clang_getCursorType(c), 0);
    CXFile file;
    unsigned line, column;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, &column, NULL);
    char *where = file_name_dup(file);
    program_add(&ctx->program->signatures, name, where, line, column);
    ctx->program->signatures.items[ctx->program->signatures.count - 1].detail = g.s;
    free(where);
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

/* After every file: one type per name across the files of the SIP. */
void program_check_signatures(const struct program *prog, struct report *r)
{
    const struct name_list *l = &prog->signatures;
    for (size_t i = 0; i < l->count; i++) {
        for (size_t j = 0; j < i; j++) {
            if (strcmp(l->items[i].name, l->items[j].name) != 0
                || strcmp(l->items[i].file, l->items[j].file) == 0)
                continue;
            if (strcmp(l->items[i].detail, l->items[j].detail) != 0) {
                char message[1024];
                snprintf(message, sizeof message,
                         "'%s' is declared here with another type than in %s:%u; "
                         "declare it once, in a header every file includes",
                         l->items[i].name, l->items[j].file, l->items[j].line);
                report_add(r, l->items[i].file, l->items[i].line, l->items[i].column,
                           "SIP-DECL-CONFLICT", message);
            }
            break;
        }
    }
}
