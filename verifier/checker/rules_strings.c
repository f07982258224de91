/*
 * SIP-STR-NUL: every `char *` value in checked code is a C string (it
 * points at a NUL inside the same object) or null, so trusted code that
 * reads one up to its NUL (str_from_cstr, console_puts, print's %s,
 * sip_spawn) stays inside the object.
 *
 * By induction over where `char *` values come from. Checked code may
 * create one only from a string literal or from a const char array
 * initialized by a literal with room for its NUL; and receive one only from
 * trusted code that promises it (SIP_CSTR on a function, variable or
 * field: err_name(), main's args by the start-up contract). Forbidden:
 * any other char array used as a pointer, &c of a char, writing through a
 * `char *` (it could overwrite the NUL of a literal), a trusted function,
 * variable or field that yields a `char *` without SIP_CSTR (str_t's
 * bytes, except as the `%.*s` argument paired with its own len), and a
 * trusted macro whose value is such a pointer (new_array(char, n)).
 *
 * Formats (SIP_FORMAT parameters: print, buf_format): the format must be a
 * string literal and every argument it consumes must be of the class the
 * conversion reads (integer for d i u x X o c and '*', pointer for p,
 * `char *` for s), so the trusted formatter never reads a pointer that is
 * not one. Functions taking a va_list (vprint) cannot be checked and are
 * not called; SIP_FORMAT functions are only called directly.
 */
#include "sipcheck.h"

#include <stdlib.h>
#include <string.h>

#define CSTR_ANNOTATION "insula_cstr"
#define FORMAT_ANNOTATION "insula_format"
#define RULE "SIP-STR-NUL"

/* The declaration, its first declaration or its definition is annotated. */
static bool decl_annotated(CXCursor decl, const char *name)
{
    return cursor_has_annotation(decl, name)
        || cursor_has_annotation(clang_getCanonicalCursor(decl), name)
        || cursor_has_annotation(clang_getCursorDefinition(decl), name);
}

static bool param_annotated(CXCursor fn, int i, const char *name)
{
    CXCursor decls[3] = { fn, clang_getCanonicalCursor(fn),
                          clang_getCursorDefinition(fn) };
    for (int d = 0; d < 3; d++) {
        if (clang_getCursorKind(decls[d]) != CXCursor_FunctionDecl)
            continue;
        int n = clang_Cursor_getNumArguments(decls[d]);
        if (i < n && cursor_has_annotation(clang_Cursor_getArgument(decls[d], (unsigned)i), name))
            return true;
    }
    return false;
}

/* Index of fn's SIP_FORMAT parameter, or -1. */
static int format_param(CXCursor fn)
{
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl)
        return -1;
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        if (param_annotated(fn, i, FORMAT_ANNOTATION))
            return i;
    }
    return -1;
}

/* Plain `char` (either signedness of the target), any qualifiers. */
static bool type_is_plain_char(CXType t)
{
    enum CXTypeKind k = type_canon(t).kind;
    return k == CXType_Char_S || k == CXType_Char_U;
}

static bool type_is_char_pointer(CXType t)
{
    return type_is_pointer(t) && type_is_plain_char(clang_getPointeeType(type_canon(t)));
}

static bool type_is_char_array(CXType t)
{
    return type_is_array(t) && type_is_plain_char(clang_getElementType(type_canon(t)));
}

/* A `char *` reachable through pointers and arrays (char *, char **,
 * char *[4]), or a char array: what a trusted declaration may hand out. */
static bool type_yields_chars(CXType t)
{
    t = type_canon(t);
    for (int guard = 0; guard < 32; guard++) {
        if (type_is_char_pointer(t) || type_is_char_array(t))
            return true;
        if (type_is_pointer(t))
            t = type_canon(clang_getPointeeType(t));
        else if (type_is_array(t))
            t = type_canon(clang_getElementType(t));
        else
            return false;
    }
    return false;
}

static char *literal_bytes_dup(CXCursor lit);

