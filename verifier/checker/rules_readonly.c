/*
 * SIP-LIB-READONLY: the members of a trusted struct type marked
 * SIP_READONLY (str_t, buf_t) are set by the stdlib only; the elements of
 * an array member (buf_t's data[]) are the SIP's to write. Trusted code
 * believes them (str_at and print's "%.*s" trust a view's len), so checked
 * code may copy such an object whole (assign, pass, return it) but never
 * make one up: no store to a member (=, op=, ++, --), no address of a
 * member, and no braced initializer or compound literal of the type, nor
 * one that reaches into it by brace elision or a designator. Objects of
 * the type come from trusted functions and macros (STR, str_slice...) or
 * from zero initialization, which gives the empty view.
 *
 * A SIP struct or array that holds a marked object may still be brace
 * initialized, as long as every initializer of the marked part is a whole
 * object of its type (a copy) or the list is {} or {0}.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

#define READONLY_ANNOTATION "insula_readonly"
#define RULE "SIP-LIB-READONLY"

/* A record declaration whose definition carries SIP_READONLY. The mark is
 * only believed on a trusted definition: checked code cannot mark its own
 * types (it would gain nothing, but it keeps the meaning plain). */
static bool record_marked(struct walk_ctx *ctx, CXCursor record)
{
    CXCursor def = clang_getCursorDefinition(record);
    if (clang_Cursor_isNull(def) || !trust_cursor(ctx, def))
        return false;
    return cursor_has_annotation(def, READONLY_ANNOTATION);
}

static bool type_marked(struct walk_ctx *ctx, CXType t)
{
    t = type_canon(t);
    return t.kind == CXType_Record && record_marked(ctx, clang_getTypeDeclaration(t));
}

struct contains_query {
    struct walk_ctx *ctx;
    int depth;
    bool found;
};

static bool type_contains_marked_at(struct walk_ctx *ctx, CXType t, int depth);

static enum CXVisitorResult field_contains(CXCursor field, CXClientData data)
{
    struct contains_query *q = data;
    q->found = type_contains_marked_at(q->ctx, clang_getCursorType(field), q->depth + 1);
    return q->found ? CXVisit_Break : CXVisit_Continue;
}

static bool type_contains_marked_at(struct walk_ctx *ctx, CXType t, int depth)
{
    t = type_canon(t);
    if (depth > 32)
        return true; /* too deep to tell: treat as holding one */
    if (type_is_array(t))
        return type_contains_marked_at(ctx, clang_getElementType(t), depth + 1);
    if (t.kind != CXType_Record)
        return false;
    if (type_marked(ctx, t))
        return true;
    struct contains_query q = { ctx, depth, false };
    clang_Type_visitFields(t, field_contains, &q);
    return q.found;
}

static bool type_contains_marked(struct walk_ctx *ctx, CXType t)
{
    return type_contains_marked_at(ctx, t, 0);
}

static char *record_name_dup(CXType t)
{
    return type_name_dup(clang_getUnqualifiedType(type_canon(t)));
}

/* ---- stores and addresses ---- */

/* The field of a marked record that the lvalue e stores into, looking
 * through members of unmarked structs and elements of arrays held in the
 * same object; a null cursor if there is none. */
static CXCursor marked_field_written(struct walk_ctx *ctx, CXCursor e)
{
    bool element = false;   /* the last step was a[i] */
    for (int guard = 0; guard < 256; guard++) {
        e = cursor_strip(e);
        CXCursor kids[2];
        enum CXCursorKind k = clang_getCursorKind(e);
        int n = cursor_expr_children(e, kids, 2);
        if (k == CXCursor_MemberRefExpr && n == 1) {
            CXCursor field = clang_getCursorReferenced(e);
            CXCursor record = clang_getCursorSemanticParent(field);
            /* b->data[i]: the elements of an array member are the SIP's
               data (buf_t's bytes); the members themselves are not. */
            if (record_marked(ctx, record) && !element)
                return field;
            if (record_marked(ctx, record)
                || type_is_pointer(clang_getCursorType(kids[0])))
                break;   /* p->m: the object behind p is checked as its own */
            e = kids[0];
            element = false;
        } else if (k == CXCursor_ArraySubscriptExpr && n == 2
                   && type_is_array(clang_getCursorType(cursor_strip(kids[0])))) {
            e = kids[0];
            element = true;
        } else {
            break;
        }
    }
    return clang_getNullCursor();
}

