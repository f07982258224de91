/*
 * SIP-PTR-*: what may be done with a pointer. No arithmetic, no indexing
 * except into arrays whose length the compiler knows (constant size or a
 * counted_by flexible member), no &a[i], no pointer to a local object.
 * A pointer therefore always designates one whole object (or a member of
 * one) that the collector keeps alive, and *p / p->f need only the null
 * check the compiler inserts.
 */
#include "sipcheck.h"

#include <stdlib.h>

static void report_arith(struct walk_ctx *ctx, CXCursor at, CXCursor operand)
{
    char *t = type_name_dup(clang_getCursorType(operand));
    report_cursor(ctx, at, "SIP-PTR-ARITH",
                  "arithmetic on pointer '%s' can leave its object; use an "
                  "array index or a stdlib slice", t);
    free(t);
}

void pointers_check_binary(struct walk_ctx *ctx, CXCursor c)
{
    strnul_check_store(ctx, c);
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op != CXBinaryOperator_Add && op != CXBinaryOperator_Sub
        && op != CXBinaryOperator_AddAssign && op != CXBinaryOperator_SubAssign)
        return;
    CXCursor kids[2];
    if (cursor_expr_children(c, kids, 2) != 2)
        return;
    for (int i = 0; i < 2; i++) {
        if (type_is_pointer(clang_getCursorType(kids[i]))) {
            report_arith(ctx, c, kids[i]);
            return;
        }
    }
}

/* __builtin_add_overflow(a, b, &r): the pointer dies with the call. */
static bool is_out_param_argument(const struct walk_ctx *ctx)
{
    CXCursor call = walk_enclosing_call(ctx);
    if (clang_Cursor_isNull(call))
        return false;
    char *name = cursor_name_dup(call);
    bool out = name_is_out_param_builtin(name);
    free(name);
    return out;
}

static void check_address_of(struct walk_ctx *ctx, CXCursor c, CXCursor operand)
{
    while (clang_getCursorKind(operand) == CXCursor_ParenExpr) {
        CXCursor inner[2];
        if (cursor_expr_children(operand, inner, 2) != 1)
            break;
        operand = inner[0];
    }
    if (clang_getCursorKind(operand) == CXCursor_ArraySubscriptExpr)
        report_cursor(ctx, c, "SIP-PTR-ELEMADDR",
                      "address of an array element escapes the bounds check "
                      "(one past the end is accepted); pass the array or a slice");
    else if (cursor_lvalue_is_local(ctx, operand) && !is_out_param_argument(ctx)
             && !out_address_allowed(ctx, operand))
        report_cursor(ctx, c, "SIP-PTR-ADDR-LOCAL",
                      "address of a local object can outlive it; pass it "
                      "directly to a SIP_OUT parameter, or allocate it with "
                      "new()");
}

void pointers_check_unary(struct walk_ctx *ctx, CXCursor c)
{
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
    CXCursor kids[2];
    if (cursor_expr_children(c, kids, 2) != 1)
        return;
    bool step = op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec
        || op == CXUnaryOperator_PreInc || op == CXUnaryOperator_PreDec;
    if (op == CXUnaryOperator_AddrOf) {
        check_address_of(ctx, c, kids[0]);
        strnul_check_address(ctx, c, kids[0]);
    } else if (step && type_is_pointer(clang_getCursorType(kids[0]))) {
        report_arith(ctx, c, kids[0]);
    } else if (step) {
        strnul_check_increment(ctx, c, kids[0]);
    }
}

/* A use of a parameter declared as an array (`uint8_t p[16]`, `p[]`,
 * `p[static 4]`, `m[4][4]`, a typedef'd array): C adjusts its type to a
 * pointer, but libclang shows the declared array type. */
static bool parm_declared_as_array(CXCursor e)
{
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return false;
    CXCursor d = clang_getCursorReferenced(e);
    return clang_getCursorKind(d) == CXCursor_ParmDecl
        && type_is_array(clang_getCursorType(d));
}

/* SIP-PTR-ARRAY-PARAM, wherever a parameter is declared: a function's
 * definition or declaration, a function pointer type, a typedef. */
void pointers_check_parm(struct walk_ctx *ctx, CXCursor parm)
{
    CXType t = clang_getCursorType(parm);
    if (!type_is_array(t))
        return;
    char *name = cursor_name_dup(parm);
    char *type = type_name_dup(t);
    report_cursor(ctx, parm, "SIP-PTR-ARRAY-PARAM",
                  "parameter '%s' is declared as an array '%s', but C passes "
                  "a plain pointer whose indexing is not bounds-checked; "
                  "take a pointer to the array (T (*%s)[N]), a struct "
                  "holding it, or a buf_t *", name[0] ? name : "(unnamed)",
                  type, name[0] ? name : "p");
    free(type);
    free(name);
}

