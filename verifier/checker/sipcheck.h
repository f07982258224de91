/*
 * sipcheck: the restricted-subset checker for SIP sources.
 *
 * One translation unit at a time: libclang parses it, walk.c visits every
 * cursor that is spelled outside the trusted headers, and the rule files
 * (rules_*.c) add violations to a report. report.c prints them like clang
 * (file:line:col: error: [RULE] message, source line, caret) or as JSON.
 * The rules themselves are documented in verifier/SUBSET.md.
 */
#ifndef SIPCHECK_H
#define SIPCHECK_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>

/* Command line, after parsing (cli.c). */
struct config {
    bool json;
    bool list_rules;
    const char **trusted_dirs; /* real paths, no trailing slash */
    size_t n_trusted;
    const char **clang_args;   /* extra arguments for the clang front end */
    int n_clang_args;
    const char **files;
    size_t n_files;
    const char *trusted_symbols; /* --trusted-symbols FILE, or NULL */
};

/* One finding; file and message are owned by the report. */
struct violation {
    char *file;
    unsigned line, column;
    const char *rule;          /* static string: a SIP-* id or "clang-error" */
    char *message;
};

struct report {
    struct violation *items;
    size_t count, cap;
};

/* Per-file cache of "is this file trusted" (trust.c). */
struct trust_entry {
    CXFile file;
    bool trusted;
};

struct trust_cache {
    struct trust_entry *items;
    size_t count, cap;
};

/* What the files of one run share (rules_out.c): SIP_OUT calls to
 * functions with linkage, and functions defined in checked code. */
struct named_place {
    char *name;
    char *file;                /* NULL when the place does not matter */
    unsigned line, column;
    char *detail;              /* a declaration's type signature, or NULL */
    size_t unit;               /* which file of the run (translation unit) */
};

struct name_list {
    struct named_place *items;
    size_t count, cap;
};

/* Names trusted code owns (trusted_names.c). */
struct name_set {
    char **items;
    size_t count, cap;
};

struct trusted_names {
    struct name_set declared;  /* by a header under a trusted dir */
    struct name_set defined;   /* by the stdlib (--trusted-symbols) */
};

struct program {
    struct name_list definitions;
    struct name_list out_calls;
    struct name_list signatures; /* declarations with linkage (SIP-DECL-CONFLICT) */
    struct name_list records;    /* the records their types name, by tag */
    struct trusted_names trusted;
    size_t unit;                 /* the file being checked */
};

/* State of one walk over one translation unit (walk.c). */
struct walk_ctx {
    const struct config *cfg;
    CXTranslationUnit tu;
    struct report *report;
    struct program *program;
    struct trust_cache trust;
    CXCursor *stack;           /* ancestors of the cursor being checked */
    size_t depth, cap;
};

/* cli.c */
int cli_parse(int argc, char **argv, struct config *cfg);
void cli_free(struct config *cfg);

/* rules.c: the rule catalogue */
struct rule_info {
    const char *id;
    const char *summary;
};
extern const struct rule_info rule_table[];
extern const size_t rule_count;
bool rule_known(const char *id);

/* report.c */
void report_add(struct report *r, const char *file, unsigned line,
                unsigned column, const char *rule, const char *message);
void report_cursor(struct walk_ctx *ctx, CXCursor c, const char *rule,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));
bool report_has_line(const struct report *r, const char *file, unsigned line);
void report_sort_unique(struct report *r);
void report_print_text(const struct report *r);
void report_print_json(const struct report *r);
size_t report_count_rule_violations(const struct report *r);
void report_free(struct report *r);

/* trust.c */
bool trust_file(struct walk_ctx *ctx, CXFile file);
bool trust_cursor(struct walk_ctx *ctx, CXCursor c);
bool trust_cursor_expansion(struct walk_ctx *ctx, CXCursor c);
void trust_free(struct trust_cache *cache);
char *file_name_dup(CXFile file);

/* walk.c */
void walk_translation_unit(struct walk_ctx *ctx);
CXCursor walk_parent(const struct walk_ctx *ctx, size_t up);
CXCursor walk_parent_skipping_parens(const struct walk_ctx *ctx);
/* The call whose argument (or callee) the cursor being checked is, up to
 * parentheses and implicit conversions; a null cursor if it is not one. */
CXCursor walk_enclosing_call(const struct walk_ctx *ctx);
/* The cursor being checked, up to parentheses and implicit conversions,
 * is the callee of a call: f(...), (f)(...). */
bool walk_is_direct_callee(const struct walk_ctx *ctx);
/* Which argument of `call` is `expr` (up to parentheses and implicit
 * conversions), or -1. */
int walk_argument_index(CXCursor call, CXCursor expr);
bool walk_inside_function(const struct walk_ctx *ctx);

/* diags.c: clang's own diagnostics */
int diags_collect(struct walk_ctx *ctx, struct report *pending);
void diags_merge(struct report *into, struct report *pending);

/* types.c */
CXType type_canon(CXType t);
bool type_is_pointer(CXType t);
bool type_is_integer(CXType t);
bool type_is_array(CXType t);
bool type_is_function(CXType t);
bool type_contains_pointer(CXType t);
bool type_same_unqualified(CXType a, CXType b);
const char *type_forbidden_part(CXType t, const char **rule);
bool type_is_counted_by(CXType t);
bool type_record_has_flexible_member(CXType t);
char *type_name_dup(CXType t);

