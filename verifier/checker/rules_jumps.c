/*
 * SIP-INIT-SKIP: C lets goto and switch jump forward into the scope of a
 * variable past its initializer, which would leave a pointer holding stack
 * garbage. A forward jump from offset G to label L is rejected when a local
 * holding a pointer is declared at D with G < D < L and L lies in the block
 * that declares it.
 */
#include "sipcheck.h"

#include <stdlib.h>

struct skip_search {
    unsigned from, to;         /* jump and target offsets */
    CXCursor found;            /* first skipped declaration */
};

static unsigned offset_of(CXCursor c)
{
    unsigned off = 0;
    clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
    return off;
}

static bool block_contains(CXCursor block, unsigned off)
{
    CXSourceRange r = clang_getCursorExtent(block);
    unsigned start = 0, end = 0;
    clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &start);
    clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &end);
    return start <= off && off <= end;
}

static enum CXChildVisitResult find_skipped(CXCursor c, CXCursor parent,
                                            CXClientData data)
{
    struct skip_search *s = data;
    if (!clang_Cursor_isNull(s->found))
        return CXChildVisit_Break;
    if (clang_getCursorKind(c) == CXCursor_DeclStmt) {
        CXCursor decls[16];
        int n = cursor_children(c, decls, 16);
        for (int i = 0; i < n && i < 16; i++) {
            unsigned d = offset_of(decls[i]);
            if (clang_getCursorKind(decls[i]) == CXCursor_VarDecl
                && cursor_is_local_var(decls[i]) && s->from < d && d < s->to
                && type_contains_pointer(clang_getCursorType(decls[i]))
                && block_contains(parent, s->to)) {
                s->found = decls[i];
                return CXChildVisit_Break;
            }
        }
    }
    return CXChildVisit_Recurse;
}

static CXCursor nearest_ancestor(const struct walk_ctx *ctx, enum CXCursorKind kind)
{
    for (size_t up = 0; up < ctx->depth; up++) {
        CXCursor p = walk_parent(ctx, up);
        if (clang_getCursorKind(p) == kind)
            return p;
    }
    return clang_getNullCursor();
}

/* Where control comes from: the goto itself, or the switch of a case. */
static CXCursor jump_source(const struct walk_ctx *ctx, CXCursor c)
{
    if (clang_getCursorKind(c) == CXCursor_GotoStmt)
        return c;
    return nearest_ancestor(ctx, CXCursor_SwitchStmt);
}

static CXCursor jump_target(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_GotoStmt)
        return c;
    CXCursor kids[2];
    if (cursor_children(c, kids, 2) < 1)
        return clang_getNullCursor();
    return clang_getCursorReferenced(kids[0]);
}

void control_check_jump(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor function = nearest_ancestor(ctx, CXCursor_FunctionDecl);
    CXCursor source = jump_source(ctx, c), target = jump_target(c);
    if (clang_Cursor_isNull(function) || clang_Cursor_isNull(source)
        || clang_Cursor_isNull(target))
        return;
    struct skip_search s = { offset_of(source), offset_of(target),
                             clang_getNullCursor() };
    if (s.to <= s.from)
        return;
    clang_visitChildren(function, find_skipped, &s);
    if (clang_Cursor_isNull(s.found))
        return;
    char *name = cursor_name_dup(s.found);
    unsigned line = 0;
    clang_getExpansionLocation(clang_getCursorLocation(s.found), NULL, &line, NULL, NULL);
    report_cursor(ctx, c, "SIP-INIT-SKIP",
                  "jump skips the initialization of '%s' (line %u), which holds "
                  "a pointer", name, line);
    free(name);
}