void pointers_check_subscript(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor kids[2];
    if (cursor_expr_children(c, kids, 2) != 2)
        return;
    /* The base is the pointer operand; a parameter declared as an array
     * shows its declared type even after the load. */
    CXType t0 = clang_getCursorType(kids[0]);
    CXCursor base = type_is_pointer(t0) || type_is_array(t0) ? kids[0] : kids[1];
    CXType tb = clang_getCursorType(base);
    if (!type_is_pointer(tb) && !type_is_array(tb))
        return;
    CXCursor array = cursor_strip(base);
    CXType t = clang_getCursorType(array);
    enum CXTypeKind k = type_canon(t).kind;
    if (parm_declared_as_array(array))
        k = CXType_Pointer; /* libclang shows its declared type; it is a pointer */
    if (k == CXType_ConstantArray || k == CXType_VariableArray)
        return; /* checked by the compiler; a VLA is reported where declared */
    if (k == CXType_IncompleteArray && type_is_counted_by(t))
        return;
    char *name = type_name_dup(t);
    report_cursor(ctx, c, "SIP-PTR-INDEX",
                  "indexing through '%s'%s is not bounds-checked; index a "
                  "fixed-size or counted_by array, or use buf_t", name,
                  parm_declared_as_array(array)
                      ? " (a parameter, which C makes a pointer)" : "");
    free(name);
}

/* An array used as a pointer (c is the implicit cast, from the array). */
void pointers_check_decay(struct walk_ctx *ctx, CXCursor c, CXCursor from)
{
    CXCursor p = walk_parent_skipping_parens(ctx);
    enum CXCursorKind pk = clang_getCursorKind(p);
    if (pk == CXCursor_ArraySubscriptExpr)
        return;
    if (clang_getCursorKind(cursor_strip(from)) == CXCursor_ArraySubscriptExpr) {
        /* m[i] of an array of arrays, used as a pointer (also *m[i]): the
           bounds check accepts i == N, as for &m[i][0]. */
        report_cursor(ctx, c, "SIP-PTR-ELEMADDR",
                      "an array element used as a pointer escapes the bounds "
                      "check (one past the end is accepted); index it, "
                      "m[i][j], or pass the whole array");
        return;
    }
    if (pk == CXCursor_UnaryOperator
        && clang_getCursorUnaryOperatorKind(p) == CXUnaryOperator_Deref)
        return;
    if ((pk == CXCursor_BinaryOperator || pk == CXCursor_CompoundAssignOperator)
        && (clang_getCursorBinaryOperatorKind(p) == CXBinaryOperator_Add
            || clang_getCursorBinaryOperatorKind(p) == CXBinaryOperator_Sub))
        return; /* reported as SIP-PTR-ARITH */
    CXType t = type_canon(clang_getCursorType(from));
    if (t.kind == CXType_IncompleteArray
        || (t.kind == CXType_ConstantArray && clang_getArraySize(t) == 0))
        report_cursor(ctx, c, "SIP-PTR-DECAY",
                      "array without a known length used as a pointer: its "
                      "first element may not exist");
    else if (cursor_lvalue_is_local(ctx, from))
        report_cursor(ctx, c, "SIP-PTR-ADDR-LOCAL",
                      "local array used as a pointer can outlive it; allocate "
                      "it with new() or keep it in this function");
    else
        strnul_check_decay(ctx, c, from);
}

static bool trusted_array_param(struct walk_ctx *ctx, CXCursor parm)
{
    return type_canon(clang_getCursorType(parm)).kind == CXType_ConstantArray
        && trust_cursor(ctx, parm);
}

/* SIP-PTR-ARRAY-ARG: a trusted function whose parameter is declared
 * `const T p[N]` (a contract binding's `T[N]` field) reads N elements from
 * the pointer it gets; the argument must be an array of at least N. */
static void check_array_arg(struct walk_ctx *ctx, CXCursor fn, CXCursor parm,
                            CXCursor arg)
{
    if (!trusted_array_param(ctx, parm))
        return; /* declared in SIP code: SIP-PTR-ARRAY-PARAM */
    CXType want = type_canon(clang_getCursorType(parm));
    long long need = clang_getArraySize(want);
    CXCursor e = cursor_strip(arg);
    CXType have = type_canon(clang_getCursorType(e));
    if (have.kind == CXType_ConstantArray && clang_getArraySize(have) >= need)
        return;
    char *name = cursor_name_dup(fn);
    char *pname = cursor_name_dup(parm);
    char *type = type_name_dup(clang_getCursorType(e));
    report_cursor(ctx, e, "SIP-PTR-ARRAY-ARG",
                  "'%s' reads %lld elements through parameter '%s', but the "
                  "argument '%s' is not an array of at least %lld; pass such an "
                  "array", name, need, pname, type, need);
    free(type);
    free(pname);
    free(name);
}

/* A trusted function with an array parameter named other than as a direct
 * callee (`fp = echo_send_digest`): a call through the pointer would skip
 * the argument check. */
void pointers_check_array_fn_use(struct walk_ctx *ctx, CXCursor declref)
{
    CXCursor fn = clang_getCursorReferenced(declref);
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl || walk_is_direct_callee(ctx))
        return;
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        if (!trusted_array_param(ctx, clang_Cursor_getArgument(fn, (unsigned)i)))
            continue;
        char *name = cursor_name_dup(fn);
        report_cursor(ctx, declref, "SIP-PTR-ARRAY-ARG",
                      "'%s' takes a fixed-size array and may only be called "
                      "directly; a call through a pointer would skip the check "
                      "of its length", name);
        free(name);
        return;
    }
}

void pointers_check_array_args(struct walk_ctx *ctx, CXCursor call)
{
    CXCursor fn = cursor_direct_callee(call);
    if (clang_Cursor_isNull(fn))
        return;
    int n = clang_Cursor_getNumArguments(call);
    int np = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n && i < np; i++)
        check_array_arg(ctx, fn, clang_Cursor_getArgument(fn, (unsigned)i),
                        clang_Cursor_getArgument(call, (unsigned)i));
}