static void report_member(struct walk_ctx *ctx, CXCursor at, CXCursor field,
                          const char *what)
{
    char *name = cursor_name_dup(field);
    char *type = record_name_dup(clang_getCursorType(clang_getCursorSemanticParent(field)));
    report_cursor(ctx, at, RULE,
                  "%s member '%s' of '%s', which only the stdlib may set "
                  "(SIP_READONLY): trusted code relies on it; copy the whole "
                  "object, or make a new one with the stdlib's functions", what,
                  name, type);
    free(type);
    free(name);
}

void readonly_check_store(struct walk_ctx *ctx, CXCursor c)
{
    bool store = clang_getCursorKind(c) == CXCursor_CompoundAssignOperator
        || clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign;
    CXCursor kids[2];
    if (!store || cursor_expr_children(c, kids, 2) != 2)
        return;
    CXCursor field = marked_field_written(ctx, kids[0]);
    if (!clang_Cursor_isNull(field))
        report_member(ctx, c, field, "assignment to");
}

void readonly_check_unary(struct walk_ctx *ctx, CXCursor c)
{
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
    const char *what = NULL;
    if (op == CXUnaryOperator_AddrOf)
        what = "the address of";
    else if (op == CXUnaryOperator_PreInc || op == CXUnaryOperator_PostInc
             || op == CXUnaryOperator_PreDec || op == CXUnaryOperator_PostDec)
        what = "increment or decrement of";
    CXCursor kids[1];
    if (what == NULL || cursor_expr_children(c, kids, 1) != 1)
        return;
    CXCursor field = marked_field_written(ctx, kids[0]);
    if (!clang_Cursor_isNull(field))
        report_member(ctx, c, field, what);
}

/* ---- braced initializers ---- */

struct field_pick {
    int want, at;
    CXType type;
};

static enum CXVisitorResult pick_field(CXCursor field, CXClientData data)
{
    struct field_pick *p = data;
    if (p->at++ != p->want)
        return CXVisit_Continue;
    p->type = clang_getCursorType(field);
    return CXVisit_Break;
}

/* The type of the subobject that positional element `index` of a list of
 * `aggregate` initializes (without brace elision); Invalid if none. */
static CXType position_type(CXType aggregate, int index)
{
    CXType t = type_canon(aggregate);
    if (type_is_array(t))
        return clang_getElementType(t);
    struct field_pick p = { index, 0, { CXType_Invalid, { NULL, NULL } } };
    if (t.kind == CXType_Record)
        clang_Type_visitFields(t, pick_field, &p);
    return p.type;
}

struct field_find {
    CXCursor field;
    int at, found;
};

static enum CXVisitorResult find_field(CXCursor field, CXClientData data)
{
    struct field_find *f = data;
    if (clang_equalCursors(field, f->field)) {
        f->found = f->at;
        return CXVisit_Break;
    }
    f->at++;
    return CXVisit_Continue;
}

/* The position of `field` among the members of `record`; -1 if not one. */
static int field_index(CXType record, CXCursor field)
{
    struct field_find f = { field, 0, -1 };
    if (type_canon(record).kind == CXType_Record)
        clang_Type_visitFields(type_canon(record), find_field, &f);
    return f.found;
}

/* One element of a braced list: its designators (if any) and its value. */
struct element {
    CXCursor value;
    CXType target;        /* the subobject it initializes; Invalid if unknown */
    CXCursor bad_field;   /* a designated member of a marked record */
    int next;             /* position of the next positional element; -1 unknown */
};

static bool is_designated(CXCursor e, CXCursor *kids, int *n)
{
    if (clang_getCursorKind(e) != CXCursor_UnexposedExpr)
        return false;
    *n = cursor_children(e, kids, 16);
    int exprs = 0;
    bool member = false;
    for (int i = 0; i < *n && i < 16; i++) {
        member = member || clang_getCursorKind(kids[i]) == CXCursor_MemberRef;
        exprs += clang_isExpression(clang_getCursorKind(kids[i])) ? 1 : 0;
    }
    return *n <= 16 && (member || exprs >= 2);
}

/* .a.b[2] = v: follows the designators from the list's type. */
static void follow_designators(struct walk_ctx *ctx, CXType list_type, CXCursor *kids,
                               int n, struct element *el)
{
    CXType t = list_type;
    int steps = n - 1;
    el->value = kids[n - 1];
    el->next = -1;
    for (int i = 0; i < steps && t.kind != CXType_Invalid; i++) {
        if (clang_getCursorKind(kids[i]) == CXCursor_MemberRef) {
            CXCursor field = clang_getCursorReferenced(kids[i]);
            if (record_marked(ctx, clang_getCursorSemanticParent(field)))
                el->bad_field = field;
            int at = field_index(t, field);
            if (steps == 1 && at >= 0)
                el->next = at + 1;
            t = clang_getCursorType(field);
        } else if (type_is_array(t)) {
            if (steps == 1)
                el->next = 0;   /* every element of an array has one type */
            t = clang_getElementType(type_canon(t));
        } else {
            t.kind = CXType_Invalid;   /* a GNU range [a ... b]: not followed */
        }
    }
    el->target = t;
}