static void report_source(struct walk_ctx *ctx, CXCursor at, const char *what)
{
    report_cursor(ctx, at, RULE,
                  "%s is not known to be NUL-terminated, and trusted code reads "
                  "a 'char *' up to its NUL; use a str_t (str_from_array, "
                  "buf_view) and print it with \"%%.*s\"", what);
}

/* ---- where `char *` values come from ---- */

/* A const char array initialized by a string literal that leaves room for
 * the NUL: static const char greeting[] = "hello". */
static bool const_literal_array(CXCursor decl)
{
    if (clang_getCursorKind(decl) != CXCursor_VarDecl)
        return false;
    CXType t = type_canon(clang_getCursorType(decl));
    /* libclang shows the const of `const char a[]` on the array type. */
    if (t.kind != CXType_ConstantArray
        || !(clang_isConstQualifiedType(t)
             || clang_isConstQualifiedType(clang_getElementType(t))))
        return false;
    CXCursor init = cursor_strip(clang_Cursor_getVarDeclInitializer(decl));
    if (clang_getCursorKind(init) != CXCursor_StringLiteral)
        return false;
    /* clang gives the literal the array's type (char[3] for "abc"), so
       count its bytes up to the first NUL. */
    char *bytes = literal_bytes_dup(init);
    bool fits = bytes != NULL && (long long)strlen(bytes) < clang_getArraySize(t);
    free(bytes);
    return fits;
}

static bool decay_source_is_cstr(CXCursor from)
{
    CXCursor e = cursor_strip(from);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_StringLiteral)
        return true;
    return k == CXCursor_DeclRefExpr && const_literal_array(clang_getCursorReferenced(e));
}

/* A char array used as a pointer (c: the implicit cast; subscripts and *a
 * were filtered out by the caller). Inside a trusted macro's body the array
 * goes to trusted code that knows its length (str_from_array). */
void strnul_check_decay(struct walk_ctx *ctx, CXCursor c, CXCursor from)
{
    if (!type_is_char_array(clang_getCursorType(from)) || decay_source_is_cstr(from))
        return;
    if (trust_cursor(ctx, walk_parent_skipping_parens(ctx)))
        return;
    report_source(ctx, c, "a char array used as a pointer");
}

/* &c of a char: a one-byte "string" whose NUL is its neighbour. */
void strnul_check_address(struct walk_ctx *ctx, CXCursor c, CXCursor operand)
{
    if (type_is_plain_char(clang_getCursorType(operand)))
        report_source(ctx, c, "the address of a char");
}

/* *p = x, *p += x, ++*p with p a `char *`: could overwrite a literal's NUL. */
static bool is_write_through_char_pointer(CXCursor lhs)
{
    CXCursor e = cursor_strip(lhs);
    CXCursor kids[2];
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator
        || clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref
        || cursor_expr_children(e, kids, 2) != 1)
        return false;
    return type_is_char_pointer(clang_getCursorType(kids[0]));
}

static void report_write(struct walk_ctx *ctx, CXCursor c)
{
    report_cursor(ctx, c, RULE,
                  "writing through a 'char *' can overwrite the NUL that ends "
                  "its string; build text in a buf_t");
}

void strnul_check_store(struct walk_ctx *ctx, CXCursor c)
{
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    bool store = clang_getCursorKind(c) == CXCursor_CompoundAssignOperator
        || op == CXBinaryOperator_Assign;
    CXCursor kids[2];
    if (store && cursor_expr_children(c, kids, 2) == 2
        && is_write_through_char_pointer(kids[0]))
        report_write(ctx, c);
}

void strnul_check_increment(struct walk_ctx *ctx, CXCursor c, CXCursor operand)
{
    if (is_write_through_char_pointer(operand))
        report_write(ctx, c);
}

/* ---- formats ---- */

enum arg_role { ROLE_INT, ROLE_POINTER, ROLE_STRING, ROLE_BOUNDED_STRING };

struct format_roles {
    enum arg_role role[64];
    int count;            /* arguments the format consumes */
    bool too_many;
};

