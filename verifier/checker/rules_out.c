/*
 * SIP-PTR-OUT: out-parameters (Sing#'s `out`/`ref`). A parameter declared
 * SIP_OUT (a trusted macro: __attribute__((annotate("insula_out")))) may
 * receive &local or &local.member, because the pointer cannot outlive the
 * call: in checked code such a parameter is only dereferenced (*p, p->f) or
 * passed on directly to another SIP_OUT parameter, and a function with
 * SIP_OUT parameters is only called directly, by name.
 *
 * Redeclarations: a parameter counts as SIP_OUT when the declaration a call
 * names, the function's first declaration or its definition marks it, so the
 * call site and the body always agree. Checked code may put SIP_OUT only on
 * static functions (all their declarations are in one translation unit);
 * across files, a SIP may not define a function that another of its files
 * calls with SIP_OUT arguments (struct program, checked at the end).
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_ANNOTATION "insula_out"

/* This declaration of a parameter carries SIP_OUT itself. */
static bool parm_marked(CXCursor parm)
{
    return clang_getCursorKind(parm) == CXCursor_ParmDecl
        && cursor_has_annotation(parm, OUT_ANNOTATION);
}

static bool decl_param_marked(CXCursor fn, int i)
{
    return cursor_param_has_annotation(fn, i, OUT_ANNOTATION);
}

/* Parameter i of function fn is SIP_OUT in any declaration that matters. */
bool out_param(CXCursor fn, int i)
{
    return decl_param_marked(fn, i)
        || decl_param_marked(clang_getCanonicalCursor(fn), i)
        || decl_param_marked(clang_getCursorDefinition(fn), i);
}

bool out_function(CXCursor fn)
{
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl)
        return false;
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        if (out_param(fn, i))
            return true;
    }
    return false;
}

/* The cursor being visited, up to parentheses and implicit conversions, is
 * an argument of a direct call whose parameter is SIP_OUT. Returns the
 * callee then, a null cursor otherwise. */
static CXCursor out_call_of_current(const struct walk_ctx *ctx)
{
    CXCursor call = walk_enclosing_call(ctx);
    if (clang_Cursor_isNull(call))
        return call;
    CXCursor fn = cursor_direct_callee(call);
    int i = walk_argument_index(call, ctx->stack[ctx->depth - 1]);
    return !clang_Cursor_isNull(fn) && i >= 0 && out_param(fn, i) ? fn : clang_getNullCursor();
}

static void program_note_call(struct walk_ctx *ctx, CXCursor fn)
{
    if (ctx->program == NULL || clang_getCursorLinkage(fn) != CXLinkage_External)
        return;
    char *name = cursor_name_dup(fn);
    program_add(&ctx->program->out_calls, name, NULL, 0, 0);
    free(name);
}

/* &operand, operand a local: allowed as a direct SIP_OUT argument when the
 * operand is a whole object or member (x, x.m, *out, out->m) of a complete,
 * non-array type. */
bool out_address_allowed(struct walk_ctx *ctx, CXCursor operand)
{
    CXType t = clang_getCursorType(operand);
    if (type_is_array(t) || clang_Type_getSizeOf(t) < 0)
        return false;
    for (CXCursor e = cursor_strip(operand);; ) {
        enum CXCursorKind k = clang_getCursorKind(e);
        CXCursor kids[2];
        if (k == CXCursor_DeclRefExpr)
            break;
        if ((k != CXCursor_MemberRefExpr && k != CXCursor_UnaryOperator)
            || cursor_expr_children(e, kids, 2) != 1)
            return false;
        if (k == CXCursor_UnaryOperator
            && clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref)
            return false;
        e = cursor_strip(kids[0]);
    }
    CXCursor fn = out_call_of_current(ctx);
    if (clang_Cursor_isNull(fn))
        return false;
    program_note_call(ctx, fn);
    return true;
}

/* Index of parameter parm in its function, or -1. */
static int param_index(CXCursor fn, CXCursor parm)
{
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), parm))
            return i;
    }
    return -1;
}

bool out_parm_decl(CXCursor parm)
{
    if (clang_getCursorKind(parm) != CXCursor_ParmDecl)
        return false;
    if (parm_marked(parm))
        return true;
    CXCursor fn = clang_getCursorSemanticParent(parm);
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl)
        return false;
    return out_param(fn, param_index(fn, parm));
}

/* A use of a SIP_OUT parameter: *p, p->f, or a direct SIP_OUT argument. */
static void check_out_param_use(struct walk_ctx *ctx, CXCursor c, CXCursor parm)
{
    CXCursor p = clang_getNullCursor();
    for (size_t up = 0;; up++) {
        p = walk_parent(ctx, up);
        enum CXCursorKind k = clang_getCursorKind(p);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            break;
    }
    enum CXCursorKind k = clang_getCursorKind(p);
    if (k == CXCursor_UnaryOperator
        && clang_getCursorUnaryOperatorKind(p) == CXUnaryOperator_Deref)
        return;
    if (k == CXCursor_MemberRefExpr)
        return; /* the parameter can only be the base: p->f */
    CXCursor fn = out_call_of_current(ctx);
    if (!clang_Cursor_isNull(fn)) {
        program_note_call(ctx, fn);
        return;
    }
    char *name = cursor_name_dup(parm);
    report_cursor(ctx, c, "SIP-PTR-OUT",
                  "SIP_OUT parameter '%s' may only be dereferenced or passed "
                  "directly to a SIP_OUT parameter; the pointer must not "
                  "outlive the call", name);
    free(name);
}

