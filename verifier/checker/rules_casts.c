/*
 * SIP-CAST-*: conversions, explicit (CStyleCastExpr) and implicit (libclang
 * shows an implicit cast as an UnexposedExpr whose single child has another
 * type). A pointer may only become the same pointer with more qualifiers,
 * a bool, or void; integers become pointers only as a null constant.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "T" or "T' (aka 'U" so that the message reads like clang's. */
static void describe(CXType t, char *buf, size_t size)
{
    char *written = type_name_dup(t);
    char *canon = type_name_dup(type_canon(t));
    if (strcmp(written, canon) == 0)
        snprintf(buf, size, "'%s'", written);
    else
        snprintf(buf, size, "'%s' (aka '%s')", written, canon);
    free(written);
    free(canon);
}

static void report_conversion(struct walk_ctx *ctx, CXCursor at, const char *rule,
                              CXType from, CXType to, const char *why)
{
    char a[256], b[256];
    bool explicit = clang_getCursorKind(at) == CXCursor_CStyleCastExpr;
    describe(from, a, sizeof a);
    describe(to, b, sizeof b);
    report_cursor(ctx, at, rule, "%s from %s to %s %s",
                  explicit ? "cast" : "implicit conversion", a, b, why);
}

/* Qualifiers may be added to the pointee, never dropped. */
static bool qualifiers_kept(CXType from_pointee, CXType to_pointee)
{
    if (clang_isConstQualifiedType(from_pointee) && !clang_isConstQualifiedType(to_pointee))
        return false;
    if (clang_isVolatileQualifiedType(from_pointee) && !clang_isVolatileQualifiedType(to_pointee))
        return false;
    return clang_getAddressSpace(from_pointee) == clang_getAddressSpace(to_pointee);
}

static void pointer_to_pointer(struct walk_ctx *ctx, CXCursor at, CXCursor src,
                               CXType from, CXType to)
{
    CXType pf = clang_getPointeeType(type_canon(from));
    CXType pt = clang_getPointeeType(type_canon(to));
    if (type_is_function(pf) || type_is_function(pt)) {
        if (!type_is_function(pf) || !type_is_function(pt) || !type_same_unqualified(pf, pt))
            report_conversion(ctx, at, "SIP-CAST-FNPTR", from, to,
                              "changes the type of a function pointer");
        return;
    }
    if (cursor_is_null_constant(src))
        return;
    if (!type_same_unqualified(pf, pt))
        report_conversion(ctx, at, "SIP-CAST-PTR", from, to,
                          "reinterprets the object (pointer punning)");
    else if (!qualifiers_kept(pf, pt))
        report_conversion(ctx, at, "SIP-CAST-PTR", from, to,
                          "drops a qualifier of the pointed-to object");
}

static void to_pointer(struct walk_ctx *ctx, CXCursor at, CXCursor src,
                       CXType from, CXType to)
{
    CXType cf = type_canon(from);
    if (type_is_pointer(cf)) {
        pointer_to_pointer(ctx, at, src, from, to);
    } else if (type_is_array(cf)) {
        CXType elem = clang_getElementType(cf);
        CXType pt = clang_getPointeeType(type_canon(to));
        if (!type_same_unqualified(elem, pt) || !qualifiers_kept(elem, pt))
            report_conversion(ctx, at, "SIP-CAST-PTR", from, to,
                              "reinterprets the array's elements");
    } else if (type_is_function(cf)) {
        CXType pt = clang_getPointeeType(type_canon(to));
        if (!type_same_unqualified(cf, pt))
            report_conversion(ctx, at, "SIP-CAST-FNPTR", from, to,
                              "changes the type of a function");
    } else if (!cursor_is_null_constant(src)) {
        report_conversion(ctx, at, "SIP-CAST-INT2PTR", from, to,
                          "forges a pointer from a non-pointer value");
    }
}

static void check_conversion(struct walk_ctx *ctx, CXCursor at, CXCursor src, CXType to)
{
    CXType from = clang_getCursorType(src);
    enum CXTypeKind fk = type_canon(from).kind, tk = type_canon(to).kind;
    if (fk == CXType_Invalid || tk == CXType_Invalid || fk == CXType_Unexposed
        || tk == CXType_Unexposed || tk == CXType_Void)
        return;
    if (type_is_array(to))
        return; /* a parameter declared as an array: SIP-PTR-ARRAY-PARAM */
    if (type_is_pointer(to))
        to_pointer(ctx, at, src, from, to);
    else if (type_is_pointer(from) && tk != CXType_Bool)
        report_conversion(ctx, at, "SIP-CAST-PTR2INT", from, to,
                          "hides a pointer in a non-pointer value");
}

void casts_check_explicit(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor kids[4];
    int n = cursor_expr_children(c, kids, 4);
    if (n < 1 || n > 4)
        return;
    CXType to = clang_getCursorType(c);
    const char *rule = NULL;
    const char *why = type_forbidden_part(to, &rule);
    if (why != NULL) {
        char *name = type_name_dup(to);
        report_cursor(ctx, c, rule, "cast to '%s': %s is not allowed", name, why);
        free(name);
        return;
    }
    check_conversion(ctx, c, kids[n - 1], to);
}

void casts_check_implicit(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor kids[2];
    if (cursor_expr_children(c, kids, 2) != 1)
        return;
    CXType to = clang_getCursorType(c);
    CXType from = clang_getCursorType(kids[0]);
    if (clang_equalTypes(type_canon(to), type_canon(from)))
        return;
    if (type_is_array(from) && type_is_pointer(to))
        pointers_check_decay(ctx, c, kids[0]);
    check_conversion(ctx, c, kids[0], to);
}