static void add_role(struct format_roles *f, enum arg_role r)
{
    if (f->count < 64)
        f->role[f->count] = r;
    else
        f->too_many = true;
    f->count++;
}

/* The grammar of the stdlib's formatter (kernel/lib/fmt.c, parse_spec). */
static const char *parse_conversion(const char *p, struct format_roles *f)
{
    while (*p != '\0' && strchr("-0+ #", *p) != NULL)
        p++;
    if (*p == '*') {
        add_role(f, ROLE_INT);
        p++;
    } else {
        while (*p >= '0' && *p <= '9')
            p++;
    }
    bool star_precision = false;
    if (*p == '.') {
        p++;
        if (*p == '*') {
            add_role(f, ROLE_INT);
            star_precision = true;
            p++;
        } else {
            while (*p >= '0' && *p <= '9')
                p++;
        }
    }
    if ((p[0] == 'h' && p[1] == 'h') || (p[0] == 'l' && p[1] == 'l'))
        p += 2;
    else if (*p != '\0' && strchr("hlztj", *p) != NULL)
        p++;
    if (*p == '\0')
        return p;
    if (strchr("diuxXoc", *p) != NULL)
        add_role(f, ROLE_INT);
    else if (*p == 'p')
        add_role(f, ROLE_POINTER);
    else if (*p == 's')
        add_role(f, star_precision ? ROLE_BOUNDED_STRING : ROLE_STRING);
    return p + 1; /* '%' and unknown conversions take no argument */
}