/* cursors.c: small cursor helpers */
char *cursor_name_dup(CXCursor c);
int cursor_children(CXCursor c, CXCursor *out, int max);
int cursor_expr_children(CXCursor c, CXCursor *out, int max);
CXCursor cursor_strip(CXCursor c);
bool cursor_is_null_constant(CXCursor c);
bool cursor_is_local_var(CXCursor decl);
bool cursor_lvalue_is_local(const struct walk_ctx *ctx, CXCursor e);
char *cursor_first_token(CXTranslationUnit tu, CXCursor c);
/* `decl` carries __attribute__((annotate(name))) itself. */
bool cursor_has_annotation(CXCursor decl, const char *name);
/* Parameter i of function declaration fn carries annotate(name) itself. */
bool cursor_param_has_annotation(CXCursor fn, int i, const char *name);
/* The function a call names directly (f(...), (f)(...)); a null cursor for
 * a call through a pointer or any other expression. */
CXCursor cursor_direct_callee(CXCursor call);

/* rule groups */
void casts_check_explicit(struct walk_ctx *ctx, CXCursor c);
void casts_check_implicit(struct walk_ctx *ctx, CXCursor c);
void pointers_check_binary(struct walk_ctx *ctx, CXCursor c);
void pointers_check_unary(struct walk_ctx *ctx, CXCursor c);
void pointers_check_subscript(struct walk_ctx *ctx, CXCursor c);
void pointers_check_decay(struct walk_ctx *ctx, CXCursor c, CXCursor from);
void pointers_check_parm(struct walk_ctx *ctx, CXCursor parm);
void pointers_check_array_args(struct walk_ctx *ctx, CXCursor call);
void pointers_check_array_fn_use(struct walk_ctx *ctx, CXCursor declref);
void control_check_stmt(struct walk_ctx *ctx, CXCursor c);
void control_check_declref(struct walk_ctx *ctx, CXCursor c);
void control_check_attr(struct walk_ctx *ctx, CXCursor c);
void control_check_jump(struct walk_ctx *ctx, CXCursor c);
void decls_check(struct walk_ctx *ctx, CXCursor c);
void decls_check_record(struct walk_ctx *ctx, CXCursor c);
void decls_check_field(struct walk_ctx *ctx, CXCursor c);
void includes_check(struct walk_ctx *ctx, CXCursor c);

/* rules_frame.c: SIP-STACK-FRAME */
void frame_check_function(struct walk_ctx *ctx, CXCursor fn);

/* rules_out.c: SIP_OUT parameters (SIP-PTR-OUT) */
bool out_param(CXCursor fn, int i);
bool out_function(CXCursor fn);
bool out_parm_decl(CXCursor parm);
bool out_address_allowed(struct walk_ctx *ctx, CXCursor operand);
void out_check_declref(struct walk_ctx *ctx, CXCursor c);
void out_check_parm(struct walk_ctx *ctx, CXCursor parm);
void out_check_function(struct walk_ctx *ctx, CXCursor fn);
void program_add(struct name_list *l, const char *name, const char *file,
                 unsigned line, unsigned column);
void program_check(const struct program *prog, struct report *r);
void program_free(struct program *prog);

/* trusted_names.c, rules_trusted.c: SIP-DECL-TRUSTED, SIP-DECL-CONFLICT */
bool name_set_has(const struct name_set *s, const char *name);
int trusted_names_load(CXIndex index, const char *const *args, int argc,
                       const struct config *cfg, struct trusted_names *out);
void trusted_names_free(struct trusted_names *t);
void trusted_check_decl(struct walk_ctx *ctx, CXCursor c);
void program_check_signatures(const struct program *prog, struct report *r);

/* rules_retained.c: views of the stack (SIP-PTR-RETAINED) */
void retained_check_call(struct walk_ctx *ctx, CXCursor call);

/* rules_strings.c: C strings and formats (SIP-STR-NUL) */
void strnul_check_decay(struct walk_ctx *ctx, CXCursor c, CXCursor from);
void strnul_check_address(struct walk_ctx *ctx, CXCursor c, CXCursor operand);
void strnul_check_store(struct walk_ctx *ctx, CXCursor c);
void strnul_check_increment(struct walk_ctx *ctx, CXCursor c, CXCursor operand);
void strnul_check_call(struct walk_ctx *ctx, CXCursor call);
void strnul_check_declref(struct walk_ctx *ctx, CXCursor c);
void strnul_check_member(struct walk_ctx *ctx, CXCursor c);
void strnul_check_trusted_expr(struct walk_ctx *ctx, CXCursor c);
void strnul_check_decl(struct walk_ctx *ctx, CXCursor decl);

/* rules_readonly.c: members only the stdlib sets (SIP-LIB-READONLY) */
void readonly_check_store(struct walk_ctx *ctx, CXCursor c);
void readonly_check_unary(struct walk_ctx *ctx, CXCursor c);
void readonly_check_init_list(struct walk_ctx *ctx, CXCursor list);
void readonly_check_decl(struct walk_ctx *ctx, CXCursor decl);

/* names.c: pure helpers on names and paths (unit-tested) */
bool name_has_prefix(const char *s, const char *prefix);
bool name_is_reserved(const char *name);
bool name_is_compiler_builtin(const char *name);
bool name_is_allowed_builtin(const char *name);
bool name_is_out_param_builtin(const char *name);
const char *name_forbidden_rule(const char *name);
bool attr_is_allowed(const char *token);
bool path_is_under(const char *path, const char *dir);
bool header_is_freestanding(const char *path);
const char *diag_option_rule(const char *option, const char *message);
size_t json_escape(char *out, size_t size, const char *s);

#endif
