/*
 * Records: unions must not overlay pointers (SIP-DECL-UNION-PTR), pointer
 * members must be aligned so the collector finds them (SIP-DECL-PACKED),
 * and a flexible array member must carry a const counted_by length
 * (SIP-PTR-FLEX) so the bounds check knows it and the SIP cannot change it.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct count_search {
    const char *name;
    bool found, is_const;
};

static enum CXChildVisitResult find_count(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct count_search *s = data;
    if (clang_getCursorKind(c) != CXCursor_FieldDecl)
        return CXChildVisit_Continue;
    char *name = cursor_name_dup(c);
    if (strcmp(name, s->name) == 0) {
        s->found = true;
        s->is_const = clang_isConstQualifiedType(clang_getCursorType(c));
    }
    free(name);
    return CXChildVisit_Continue;
}

/* counted_by(n) must name a const member of the same record. */
static bool count_is_const(CXCursor field, CXType t)
{
    char *spelled = type_name_dup(t);
    char *open = strstr(spelled, "counted_by(");
    char count[128] = "";
    if (open != NULL)
        sscanf(open + strlen("counted_by("), "%127[A-Za-z0-9_]", count);
    free(spelled);
    struct count_search s = { count, false, false };
    clang_visitChildren(clang_getCursorSemanticParent(field), find_count, &s);
    return s.found && s.is_const;
}

void decls_check_field(struct walk_ctx *ctx, CXCursor c)
{
    CXType t = clang_getCursorType(c);
    CXType canon = type_canon(t);
    if (canon.kind == CXType_ConstantArray && clang_getArraySize(canon) == 0)
        report_cursor(ctx, c, "SIP-PTR-FLEX",
                      "zero-length array member has no length the bounds check knows");
    else if (canon.kind == CXType_IncompleteArray && !type_is_counted_by(t))
        report_cursor(ctx, c, "SIP-PTR-FLEX",
                      "flexible array member needs __attribute__((counted_by(n)))");
    else if (canon.kind == CXType_IncompleteArray && !count_is_const(c, t))
        report_cursor(ctx, c, "SIP-PTR-FLEX",
                      "the counted_by length must be a const member, or the SIP "
                      "could enlarge its own bounds");
}

static enum CXChildVisitResult check_member(CXCursor c, CXCursor parent, CXClientData data)
{
    struct walk_ctx *ctx = data;
    if (clang_getCursorKind(c) != CXCursor_FieldDecl)
        return CXChildVisit_Continue;
    CXType t = clang_getCursorType(c);
    if (!type_contains_pointer(t))
        return CXChildVisit_Continue;
    char *name = cursor_name_dup(c);
    long long offset = clang_Cursor_getOffsetOfField(c);
    if (clang_getCursorKind(parent) == CXCursor_UnionDecl)
        report_cursor(ctx, c, "SIP-DECL-UNION-PTR",
                      "union member '%s' holds a pointer that the other members "
                      "can forge or hide", name);
    else if (offset >= 0 && offset % 64 != 0)
        report_cursor(ctx, c, "SIP-DECL-PACKED",
                      "pointer member '%s' at bit offset %lld is not 8-byte aligned",
                      name, offset);
    free(name);
    return CXChildVisit_Continue;
}

void decls_check_record(struct walk_ctx *ctx, CXCursor c)
{
    if (!clang_isCursorDefinition(c))
        return;
    clang_visitChildren(c, check_member, ctx);
}
