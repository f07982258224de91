/*
 * SIP-PTR-RETAINED: views of the stack. A trusted function whose result
 * keeps a pointer it was given (__insula_str_from_array behind the
 * str_from_array macro: the view points into the array) marks that
 * parameter SIP_RETAINED (a trusted macro: annotate("insula_retained")).
 * Its argument must not have automatic storage: not a local, a member or
 * element of one, a compound literal in a function, a temporary (a call's
 * result, ?:, an assignment), nor what a SIP_OUT parameter points to.
 * Otherwise the view would outlive the frame and read whatever the slot
 * holds later.
 *
 * Elsewhere the subset keeps every pointer off the stack
 * (SIP-PTR-ADDR-LOCAL); the exception this rule closes is an array that a
 * trusted macro's body converts to a pointer, which the walk does not
 * judge as SIP code. So the check follows the argument through
 * parentheses, conversions, casts, ?: and the comma operator down to the
 * array, and judges where the array lives.
 */
#include "sipcheck.h"

#include <stdlib.h>

#define RETAINED_ANNOTATION "insula_retained"

static bool retained_param(CXCursor fn, int i)
{
    return cursor_param_has_annotation(fn, i, RETAINED_ANNOTATION)
        || cursor_param_has_annotation(clang_getCanonicalCursor(fn), i,
                                       RETAINED_ANNOTATION)
        || cursor_param_has_annotation(clang_getCursorDefinition(fn), i,
                                       RETAINED_ANNOTATION);
}

/* Parentheses, implicit conversions and casts. */
static CXCursor strip_conversions(CXCursor e)
{
    for (int guard = 0; guard < 64; guard++) {
        e = cursor_strip(e);
        CXCursor kids[4];
        if (clang_getCursorKind(e) != CXCursor_CStyleCastExpr)
            return e;
        int n = cursor_expr_children(e, kids, 4);
        if (n < 1 || n > 4)
            return e;
        e = kids[n - 1];
    }
    return e;
}

/* Could the pointer value `e` point into automatic storage? */
static bool may_point_to_stack(const struct walk_ctx *ctx, CXCursor e, int depth)
{
    if (depth > 64)
        return true;
    e = strip_conversions(e);
    CXCursor kids[3];
    int n = cursor_expr_children(e, kids, 3);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (type_is_array(clang_getCursorType(e)))
        return cursor_lvalue_is_local(ctx, e);
    if (k == CXCursor_ConditionalOperator && n == 3)
        return may_point_to_stack(ctx, kids[1], depth + 1)
            || may_point_to_stack(ctx, kids[2], depth + 1);
    if (k == CXCursor_BinaryOperator && n == 2
        && clang_getCursorBinaryOperatorKind(e) == CXBinaryOperator_Comma)
        return may_point_to_stack(ctx, kids[1], depth + 1);
    if (k == CXCursor_DeclRefExpr)
        return out_parm_decl(clang_getCursorReferenced(e));
    /* Any other pointer value: the subset never lets one point to the
     * stack (SIP-PTR-ADDR-LOCAL, SIP-PTR-OUT). */
    return false;
}

void retained_check_call(struct walk_ctx *ctx, CXCursor call)
{
    CXCursor fn = cursor_direct_callee(call);
    if (clang_Cursor_isNull(fn))
        return;
    int n = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < n; i++) {
        CXCursor arg = clang_Cursor_getArgument(call, (unsigned)i);
        if (!retained_param(fn, i) || !may_point_to_stack(ctx, arg, 0))
            continue;
        char *name = cursor_name_dup(fn);
        report_cursor(ctx, strip_conversions(arg), "SIP-PTR-RETAINED",
                      "'%s' keeps a pointer to this argument in its result, "
                      "but the argument has automatic storage (a local, part "
                      "of one, a temporary or a compound literal) and dies "
                      "with its frame; make it static or allocate it with new()",
                      name);
        free(name);
    }
}