static bool is_copy_or_list(CXCursor value, CXType target)
{
    CXCursor v = cursor_strip(value);
    return clang_getCursorKind(v) == CXCursor_InitListExpr
        || type_same_unqualified(clang_getCursorType(value), target);
}

static bool is_aggregate(CXType t)
{
    t = type_canon(t);
    return t.kind == CXType_Record || type_is_array(t);
}

static void report_init(struct walk_ctx *ctx, CXCursor at, CXType marked_in,
                        const char *how)
{
    char *type = record_name_dup(marked_in);
    report_cursor(ctx, at, RULE,
                  "%s '%s', which is or holds a type whose members only the "
                  "stdlib may set (SIP_READONLY); initialize that part with a "
                  "whole object made by the stdlib (STR(), str_empty(), "
                  "str_slice()...)", how, type);
    free(type);
}

static bool is_zero_list(CXCursor *elems, int n)
{
    return n == 0 || (n == 1 && clang_getCursorKind(cursor_strip(elems[0])) == CXCursor_IntegerLiteral
                      && cursor_is_null_constant(elems[0]));
}

/* A list of an unmarked aggregate that holds a marked object: every
 * element that reaches the marked part must be a whole object or a list of
 * its own (checked when the walk reaches it). */
static void check_holding_list(struct walk_ctx *ctx, CXType type,
                               CXCursor *elems, int n)
{
    int position = 0;
    for (int i = 0; i < n; i++) {
        CXCursor kids[16];
        int nk = 0;
        struct element el = { elems[i], { CXType_Invalid, { NULL, NULL } },
                              clang_getNullCursor(), -1 };
        if (is_designated(elems[i], kids, &nk) && nk >= 2) {
            follow_designators(ctx, type, kids, nk, &el);
        } else if (position >= 0) {
            el.target = position_type(type, position);
            el.next = position + 1;
        }
        if (!clang_Cursor_isNull(el.bad_field)) {
            report_member(ctx, elems[i], el.bad_field, "designated initializer of");
            return;
        }
        if (el.target.kind == CXType_Invalid) {
            report_init(ctx, elems[i], type,
                        "cannot tell which member this initializes (after a nested designator or brace elision) in a list of");
            return;
        }
        bool whole = is_copy_or_list(el.value, el.target);
        if (type_contains_marked(ctx, el.target) && !whole) {
            report_init(ctx, elems[i], el.target, "brace elision makes up the members of");
            return;
        }
        /* Elision into another aggregate takes an unknown number of elements. */
        position = is_aggregate(el.target) && !whole ? -1 : el.next;
    }
}

void readonly_check_init_list(struct walk_ctx *ctx, CXCursor list)
{
    CXType type = clang_getCursorType(list);
    if (!type_contains_marked(ctx, type))
        return;
    CXCursor elems[256];
    int n = cursor_expr_children(list, elems, 256);
    if (type_marked(ctx, type)) {
        report_init(ctx, list, type, "braced initializer or compound literal of");
        return;
    }
    if (n > 256) {
        report_init(ctx, list, type, "initializer list too long to check, holding");
        return;
    }
    if (!is_zero_list(elems, n))
        check_holding_list(ctx, type, elems, n);
}

/* ---- unions ---- */

static enum CXVisitorResult union_member_marked(CXCursor field, CXClientData data)
{
    struct contains_query *q = data;
    q->found = type_contains_marked(q->ctx, clang_getCursorType(field));
    return q->found ? CXVisit_Break : CXVisit_Continue;
}

/* A union holding a marked type lets another member write its bytes
 * (buf_t's const cap through a look-alike struct); str_t is already kept
 * out of unions by its pointer (SIP-DECL-UNION-PTR). */
void readonly_check_decl(struct walk_ctx *ctx, CXCursor decl)
{
    if (clang_getCursorKind(decl) != CXCursor_UnionDecl
        || !clang_equalCursors(decl, clang_getCursorDefinition(decl)))
        return;
    struct contains_query q = { ctx, 0, false };
    clang_Type_visitFields(clang_getCursorType(decl), union_member_marked, &q);
    if (q.found)
        report_cursor(ctx, decl, RULE,
                      "a union with a member of (or holding) a type whose members "
                      "only the stdlib may set (SIP_READONLY): another member "
                      "would write them");
}
