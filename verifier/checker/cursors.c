/*
 * Small helpers over libclang cursors: children, implicit-cast stripping,
 * null constants and the storage of an lvalue.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

char *cursor_name_dup(CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    const char *p = clang_getCString(s);
    char *d = strdup(p != NULL ? p : "");
    clang_disposeString(s);
    return d;
}

struct child_list {
    CXCursor *out;
    int max, count;
    bool exprs_only;
};

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent,
                                       CXClientData data)
{
    (void)parent;
    struct child_list *l = data;
    if (l->exprs_only && !clang_isExpression(clang_getCursorKind(c)))
        return CXChildVisit_Continue;
    if (l->count < l->max)
        l->out[l->count] = c;
    l->count++;
    return CXChildVisit_Continue;
}

/* Stores up to max children; returns how many there are. */
int cursor_children(CXCursor c, CXCursor *out, int max)
{
    struct child_list l = { out, max, 0, false };
    clang_visitChildren(c, collect, &l);
    return l.count;
}

int cursor_expr_children(CXCursor c, CXCursor *out, int max)
{
    struct child_list l = { out, max, 0, true };
    clang_visitChildren(c, collect, &l);
    return l.count;
}

/* Looks through parentheses and implicit conversions (libclang shows an
 * implicit cast as an UnexposedExpr with one expression child). */
CXCursor cursor_strip(CXCursor c)
{
    for (int guard = 0; guard < 64; guard++) {
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor kids[2];
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return c;
        if (cursor_expr_children(c, kids, 2) != 1)
            return c;
        c = kids[0];
    }
    return c;
}

/* An integer constant 0, possibly parenthesised and cast: (T *)0, NULL. */
bool cursor_is_null_constant(CXCursor c)
{
    for (int guard = 0; guard < 64; guard++) {
        c = cursor_strip(c);
        CXCursor kids[2];
        if (clang_getCursorKind(c) != CXCursor_CStyleCastExpr
            || cursor_expr_children(c, kids, 2) != 1)
            break;
        c = kids[0];
    }
    if (!type_is_integer(clang_getCursorType(c)))
        return false;
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (r == NULL)
        return false;
    bool zero = clang_EvalResult_getKind(r) == CXEval_Int
        && clang_EvalResult_getAsLongLong(r) == 0;
    clang_EvalResult_dispose(r);
    return zero;
}

/* Parameters and block-scope variables without static/extern. */
bool cursor_is_local_var(CXCursor decl)
{
    enum CXCursorKind k = clang_getCursorKind(decl);
    if (k == CXCursor_ParmDecl)
        return true;
    if (k != CXCursor_VarDecl)
        return false;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
    if (sc == CX_SC_Static || sc == CX_SC_Extern)
        return false;
    return !clang_Cursor_hasVarDeclGlobalStorage(decl);
}

/* Where the object an lvalue designates lives, one step at a time. */
enum lvalue_step {
    STEP_PART_OF,      /* *next is the object it is part of */
    STEP_NOT_LOCAL,    /* behind an ordinary pointer: heap or static data */
    STEP_LOCAL,        /* behind a SIP_OUT parameter: the caller's local */
    STEP_TEMPORARY,    /* part of a value no variable holds (a call's result,
                          ?:, an assignment, a statement expression): it
                          lives only until the end of the full expression */
};

/* A pointer's target: heap or static data, except behind a SIP_OUT
 * parameter (rules_out.c), which points to its caller's local. */
static enum lvalue_step behind_pointer(CXCursor pointer)
{
    CXCursor p = cursor_strip(pointer);
    if (clang_getCursorKind(p) == CXCursor_DeclRefExpr
        && out_parm_decl(clang_getCursorReferenced(p)))
        return STEP_LOCAL;
    return STEP_NOT_LOCAL;
}

