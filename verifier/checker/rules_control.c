/*
 * SIP-ASM-*, SIP-CTRL-*, SIP-BUILTIN, SIP-MEM-*, SIP-STACK-ALLOCA,
 * SIP-DECL-ATTR: what could move control or the stack pointer somewhere
 * the compiler's CFI and SafeStack do not see, or touch memory untyped.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

void control_check_stmt(struct walk_ctx *ctx, CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_GCCAsmStmt:
    case CXCursor_MSAsmStmt:
        report_cursor(ctx, c, "SIP-ASM-INLINE",
                      "inline assembly can execute privileged instructions");
        break;
    case CXCursor_IndirectGotoStmt:
        report_cursor(ctx, c, "SIP-CTRL-GOTO-COMPUTED",
                      "computed goto jumps to an address CFI does not check");
        break;
    case CXCursor_AddrLabelExpr:
        report_cursor(ctx, c, "SIP-CTRL-GOTO-COMPUTED",
                      "address of a label is a code pointer");
        break;
    case CXCursor_GotoStmt:
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        control_check_jump(ctx, c);
        break;
    default:
        break;
    }
}

/* Every use is reported, also when the SIP declared the name itself (the
 * declaration is reported too): an implicit declaration made by clang at
 * the first call is not visited as a declaration. */
void control_check_declref(struct walk_ctx *ctx, CXCursor c)
{
    char *name = cursor_name_dup(c);
    const char *rule = name_forbidden_rule(name);
    if (rule != NULL)
        report_cursor(ctx, c, rule, "use of '%s' is not allowed in SIP code", name);
    else if (name_is_compiler_builtin(name) && !name_is_allowed_builtin(name))
        report_cursor(ctx, c, "SIP-BUILTIN",
                      "compiler builtin '%s' is not in the subset's allowlist", name);
    else if (!name_is_compiler_builtin(name) && name_is_reserved(name)
             && clang_getCursorLinkage(clang_getCursorReferenced(c)) != CXLinkage_NoLinkage)
        report_cursor(ctx, c, "SIP-DECL-RESERVED",
                      "'%s' is internal to the implementation, the stdlib or the "
                      "kernel", name);
    free(name);
    out_check_declref(ctx, c);
}

/* The attribute's name: "naked" in __attribute__((naked)) and in
 * [[gnu::naked]]; NULL for an implicit attribute with no tokens. */
static char *attr_name(CXTranslationUnit tu, CXCursor c)
{
    CXToken *tokens = NULL;
    unsigned n = 0;
    clang_tokenize(tu, clang_getCursorExtent(c), &tokens, &n);
    char *name = NULL;
    unsigned at = 0;
    if (n >= 3) {
        CXString sep = clang_getTokenSpelling(tu, tokens[1]);
        const char *s = clang_getCString(sep);
        at = s != NULL && strcmp(s, "::") == 0 ? 2 : 0;
        clang_disposeString(sep);
    }
    if (n > 0) {
        CXString s = clang_getTokenSpelling(tu, tokens[at]);
        const char *p = clang_getCString(s);
        name = strdup(p != NULL ? p : "");
        clang_disposeString(s);
    }
    clang_disposeTokens(tu, tokens, n);
    return name;
}

void control_check_attr(struct walk_ctx *ctx, CXCursor c)
{
    if (clang_getCursorKind(c) == CXCursor_AsmLabelAttr) {
        /* Declarations with linkage are checked through their symbol name
         * (rules_decls.c), which also catches #pragma redefine_extname. */
        if (clang_getCursorLinkage(walk_parent(ctx, 0)) != CXLinkage_NoLinkage)
            return;
        char *label = cursor_name_dup(c);
        report_cursor(ctx, c, "SIP-ASM-LABEL",
                      "asm label binds this declaration to symbol '%s'", label);
        free(label);
        return;
    }
    char *name = attr_name(ctx->tu, c);
    if (name != NULL && !attr_is_allowed(name))
        report_cursor(ctx, c, "SIP-DECL-ATTR",
                      "attribute '%s' is not in the subset's allowlist", name);
    free(name);
}