static void format_roles_of(const char *format, struct format_roles *f)
{
    memset(f, 0, sizeof *f);
    for (const char *p = format; *p != '\0';) {
        if (*p++ == '%')
            p = parse_conversion(p, f);
    }
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* One escape sequence after the backslash; *value gets the byte. */
static const char *decode_escape(const char *p, unsigned *value)
{
    static const char simple[] = "n\nt\tr\ra\ab\bf\fv\v";
    *value = 0;
    if (*p == 'x') {
        for (p++; hex_value(*p) >= 0; p++)
            *value = (*value * 16 + (unsigned)hex_value(*p)) & 0xffu;
        return p;
    }
    if (*p >= '0' && *p <= '7') {
        for (int i = 0; i < 3 && *p >= '0' && *p <= '7'; i++, p++)
            *value = (*value * 8 + (unsigned)(*p - '0')) & 0xffu;
        return p;
    }
    for (size_t i = 0; simple[i] != '\0'; i += 2) {
        if (simple[i] == *p) {
            *value = (unsigned char)simple[i + 1];
            return p + 1;
        }
    }
    *value = (unsigned char)*p; /* \\ \" \' \? */
    return *p != '\0' ? p + 1 : p;
}

/* The bytes of a char string literal up to its first NUL (where the
 * formatter stops), decoded from the spelling libclang gives (the
 * concatenated literal, escaped again). NULL if it is not one. */
static char *literal_bytes_dup(CXCursor lit)
{
    CXType t = type_canon(clang_getCursorType(lit));
    if (!type_is_char_array(t))
        return NULL;
    char *spelling = cursor_name_dup(lit);
    const char *p = strchr(spelling, '"');
    char *out = p != NULL ? malloc(strlen(p) + 1) : NULL;
    size_t n = 0;
    for (p = p != NULL ? p + 1 : NULL; out != NULL && *p != '\0' && *p != '"';) {
        unsigned value = (unsigned char)*p++;
        if (value == '\\')
            p = decode_escape(p, &value);
        if (value == 0)
            break;
        out[n++] = (char)value;
    }
    if (out != NULL)
        out[n] = '\0';
    free(spelling);
    return out;
}

/* Roles of the variadic arguments of a SIP_FORMAT call with a literal
 * format; false when the format is not a literal. *first: index of the
 * first variadic argument. */
static bool call_format_roles(CXCursor call, CXCursor fn, struct format_roles *f,
                              int *first)
{
    int fi = format_param(fn);
    if (fi < 0 || fi >= clang_Cursor_getNumArguments(call))
        return false;
    CXCursor lit = cursor_strip(clang_Cursor_getArgument(call, (unsigned)fi));
    if (clang_getCursorKind(lit) != CXCursor_StringLiteral)
        return false;
    char *format = literal_bytes_dup(lit);
    if (format == NULL)
        return false;
    format_roles_of(format, f);
    free(format);
    *first = clang_Cursor_getNumArguments(fn);
    return true;
}

/* x.len and x.bytes of the same str_t x, x a plain path (variables and
 * members, no calls or subscripts), so both read the same view. */
static bool path_tokens_equal(CXTranslationUnit tu, CXCursor a, CXCursor b)
{
    CXToken *ta = NULL, *tb = NULL;
    unsigned na = 0, nb = 0;
    clang_tokenize(tu, clang_getCursorExtent(a), &ta, &na);
    clang_tokenize(tu, clang_getCursorExtent(b), &tb, &nb);
    bool same = na == nb && na > 0;
    for (unsigned i = 0; same && i < na; i++) {
        CXString sa = clang_getTokenSpelling(tu, ta[i]);
        CXString sb = clang_getTokenSpelling(tu, tb[i]);
        same = strcmp(clang_getCString(sa), clang_getCString(sb)) == 0;
        clang_disposeString(sa);
        clang_disposeString(sb);
    }
    clang_disposeTokens(tu, ta, na);
    clang_disposeTokens(tu, tb, nb);
    return same;
}

static bool is_plain_path(CXCursor e)
{
    for (int guard = 0; guard < 64; guard++) {
        e = cursor_strip(e);
        CXCursor kids[2];
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return true;
        if (k != CXCursor_MemberRefExpr || cursor_expr_children(e, kids, 2) != 1)
            return false;
        e = kids[0];
    }
    return false;
}

/* The member expression's base and field. */
static bool member_parts(CXCursor e, CXCursor *base, CXCursor *field)
{
    CXCursor kids[2];
    e = cursor_strip(e);
    if (clang_getCursorKind(e) != CXCursor_MemberRefExpr
        || cursor_expr_children(e, kids, 2) != 1)
        return false;
    *base = kids[0];
    *field = clang_getCursorReferenced(e);
    return true;
}

/* precision is (an integer cast of) x.len where bytes is x.bytes, both
 * members of the same trusted record. */
static bool is_view_pair(struct walk_ctx *ctx, CXCursor precision, CXCursor bytes)
{
    CXCursor e = cursor_strip(precision);
    CXCursor kids[2];
    if (clang_getCursorKind(e) == CXCursor_CStyleCastExpr
        && type_is_integer(clang_getCursorType(e))
        && cursor_expr_children(e, kids, 2) == 1)
        e = kids[0];
    CXCursor len_base, len_field, bytes_base, bytes_field;
    if (!member_parts(e, &len_base, &len_field)
        || !member_parts(bytes, &bytes_base, &bytes_field))
        return false;
    char *len_name = cursor_name_dup(len_field);
    bool named = strcmp(len_name, "len") == 0;
    free(len_name);
    return named
        && clang_equalCursors(clang_getCursorSemanticParent(len_field),
                              clang_getCursorSemanticParent(bytes_field))
        && trust_cursor(ctx, len_field)
        && type_is_integer(clang_getCursorType(len_field))
        && is_plain_path(len_base) && is_plain_path(bytes_base)
        && path_tokens_equal(ctx->tu, len_base, bytes_base);
}

/* The cursor being visited, up to parentheses and implicit conversions, is
 * argument *index of a call: returns the call. */
static CXCursor enclosing_call(const struct walk_ctx *ctx, int *index)
{
    CXCursor call = walk_enclosing_call(ctx);
    *index = clang_Cursor_isNull(call) ? -1 : walk_argument_index(call, ctx->stack[ctx->depth - 1]);
    return *index >= 0 ? call : clang_getNullCursor();
}

/* x.bytes read as the argument of a "%.*s" whose precision is x.len. */
static bool bounded_by_its_len(struct walk_ctx *ctx, CXCursor member)
{
    int index = -1, first = 0;
    CXCursor call = enclosing_call(ctx, &index);
    if (clang_Cursor_isNull(call))
        return false;
    struct format_roles f;
    CXCursor fn = cursor_direct_callee(call);
    if (clang_Cursor_isNull(fn) || !call_format_roles(call, fn, &f, &first))
        return false;
    int k = index - first;
    if (k < 1 || k >= f.count || k >= 64 || f.role[k] != ROLE_BOUNDED_STRING)
        return false;
    return is_view_pair(ctx, clang_Cursor_getArgument(call, (unsigned)(index - 1)),
                        member);
}

static bool arg_fits(CXCursor arg, enum arg_role role)
{
    CXType t = clang_getCursorType(arg);
    switch (role) {
    case ROLE_INT:
        return type_is_integer(t);
    case ROLE_POINTER:
        return type_is_pointer(t);
    case ROLE_STRING:
    case ROLE_BOUNDED_STRING:
        return type_is_char_pointer(t) || cursor_is_null_constant(arg);
    }
    return false;
}

static const char *role_name(enum arg_role role)
{
    switch (role) {
    case ROLE_INT: return "an integer";
    case ROLE_POINTER: return "a pointer";
    case ROLE_STRING:
    case ROLE_BOUNDED_STRING: return "a 'char *'";
    }
    return "?";
}

static void check_format_call(struct walk_ctx *ctx, CXCursor call, CXCursor fn)
{
    char *name = cursor_name_dup(fn);
    struct format_roles f;
    int first = 0;
    if (!clang_Cursor_isVariadic(fn))
        report_cursor(ctx, call, RULE,
                      "'%s' takes its arguments as a va_list, whose types the "
                      "verifier cannot check; call the variadic form", name);
    else if (!call_format_roles(call, fn, &f, &first))
        report_cursor(ctx, call, RULE,
                      "the format of '%s' must be a string literal, so that the "
                      "verifier can match its conversions to the arguments", name);
    else if (f.too_many)
        report_cursor(ctx, call, RULE, "format of '%s' has too many conversions", name);
    else if (clang_Cursor_getNumArguments(call) - first < f.count)
        report_cursor(ctx, call, RULE,
                      "the format of '%s' reads %d arguments but %d are passed; "
                      "the formatter would read whatever lies in their place",
                      name, f.count, clang_Cursor_getNumArguments(call) - first);
    else {
        for (int k = 0; k < f.count; k++) {
            CXCursor arg = clang_Cursor_getArgument(call, (unsigned)(first + k));
            if (arg_fits(arg, f.role[k]))
                continue;
            char *t = type_name_dup(clang_getCursorType(arg));
            report_cursor(ctx, arg, RULE,
                          "conversion %d of the format of '%s' reads %s, but the "
                          "argument is '%s'", k + 1, name, role_name(f.role[k]), t);
            free(t);
        }
    }
    free(name);
}

void strnul_check_call(struct walk_ctx *ctx, CXCursor call)
{
    CXCursor fn = cursor_direct_callee(call);
    if (!clang_Cursor_isNull(fn) && format_param(fn) >= 0)
        check_format_call(ctx, call, fn);
}

/* ---- what trusted declarations hand out ---- */

static bool is_direct_callee(const struct walk_ctx *ctx, CXCursor c)
{
    CXCursor call = walk_enclosing_call(ctx);
    CXCursor kids[1];
    return !clang_Cursor_isNull(call) && cursor_expr_children(call, kids, 1) >= 1
        && clang_equalRanges(clang_getCursorExtent(cursor_strip(kids[0])),
                             clang_getCursorExtent(c));
}

void strnul_check_declref(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor d = clang_getCursorReferenced(c);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_FunctionDecl && format_param(d) >= 0 && !is_direct_callee(ctx, c)) {
        char *name = cursor_name_dup(d);
        report_cursor(ctx, c, RULE,
                      "'%s' takes a format and may only be called directly; a "
                      "call through a pointer would skip the format check", name);
        free(name);
        return;
    }
    /* Judged by the trusted declaration, also when the SIP redeclares the
       function or variable after (or before) including the header. */
    CXCursor first = clang_getCanonicalCursor(d);
    if (!trust_cursor(ctx, d))
        d = first;
    if (!trust_cursor(ctx, d) || cursor_has_annotation(d, CSTR_ANNOTATION))
        return;
    char *name = cursor_name_dup(d);
    if (k == CXCursor_FunctionDecl && type_yields_chars(clang_getCursorResultType(d)))
        report_cursor(ctx, c, RULE,
                      "trusted function '%s' returns a 'char *' that is not "
                      "declared NUL-terminated (SIP_CSTR)", name);
    else if (k == CXCursor_VarDecl && type_yields_chars(clang_getCursorType(d)))
        report_cursor(ctx, c, RULE,
                      "trusted variable '%s' holds chars that are not declared "
                      "NUL-terminated (SIP_CSTR)", name);
    free(name);
}