static enum lvalue_step lvalue_step(CXCursor e, CXCursor *next)
{
    CXCursor kids[2];
    enum CXCursorKind k = clang_getCursorKind(e);
    int n = cursor_expr_children(e, kids, 2);
    if (k == CXCursor_MemberRefExpr && n == 1) {
        if (type_is_pointer(clang_getCursorType(kids[0])))
            return behind_pointer(kids[0]);
        *next = kids[0];
        return STEP_PART_OF;
    }
    if (k == CXCursor_UnaryOperator && n == 1
        && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref)
        return behind_pointer(kids[0]);
    if (k == CXCursor_ArraySubscriptExpr && n == 2) {
        CXCursor b = type_is_pointer(clang_getCursorType(kids[0])) ? kids[0] : kids[1];
        CXCursor s = cursor_strip(b);
        if (!type_is_array(clang_getCursorType(s)))
            return behind_pointer(b);
        *next = s;
        return STEP_PART_OF;
    }
    return STEP_TEMPORARY;
}

/* Does the lvalue e name (part of) an object with automatic storage, or
 * a temporary (which C also gives automatic storage)? Anything the walk
 * does not recognize counts as one. */
bool cursor_lvalue_is_local(const struct walk_ctx *ctx, CXCursor e)
{
    for (int guard = 0; guard < 256 && !clang_Cursor_isNull(e); guard++) {
        e = cursor_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return cursor_is_local_var(clang_getCursorReferenced(e));
        if (k == CXCursor_CompoundLiteralExpr)
            return walk_inside_function(ctx);
        if (k == CXCursor_StringLiteral)
            return false;
        switch (lvalue_step(e, &e)) {
        case STEP_PART_OF:
            continue;
        case STEP_NOT_LOCAL:
            return false;
        case STEP_LOCAL:
        case STEP_TEMPORARY:
            return true;
        }
    }
    return true;
}

char *cursor_first_token(CXTranslationUnit tu, CXCursor c)
{
    CXToken *tokens = NULL;
    unsigned n = 0;
    clang_tokenize(tu, clang_getCursorExtent(c), &tokens, &n);
    char *first = NULL;
    if (n > 0) {
        CXString s = clang_getTokenSpelling(tu, tokens[0]);
        const char *p = clang_getCString(s);
        first = strdup(p != NULL ? p : "");
        clang_disposeString(s);
    }
    clang_disposeTokens(tu, tokens, n);
    return first;
}

struct annotation_query {
    const char *name;
    bool found;
};

static enum CXChildVisitResult find_annotation(CXCursor c, CXCursor parent,
                                               CXClientData data)
{
    (void)parent;
    struct annotation_query *q = data;
    if (clang_getCursorKind(c) != CXCursor_AnnotateAttr)
        return CXChildVisit_Continue;
    char *s = cursor_name_dup(c);
    q->found = strcmp(s, q->name) == 0;
    free(s);
    return q->found ? CXChildVisit_Break : CXChildVisit_Continue;
}

bool cursor_param_has_annotation(CXCursor fn, int i, const char *name)
{
    if (clang_Cursor_isNull(fn) || clang_getCursorKind(fn) != CXCursor_FunctionDecl)
        return false;
    int n = clang_Cursor_getNumArguments(fn);
    return i >= 0 && i < n
        && cursor_has_annotation(clang_Cursor_getArgument(fn, (unsigned)i), name);
}

bool cursor_has_annotation(CXCursor decl, const char *name)
{
    struct annotation_query q = { name, false };
    if (!clang_Cursor_isNull(decl))
        clang_visitChildren(decl, find_annotation, &q);
    return q.found;
}

CXCursor cursor_direct_callee(CXCursor call)
{
    CXCursor kids[1];
    if (cursor_expr_children(call, kids, 1) < 1)
        return clang_getNullCursor();
    CXCursor callee = cursor_strip(kids[0]);
    if (clang_getCursorKind(callee) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor fn = clang_getCursorReferenced(callee);
    return clang_getCursorKind(fn) == CXCursor_FunctionDecl ? fn : clang_getNullCursor();
}
