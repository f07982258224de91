/*
 * SIP-STACK-FRAME: a bound on the automatic storage of one function.
 *
 * SafeStack gives a function its whole unsafe frame with one subtraction and
 * no probe, so a frame larger than the guard page below the unsafe stack
 * would step over it. Every object that may land on the unsafe stack is
 * counted, conservatively all of them: parameters (SafeStack copies a byval
 * one whose address escapes), local variables, compound literals, and the
 * temporaries of calls returning a structure or union and of structure
 * arguments (twice for those passed in memory). Each costs its size plus its alignment minus one (the most
 * padding that can precede it); the frame adds its own rounding to 16 bytes
 * and the realignment of its base. The limit and why it is sound:
 * verifier/SUBSET.md, SIP-STACK-FRAME.
 */
#include "sipcheck.h"

#include <stdlib.h>

/* Half the 4 KiB guard page: the rest is the margin for allocas the
 * compiler adds and for what inlining may bring (SUBSET.md). */
enum { FRAME_LIMIT = 2048, FRAME_ROUNDING = 15 };

struct frame_sum {
    long long total;
    long long max_align;
    long long largest_cost;
    CXCursor largest;
    CXCursor over_aligned;     /* a local with an alignment attribute */
};

static void frame_add(struct frame_sum *sum, CXCursor where, CXType t)
{
    long long size = clang_Type_getSizeOf(t);
    long long align = clang_Type_getAlignOf(t);
    if (size < 0 || align < 1)
        return;                /* incomplete or variably modified: other rules */
    long long cost = size + align - 1;
    sum->total += cost;
    if (align > sum->max_align)
        sum->max_align = align;
    if (cost > sum->largest_cost) {
        sum->largest_cost = cost;
        sum->largest = where;
    }
}

static bool is_record(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return k == CXType_Record || k == CXType_Elaborated;
}

/* The declaration's own alignment (_Alignas, aligned) is not in its type,
 * and libclang does not give its value: such a local is refused. */
static void note_alignment_attr(struct frame_sum *sum, CXCursor var)
{
    CXCursor kids[8];
    int n = cursor_children(var, kids, 8);
    for (int i = 0; i < n && i < 8; i++) {
        if (clang_getCursorKind(kids[i]) == CXCursor_AlignedAttr
            && clang_Cursor_isNull(sum->over_aligned))
            sum->over_aligned = var;
    }
}

/* A structure argument larger than two registers is passed in memory: the
 * caller copies it to a temporary, and inlining the callee adds the callee's
 * own copy of it (inlining adds no other object: SUBSET.md), so it counts
 * twice. */
enum { REGISTER_PAIR_BYTES = 16 };

static void count_call(struct frame_sum *sum, CXCursor call)
{
    if (is_record(clang_getCursorType(call)))
        frame_add(sum, call, clang_getCursorType(call));
    int n = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < n; i++) {
        CXCursor arg = clang_Cursor_getArgument(call, (unsigned)i);
        CXType t = clang_getCursorType(arg);
        if (!is_record(t))
            continue;
        frame_add(sum, arg, t);
        if (clang_Type_getSizeOf(t) > REGISTER_PAIR_BYTES)
            frame_add(sum, arg, t);
    }
}

static enum CXChildVisitResult count_object(CXCursor c, CXCursor parent,
                                            CXClientData data)
{
    (void)parent;
    struct frame_sum *sum = data;
    switch (clang_getCursorKind(c)) {
    case CXCursor_ParmDecl:
    case CXCursor_VarDecl:
        if (cursor_is_local_var(c)) {
            frame_add(sum, c, clang_getCursorType(c));
            note_alignment_attr(sum, c);
        }
        break;
    case CXCursor_CompoundLiteralExpr:
        frame_add(sum, c, clang_getCursorType(c));
        break;
    case CXCursor_CallExpr:
        count_call(sum, c);
        break;
    default:
        break;
    }
    return CXChildVisit_Recurse;
}

static long long frame_bytes_of(CXCursor fn, CXCursor *largest, long long *largest_cost,
                                CXCursor *over_aligned)
{
    struct frame_sum sum = { 0, 1, -1, clang_getNullCursor(), clang_getNullCursor() };
    clang_visitChildren(fn, count_object, &sum);
    *largest = sum.largest;
    *largest_cost = sum.largest_cost;
    *over_aligned = sum.over_aligned;
    long long realign = sum.max_align > 16 ? sum.max_align - 1 : 0;
    return sum.total + FRAME_ROUNDING + realign;
}

void frame_check_function(struct walk_ctx *ctx, CXCursor fn)
{
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl || !clang_isCursorDefinition(fn))
        return;
    CXCursor largest, over_aligned;
    long long largest_cost;
    long long bytes = frame_bytes_of(fn, &largest, &largest_cost, &over_aligned);
    char *name = cursor_name_dup(fn);
    if (!clang_Cursor_isNull(over_aligned)) {
        char *var = cursor_name_dup(over_aligned);
        report_cursor(ctx, over_aligned, "SIP-STACK-FRAME",
                      "local '%s' of '%s' has an alignment attribute: the padding "
                      "it adds to the frame cannot be bounded (align its type instead)",
                      var, name);
        free(var);
    }
    if (bytes > FRAME_LIMIT)
        report_cursor(ctx, clang_Cursor_isNull(largest) ? fn : largest, "SIP-STACK-FRAME",
                      "'%s' has up to %lld bytes of automatic storage, over the "
                      "limit of %d for one unsafe-stack frame; its largest object "
                      "(%lld bytes with padding) is here",
                      name, bytes, (int)FRAME_LIMIT, largest_cost);
    free(name);
}
