/*
 * The walk: a depth-first visit of the whole translation unit that keeps
 * the chain of ancestors (rules need a cursor's parent) and hands every
 * checked cursor to its rule group.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>

enum { MAX_DEPTH = 4000 };

CXCursor walk_parent(const struct walk_ctx *ctx, size_t up)
{
    /* stack[depth-1] is the cursor being checked itself. */
    if (ctx->depth < up + 2)
        return clang_getNullCursor();
    return ctx->stack[ctx->depth - 2 - up];
}

CXCursor walk_parent_skipping_parens(const struct walk_ctx *ctx)
{
    for (size_t up = 0;; up++) {
        CXCursor p = walk_parent(ctx, up);
        if (clang_getCursorKind(p) != CXCursor_ParenExpr)
            return p;
    }
}

CXCursor walk_enclosing_call(const struct walk_ctx *ctx)
{
    for (size_t up = 0;; up++) {
        CXCursor p = walk_parent(ctx, up);
        enum CXCursorKind k = clang_getCursorKind(p);
        if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr)
            continue;
        return k == CXCursor_CallExpr ? p : clang_getNullCursor();
    }
}

bool walk_is_direct_callee(const struct walk_ctx *ctx)
{
    CXCursor self = ctx->stack[ctx->depth - 1];
    for (size_t up = 0;; up++) {
        CXCursor p = walk_parent(ctx, up);
        enum CXCursorKind k = clang_getCursorKind(p);
        if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr)
            continue;
        CXCursor kids[1];
        return k == CXCursor_CallExpr && cursor_expr_children(p, kids, 1) >= 1
            && clang_equalRanges(clang_getCursorExtent(cursor_strip(kids[0])),
                                 clang_getCursorExtent(self));
    }
}

int walk_argument_index(CXCursor call, CXCursor expr)
{
    CXSourceRange extent = clang_getCursorExtent(expr);
    int n = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < n; i++) {
        CXCursor arg = cursor_strip(clang_Cursor_getArgument(call, (unsigned)i));
        if (clang_equalRanges(clang_getCursorExtent(arg), extent))
            return i;
    }
    return -1;
}

bool walk_inside_function(const struct walk_ctx *ctx)
{
    for (size_t i = 0; i < ctx->depth; i++) {
        if (clang_getCursorKind(ctx->stack[i]) == CXCursor_FunctionDecl)
            return true;
    }
    return false;
}

static void check_expression(struct walk_ctx *ctx, CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_CStyleCastExpr:
        casts_check_explicit(ctx, c);
        break;
    case CXCursor_UnexposedExpr:
        casts_check_implicit(ctx, c);
        break;
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator:
        pointers_check_binary(ctx, c);
        readonly_check_store(ctx, c);
        break;
    case CXCursor_UnaryOperator:
        pointers_check_unary(ctx, c);
        readonly_check_unary(ctx, c);
        break;
    case CXCursor_ArraySubscriptExpr:
        pointers_check_subscript(ctx, c);
        break;
    case CXCursor_DeclRefExpr:
        control_check_declref(ctx, c);
        pointers_check_array_fn_use(ctx, c);
        strnul_check_declref(ctx, c);
        break;
    case CXCursor_MemberRefExpr:
        strnul_check_member(ctx, c);
        break;
    case CXCursor_CallExpr:
        strnul_check_call(ctx, c);
        retained_check_call(ctx, c);
        pointers_check_array_args(ctx, c);
        break;
    case CXCursor_InitListExpr:
        readonly_check_init_list(ctx, c);
        break;
    case CXCursor_AddrLabelExpr:
        control_check_stmt(ctx, c);
        break;
    default:
        break;
    }
}

static void check_cursor(struct walk_ctx *ctx, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (clang_isPreprocessing(k)) {
        includes_check(ctx, c);
        return;
    }
    if (trust_cursor(ctx, c)) {
        if (clang_isExpression(k))
            strnul_check_trusted_expr(ctx, c);
        if (k == CXCursor_CallExpr) {
            retained_check_call(ctx, c); /* str_from_array(a) */
            pointers_check_array_args(ctx, c);
        }
        return;
    }
    if (clang_isExpression(k))
        check_expression(ctx, c);
    else if (clang_isStatement(k))
        control_check_stmt(ctx, c);
    else if (clang_isAttribute(k))
        control_check_attr(ctx, c);
    else if (clang_isDeclaration(k)) {
        decls_check(ctx, c);
        strnul_check_decl(ctx, c);
        readonly_check_decl(ctx, c);
        frame_check_function(ctx, c);
    }
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent,
                                     CXClientData data)
{
    (void)parent;
    struct walk_ctx *ctx = data;
    if (ctx->depth == ctx->cap) {
        ctx->cap = ctx->cap ? ctx->cap * 2 : 64;
        ctx->stack = realloc(ctx->stack, ctx->cap * sizeof *ctx->stack);
        if (ctx->stack == NULL)
            exit(2);
    }
    ctx->stack[ctx->depth++] = c;
    check_cursor(ctx, c);
    bool trusted = trust_cursor(ctx, c) && trust_cursor_expansion(ctx, c);
    if (ctx->depth >= MAX_DEPTH)
        report_cursor(ctx, c, "clang-error", "expression nesting too deep to check");
    else if (!trusted)
        clang_visitChildren(c, visit, ctx);
    ctx->depth--;
    return CXChildVisit_Continue;
}

void walk_translation_unit(struct walk_ctx *ctx)
{
    clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), visit, ctx);
    free(ctx->stack);
    ctx->stack = NULL;
    ctx->depth = ctx->cap = 0;
}