/* x.bytes and other trusted members that hold a `char *`. */
void strnul_check_member(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor field = clang_getCursorReferenced(c);
    if (clang_getCursorKind(field) != CXCursor_FieldDecl || !trust_cursor(ctx, field)
        || type_is_char_array(clang_getCursorType(field))
        || !type_yields_chars(clang_getCursorType(field))
        || decl_annotated(field, CSTR_ANNOTATION) || bounded_by_its_len(ctx, c))
        return;
    char *name = cursor_name_dup(field);
    report_cursor(ctx, c, RULE,
                  "member '%s' of a trusted type is a 'char *' that need not end "
                  "in NUL; pass it only as \"%%.*s\" with its own len", name);
    free(name);
}

/* An expression a trusted macro produced, in checked code: new_array(char,
 * n) is a `char *` to bytes the SIP fills. Literals, SIP expressions passed
 * through and calls of SIP_CSTR functions are C strings. */
void strnul_check_trusted_expr(struct walk_ctx *ctx, CXCursor c)
{
    CXCursor parent = walk_parent(ctx, 0);
    if (clang_Cursor_isNull(parent) || trust_cursor(ctx, parent)
        || !type_yields_chars(clang_getCursorType(c))
        || type_is_char_array(clang_getCursorType(c)))
        return;
    CXCursor core = cursor_strip(c);
    enum CXCursorKind k = clang_getCursorKind(core);
    if (!trust_cursor(ctx, core) || k == CXCursor_StringLiteral
        || cursor_is_null_constant(core))
        return;
    if (k == CXCursor_CallExpr) {
        CXCursor fn = cursor_direct_callee(core);
        if (!clang_Cursor_isNull(fn) && decl_annotated(fn, CSTR_ANNOTATION))
            return;
    }
    report_source(ctx, c, "a 'char *' made by a trusted macro (new_array(char, n))");
}