/* A function with SIP_OUT parameters used other than as a direct callee. */
static void check_out_function_use(struct walk_ctx *ctx, CXCursor c, CXCursor fn)
{
    if (walk_is_direct_callee(ctx))
        return;
    char *name = cursor_name_dup(fn);
    report_cursor(ctx, c, "SIP-PTR-OUT",
                  "'%s' has SIP_OUT parameters and may only be called directly; "
                  "its address would let a call through a pointer skip the check",
                  name);
    free(name);
}

void out_check_declref(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor d = clang_getCursorReferenced(c);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_ParmDecl && out_parm_decl(d))
        check_out_param_use(ctx, c, d);
    else if (k == CXCursor_FunctionDecl && out_function(d))
        check_out_function_use(ctx, c, d);
}

/* SIP_OUT written in checked code: only on an object pointer parameter of
 * a static function. */
void out_check_parm(struct walk_ctx *ctx, CXCursor parm)
{
    if (!parm_marked(parm))
        return;
    CXCursor owner = walk_parent(ctx, 0);
    CXType t = type_canon(clang_getCursorType(parm));
    const char *why = NULL;
    if (clang_getCursorKind(owner) != CXCursor_FunctionDecl)
        why = "SIP_OUT is allowed only on parameters of a function declaration, "
              "not in a function pointer or typedef";
    else if (clang_getCursorLinkage(owner) != CXLinkage_Internal)
        why = "a function declared with SIP_OUT in SIP code must be static, so "
              "that every declaration and call is checked with its definition";
    else if (!type_is_pointer(t) || type_is_function(clang_getPointeeType(t)))
        why = "SIP_OUT applies only to a pointer to an object";
    if (why != NULL)
        report_cursor(ctx, parm, "SIP-PTR-OUT", "%s", why);
}

/* A definition in checked code of a function some declaration marks
 * SIP_OUT: it must be static (a trusted SIP_OUT function cannot be
 * replaced by the SIP); cross-file uses are noted for the program check. */
void out_check_function(struct walk_ctx *ctx, CXCursor fn)
{
    if (!clang_isCursorDefinition(fn)
        || clang_getCursorLinkage(fn) != CXLinkage_External)
        return;
    char *name = cursor_name_dup(fn);
    if (out_function(fn))
        report_cursor(ctx, fn, "SIP-PTR-OUT",
                      "'%s' is declared with SIP_OUT parameters and defined "
                      "here with external linkage; define SIP_OUT functions "
                      "static", name);
    if (ctx->program != NULL) {
        CXFile file;
        unsigned line, column;
        clang_getExpansionLocation(clang_getCursorLocation(fn), &file, &line,
                                   &column, NULL);
        char *where = file_name_dup(file);
        program_add(&ctx->program->definitions, name, where, line, column);
        free(where);
    }
    free(name);
}

void program_add(struct name_list *l, const char *name, const char *file,
                 unsigned line, unsigned column)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (l->items == NULL)
            exit(2);
    }
    l->items[l->count++] = (struct named_place){
        strdup(name), file != NULL ? strdup(file) : NULL, line, column, NULL, 0,
    };
}

static bool list_has(const struct name_list *l, const char *name)
{
    for (size_t i = 0; i < l->count; i++) {
        if (strcmp(l->items[i].name, name) == 0)
            return true;
    }
    return false;
}

/* After every file: a function one file calls with SIP_OUT arguments (its
 * declaration there says SIP_OUT) must not be defined by another. */
void program_check(const struct program *prog, struct report *r)
{
    for (size_t i = 0; i < prog->definitions.count; i++) {
        const struct named_place *d = &prog->definitions.items[i];
        if (!list_has(&prog->out_calls, d->name))
            continue;
        char message[512];
        snprintf(message, sizeof message,
                 "'%s' is called with SIP_OUT arguments in another file of this "
                 "SIP but defined here with external linkage, where the "
                 "SIP_OUT rules do not hold", d->name);
        report_add(r, d->file, d->line, d->column, "SIP-PTR-OUT", message);
    }
}

void program_free(struct program *prog)
{
    struct name_list *lists[] = { &prog->definitions, &prog->out_calls,
                                  &prog->signatures, &prog->records };
    for (size_t k = 0; k < 4; k++) {
        for (size_t i = 0; i < lists[k]->count; i++) {
            free(lists[k]->items[i].name);
            free(lists[k]->items[i].file);
            free(lists[k]->items[i].detail);
        }
        free(lists[k]->items);
    }
    trusted_names_free(&prog->trusted);
    memset(prog, 0, sizeof *prog);
}
