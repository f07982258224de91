/*
 * SIP-DECL-*, SIP-INIT-PTR, SIP-PTR-FLEX/VOID/ADDRSPACE, SIP-STACK-VLA on
 * declarations: names, linkage, storage, prototypes and the declared types.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

static void check_type(struct walk_ctx *ctx, CXCursor c, CXType t)
{
    const char *rule = NULL;
    const char *why = type_forbidden_part(t, &rule);
    if (why == NULL)
        return;
    char *name = cursor_name_dup(c);
    char *type = type_name_dup(t);
    report_cursor(ctx, c, rule, "'%s' is declared with type '%s': %s is not allowed",
                  name, type, why);
    free(type);
    free(name);
}

/* The symbol a declaration with linkage binds to must be its own name:
 * an asm label or #pragma redefine_extname could bind it to any symbol. */
static void check_symbol(struct walk_ctx *ctx, CXCursor c)
{
    enum CXLinkageKind linkage = clang_getCursorLinkage(c);
    if (linkage == CXLinkage_NoLinkage || linkage == CXLinkage_Invalid)
        return;
    char *name = cursor_name_dup(c);
    CXString m = clang_Cursor_getMangling(c);
    const char *symbol = clang_getCString(m);
    if (symbol != NULL && symbol[0] != '\0' && strcmp(symbol, name) != 0)
        report_cursor(ctx, c, "SIP-ASM-LABEL",
                      "'%s' is bound to the symbol '%s' instead of its own name",
                      name, symbol);
    clang_disposeString(m);
    free(name);
}

/* Names of functions and of variables with linkage. */
static void check_name(struct walk_ctx *ctx, CXCursor c)
{
    char *name = cursor_name_dup(c);
    const char *rule = name_forbidden_rule(name);
    if (rule != NULL)
        report_cursor(ctx, c, rule, "declaration of '%s' is not allowed in SIP code", name);
    else if (name_is_reserved(name))
        report_cursor(ctx, c, "SIP-DECL-RESERVED",
                      "'%s' is reserved to the implementation, the kernel or the ABI", name);
    free(name);
}

static void check_function(struct walk_ctx *ctx, CXCursor c)
{
    check_name(ctx, c);
    check_symbol(ctx, c);
    trusted_check_decl(ctx, c);
    CXType t = clang_getCursorType(c);
    if (type_canon(t).kind == CXType_FunctionNoProto) {
        char *name = cursor_name_dup(c);
        report_cursor(ctx, c, "SIP-DECL-KR",
                      "'%s' has no prototype: calls to it are not type-checked", name);
        free(name);
        return;
    }
    if (clang_Cursor_isVariadic(c))
        report_cursor(ctx, c, "SIP-DECL-VARIADIC",
                      "variadic functions read arguments no caller declared");
    check_type(ctx, c, clang_getCursorResultType(c));
    out_check_function(ctx, c);
}

static void check_local_init(struct walk_ctx *ctx, CXCursor c, CXType t)
{
    if (!cursor_is_local_var(c) || !type_contains_pointer(t))
        return;
    if (!clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(c)))
        return;
    char *name = cursor_name_dup(c);
    report_cursor(ctx, c, "SIP-INIT-PTR",
                  "local '%s' holds a pointer and must be initialized where it "
                  "is declared", name);
    free(name);
}

static void check_variable(struct walk_ctx *ctx, CXCursor c)
{
    CXType t = clang_getCursorType(c);
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(c);
    if (!cursor_is_local_var(c)) {
        check_name(ctx, c);
        check_symbol(ctx, c);
        trusted_check_decl(ctx, c);
    }
    if (sc == CX_SC_Extern)
        report_cursor(ctx, c, "SIP-DECL-EXTERN-VAR",
                      "extern variable may name data of the stdlib or kernel");
    if (clang_getCursorTLSKind(c) != CXTLS_None)
        report_cursor(ctx, c, "SIP-DECL-TLS",
                      "thread-local storage is addressed through a segment register");
    check_type(ctx, c, t);
    if (type_record_has_flexible_member(t))
        report_cursor(ctx, c, "SIP-PTR-FLEX",
                      "an object with a flexible array member must come from "
                      "the stdlib allocator, which sets its length");
    check_local_init(ctx, c, t);
}

static void check_file_scope_asm(struct walk_ctx *ctx, CXCursor c)
{
    char *first = cursor_first_token(ctx->tu, c);
    if (first != NULL && (strcmp(first, "asm") == 0 || strcmp(first, "__asm") == 0
                          || strcmp(first, "__asm__") == 0))
        report_cursor(ctx, c, "SIP-ASM-INLINE",
                      "file-scope assembly adds code the verifier cannot see");
    free(first);
}

void decls_check(struct walk_ctx *ctx, CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_FunctionDecl:
        check_function(ctx, c);
        break;
    case CXCursor_VarDecl:
        check_variable(ctx, c);
        break;
    case CXCursor_ParmDecl:
        if (clang_getCursorKind(walk_parent(ctx, 0)) == CXCursor_FunctionDecl)
            check_type(ctx, c, clang_getCursorType(c));
        out_check_parm(ctx, c);
        pointers_check_parm(ctx, c);
        break;
    case CXCursor_FieldDecl:
        check_type(ctx, c, clang_getCursorType(c));
        decls_check_field(ctx, c);
        break;
    case CXCursor_TypedefDecl:
        check_type(ctx, c, clang_getTypedefDeclUnderlyingType(c));
        break;
    case CXCursor_StructDecl:
    case CXCursor_UnionDecl:
        decls_check_record(ctx, c);
        break;
    case CXCursor_UnexposedDecl:
        check_file_scope_asm(ctx, c);
        break;
    default:
        break;
    }
}