/* SIP_CSTR and SIP_FORMAT are promises of trusted code. Written on a
 * declaration that checked code introduces first, they would be inherited
 * by a trusted header's later redeclaration and vouch for it. (On a
 * redeclaration of a trusted function, such as main's definition, they
 * are inherited from the header, which is fine.) */
static bool marked(CXCursor decl)
{
    return cursor_has_annotation(decl, CSTR_ANNOTATION) || cursor_has_annotation(decl, FORMAT_ANNOTATION);
}

static bool any_param_marked(CXCursor fn)
{
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        if (marked(clang_Cursor_getArgument(fn, (unsigned)i)))
            return true;
    }
    return false;
}

void strnul_check_decl(struct walk_ctx *ctx, CXCursor decl)
{
    enum CXCursorKind k = clang_getCursorKind(decl);
    if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl && k != CXCursor_FieldDecl)
        return;
    if (trust_cursor(ctx, clang_getCanonicalCursor(decl)))
        return;
    if (marked(decl) || (k == CXCursor_FunctionDecl && any_param_marked(decl)))
        report_cursor(ctx, decl, RULE,
                      "SIP_CSTR and SIP_FORMAT are promises of the stdlib and "
                      "belong on its declarations only; in SIP code every "
                      "'char *' is a C string already");
}
